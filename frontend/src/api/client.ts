import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { backendHeaders } from './csrf';
import { ApiError, networkError, toProblem } from './problem';

const sameOriginSession: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(backendHeaders(request.method))) {
      request.headers.set(name, value);
    }
    request.headers.set('Accept', 'application/json, application/problem+json');
    return request;
  },
};

/** The typed client for the Hulproute API; paths and bodies come from the backend's OpenAPI document. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // looked up per call, so tests can replace fetch
  fetch: (request) => globalThis.fetch(request),
});
api.use(sameOriginSession);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps a call: the data on success; an ApiError with the problem otherwise, also when the network fails. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw networkError();
  }
  if (!result.response.ok) {
    throw new ApiError(toProblem(result.response.status, result.error));
  }
  return result.data as T;
}

/** A call outside the OpenAPI document (sign-in, sign-out, endpoints still on their way): same headers and errors. */
export async function backendFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const method = init.method ?? 'GET';
  let response: Response;
  try {
    response = await globalThis.fetch(new URL(path, globalThis.location.origin), {
      ...init,
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json', ...backendHeaders(method), ...init.headers },
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiError(toProblem(response.status, body));
  }
  return response;
}
