/** An API error answer as the API writes it: RFC 9457 problem details. */
export function problemResponse(
  status: number,
  problem: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', detail: '', status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}
