import { isProblem, type Problem, type Schemas } from '@cloudhub/api-client';

/** Every problem code the API answers with (the `ProblemCode` enum of its OpenAPI document). */
export type ProblemCode = Schemas['ProblemCode'];

/** Every field error code (the `FieldErrorCode` enum): the rule a field broke. */
export type FieldErrorCode = Schemas['FieldErrorCode'];

/** An API answer with an error status; `problem` is its RFC 9457 body when the API sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    /** How long the API asks us to wait (429), from `Retry-After` or the problem's `retryAfter`. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(problem?.detail ?? `The API answered ${status}`);
    this.name = 'ApiError';
  }

  get code(): ProblemCode | undefined {
    return this.problem?.code;
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer; any other answer is thrown as an ApiError for react-query to hold. */
export function unwrap<T>({ data, error, response }: FetchResult<T>): T {
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(error) ? error : undefined, readRetryAfter(response, error));
  }
  return data as T;
}

function readRetryAfter(response: Response, error: unknown): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header !== null && /^\d+$/.test(header.trim())) return Number(header);
  if (header !== null) {
    const until = Date.parse(header);
    if (!Number.isNaN(until)) return Math.max(0, Math.ceil((until - Date.now()) / 1000));
  }
  const fromBody = isProblem(error) ? error['retryAfter'] : undefined;
  return typeof fromBody === 'number' ? fromBody : undefined;
}
