import { describe, expect, it } from 'vitest';
import { createSseParser, type ServerSentEvent } from './sse-parser';

function parse(...chunks: string[]) {
  const events: ServerSentEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser({ onEvent: (event) => events.push(event), onRetry: (ms) => retries.push(ms) });
  for (const chunk of chunks) parser.push(chunk);
  return { events, retries };
}

describe('createSseParser', () => {
  it('reads named events, ids, retry hints and skips comments', () => {
    const { events, retries } = parse(
      'id: 1\nretry: 3000\n: connected\n\n' +
        'event: membership\nid: 2\ndata: {"tenantId":"t1","kind":"permissions_changed"}\n\n' +
        ': heartbeat\n\n',
    );
    expect(retries).toEqual([3000]);
    expect(events).toEqual([{ type: 'membership', data: '{"tenantId":"t1","kind":"permissions_changed"}', id: '2' }]);
  });

  it('joins data lines and names unnamed events "message"', () => {
    expect(parse('data: a\ndata:b\ndata\n\n').events).toEqual([{ type: 'message', data: 'a\nb\n', id: undefined }]);
  });

  it('copes with lines, CRLFs and a byte-order mark split across chunks', () => {
    const { events } = parse('\uFEFFevent: memb', 'ership\r', '\ndata: {"kind":', '"resync"}\r\n\r', '\n');
    expect(events).toEqual([{ type: 'membership', data: '{"kind":"resync"}', id: undefined }]);
  });

  it('accepts a lone CR as a line end', () => {
    expect(parse('data: x\r\rdata: y\r', '\r', ': next').events.map((event) => event.data)).toEqual(['x', 'y']);
  });

  it('dispatches nothing before the blank line and ignores bad retry values', () => {
    const { events, retries } = parse('retry: soon\nevent: membership\ndata: {}\n');
    expect(events).toEqual([]);
    expect(retries).toEqual([]);
  });
});
