import { describe, expect, it } from 'vitest';
import { ApiError, unwrap } from './api-error';

const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe('unwrap', () => {
  it('gives the data of a successful answer', () => {
    expect(unwrap({ data: { id: 1 }, response: answer(200) })).toEqual({ id: 1 });
  });

  it('throws the problem of an error answer', () => {
    const problem = { type: 't', title: 'Login failed', status: 401, detail: 'No.', code: 'invalid_credentials' };
    const thrown = catchError(() => unwrap({ error: problem, response: answer(401) }));
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ status: 401, code: 'invalid_credentials', message: 'No.' });
  });

  it('reads the wait from Retry-After, else from the problem', () => {
    const problem = { type: 't', title: 'Too many', status: 429, detail: '', code: 'login_throttled', retryAfter: 42 };
    expect(catchError(() => unwrap({ error: problem, response: answer(429, { 'Retry-After': '900' }) }))).toMatchObject(
      {
        retryAfterSeconds: 900,
      },
    );
    expect(catchError(() => unwrap({ error: problem, response: answer(429) }))).toMatchObject({
      retryAfterSeconds: 42,
    });
  });

  it('keeps an answer that is not problem details as a bare status', () => {
    const thrown = catchError(() => unwrap({ error: '<html>Bad gateway</html>', response: answer(502) }));
    expect(thrown).toMatchObject({ status: 502, problem: undefined, code: undefined });
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
