/** The value of the XSRF-TOKEN cookie the backend sets; sent back in the X-XSRF-TOKEN header. */
export function csrfToken(cookies: string = document.cookie): string | undefined {
  for (const cookie of cookies.split(';')) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === 'XSRF-TOKEN') {
      return decodeURIComponent(value.join('='));
    }
  }
  return undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The headers every request to the backend carries: no Basic-auth dialog, and CSRF protection for writes. */
export function backendHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { 'X-Requested-With': 'XMLHttpRequest' };
  const token = csrfToken();
  if (!SAFE_METHODS.has(method.toUpperCase()) && token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  return headers;
}
