/** An RFC 9457 problem as the Hulproute API sends it: always with a stable `code`. */
export interface Problem {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  /** Members some problems add, such as `currentVersion` or `errors`. */
  [member: string]: unknown;
}

/** A request the API refused or could not answer; carries the problem so the UI can explain it in Dutch. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.code}`);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

/** Makes a problem out of whatever came back, so no raw body ever reaches the screen. */
export function toProblem(status: number, body: unknown): Problem {
  if (body !== null && typeof body === 'object' && 'code' in body && typeof body.code === 'string') {
    return { ...(body as Record<string, unknown>), status, code: body.code };
  }
  return { status, code: status === 0 ? 'network' : `http.${status}` };
}

/** The error a failed fetch (no answer at all) becomes. */
export function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'network' });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
