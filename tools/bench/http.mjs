// Small JSON-over-HTTP helpers for the set-up steps (logins, look-ups, role changes); the load itself is
// autocannon's. node:http rather than fetch because logins need to choose their source address.
import { Buffer } from 'node:buffer';
import { request } from 'node:http';

/** One request; resolves with status and parsed JSON body (or text), never rejects on an HTTP status. */
export function call(base, method, path, { token, body, localAddress, headers = {} } = {}) {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        localAddress,
        headers: {
          accept: 'application/json',
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode, json, headers: res.headers });
        });
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${url} timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Like `call`, but anything other than the expected status is an error that names the request. */
export async function expect(status, base, method, path, options) {
  const res = await call(base, method, path, options);
  if (res.status !== status) {
    throw new Error(`${method} ${path}: expected ${status}, got ${res.status} ${JSON.stringify(res.json)}`);
  }
  return res.json;
}

// Logins are throttled to 60 per minute per client address. 200 admins in 100 customers would not share
// one address, so each login leaves from the next loopback address (127.1.x.y all reach 127.0.0.1 on
// Linux), at most LOGINS_PER_ADDRESS per address over the whole bench: the server keeps its defaults.
const LOGINS_PER_ADDRESS = 25;
let logins = 0;
const nextSourceAddress = () => {
  const slot = Math.floor(logins++ / LOGINS_PER_ADDRESS);
  return `127.1.${Math.floor(slot / 250)}.${1 + (slot % 250)}`;
};

export async function login(base, email, password) {
  const res = await expect(200, base, 'POST', '/api/auth/login', {
    body: { email, password },
    localAddress: nextSourceAddress(),
  });
  return res.accessToken;
}

/** Logs everyone in with a small concurrency (bcrypt cost 12 keeps a core busy per login). */
export async function loginAll(base, emails, password, concurrency = 2) {
  const tokens = new Array(emails.length);
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const i = next++;
      tokens[i] = await login(base, emails[i], password);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, emails.length) }, worker));
  return tokens;
}
