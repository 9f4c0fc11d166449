import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface HubSpotRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: {
    emailId: number;
    message: { to: string; from: string; sendId: string };
    customProperties: Record<string, string>;
  };
}

type Reply = { status: number; headers?: Record<string, string>; body?: unknown };

/**
 * A local stand-in for HubSpot's transactional single-send endpoint. It records each request and
 * answers from a script (e.g. 429, then 200); unscripted requests get 200 with a PENDING status.
 */
export class FakeHubSpot {
  readonly requests: HubSpotRequest[] = [];
  readonly script: Reply[] = [];
  private server: Server | undefined;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void readJson(request).then((body) => {
        this.requests.push({
          method: request.method ?? '',
          path: request.url ?? '',
          authorization: request.headers.authorization,
          body: body as HubSpotRequest['body'],
        });
        const reply = this.script.shift() ?? {
          status: 200,
          body: { status: 'PENDING', statusId: `status-${this.requests.length}` },
        };
        response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        response.end(JSON.stringify(reply.body ?? {}));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      try {
        resolve(JSON.parse(raw));
      } catch {
        resolve(raw);
      }
    });
  });
}
