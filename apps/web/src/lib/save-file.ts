/**
 * Hands a downloaded file (a CSV export) to the browser's save dialog. Exports come through the API client,
 * which carries the access token; a plain link could not.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click the browser holds its own reference; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The file name the API suggests in `Content-Disposition`, or a fallback. */
export function fileNameFrom(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}
