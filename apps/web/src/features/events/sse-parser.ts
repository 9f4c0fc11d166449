/** One message of a server-sent event stream, as the HTML standard's event stream interpretation builds it. */
export interface ServerSentEvent {
  /** `message` unless the server named it (`event: membership`). */
  readonly type: string;
  readonly data: string;
  readonly id: string | undefined;
}

export interface SseHandlers {
  onEvent: (event: ServerSentEvent) => void;
  /** The server's `retry:` hint, in milliseconds. */
  onRetry?: (milliseconds: number) => void;
}

/**
 * Parses `text/event-stream` text pushed in chunks of any size (a line or a CRLF may be split between two):
 * `data` lines are joined with newlines, comments (`: heartbeat`) are skipped, a message is dispatched at
 * the blank line that ends it, and one without data is dropped, as browsers do.
 */
export function createSseParser({ onEvent, onRetry }: SseHandlers): { push: (chunk: string) => void } {
  let buffer = '';
  let firstChunk = true;
  let type = '';
  let data: string[] = [];
  let id: string | undefined;

  const dispatch = () => {
    if (data.length > 0) onEvent({ type: type || 'message', data: data.join('\n'), id });
    type = '';
    data = [];
  };

  const processLine = (line: string) => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        type = value;
        break;
      case 'data':
        data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) id = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) onRetry?.(Number(value));
        break;
      default:
        break;
    }
    return undefined;
  };

  return {
    push(chunk) {
      buffer += firstChunk && chunk.startsWith('\uFEFF') ? chunk.slice(1) : chunk;
      firstChunk = false;
      // A trailing CR may be the first half of a CRLF, so it waits for the next chunk.
      const pattern = /\r\n|\r(?!$)|\n/g;
      let start = 0;
      for (let match = pattern.exec(buffer); match; match = pattern.exec(buffer)) {
        processLine(buffer.slice(start, match.index));
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
    },
  };
}
