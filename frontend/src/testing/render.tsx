import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import type { Me } from '../api/types';
import { SessionContext } from '../session/SessionContext';

type Handler = (request: Request) => { status?: number; body?: unknown } | Promise<{ status?: number; body?: unknown }>;

/**
 * Answers the app's fetches from a table of "METHOD /path" to a handler (query strings ignored), and records
 * every request. Unknown requests fail the test loudly with a 599.
 */
export function mockApi(routes: Record<string, Handler | { status?: number; body?: unknown }>) {
  const requests: { method: string; path: string; url: URL; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // form bodies stay text
    }
    requests.push({ method: request.method, path: url.pathname, url, body });
    const route = routes[`${request.method} ${url.pathname}`];
    if (!route) return new Response(JSON.stringify({ code: 'test.unmocked' }), { status: 599 });
    const answer = typeof route === 'function' ? await route(request) : route;
    const status = answer.status ?? 200;
    const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': contentType },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export const zorgcoordinator: Me = {
  id: 7,
  username: 'zc1',
  displayName: 'Karim Benali',
  roles: ['ZORGCOORDINATOR'],
  locations: [{ id: 1, name: 'Utrecht Zuid' }],
  permissions: [
    'SEE_STUDENTS',
    'RAISE_SIGNALS',
    'WORK_WITH_CASES',
    'SEE_CASELOAD_FIGURES',
    'SEE_WAITING_TIMES',
    'LOOK_UP_STAFF',
    'SEE_WAITING_LIST',
    'USE_BREAK_GLASS',
    'WORK_WITH_AGREEMENTS',
    'SEE_MEASURES',
    'SEE_COMPLIANCE',
  ],
};

export const slb: Me = {
  id: 3,
  username: 'slb1',
  displayName: 'Sanne de Vries',
  roles: ['SLB'],
  locations: [{ id: 1, name: 'Utrecht Zuid' }],
  permissions: ['SEE_STUDENTS', 'RAISE_SIGNALS', 'SEE_WAITING_LIST', 'SEE_MEASURES'],
};

export const auditor: Me = {
  id: 9,
  username: 'audit1',
  displayName: 'Ilse Hoekstra',
  roles: ['AUDITOR'],
  locations: [],
  permissions: ['SEE_WAITING_TIMES', 'READ_ACCESS_LOG', 'SEE_COMPLIANCE'],
};

/** Stands in for any other page, so a test can see where a link led. */
function Elsewhere() {
  const location = useLocation();
  return <p data-testid="elsewhere">{location.pathname + location.search}</p>;
}

/**
 * Renders a page as a signed-in user, inside a fresh cache and a memory router; every other path shows where it is
 * (`getByTestId('elsewhere')`). Returns the router too, to read the address.
 */
export function renderAs(me: Me, element: ReactElement, { path = '/', route = '/' } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(['me'], me);
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <Elsewhere /> },
    ],
    { initialEntries: [route] },
  );
  const result = render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={me}>
        <RouterProvider router={router} />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
  return { ...result, router, client };
}
