import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from './App';
import { mockApi, slb } from './testing/render';

function renderApp(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

test('someone who is not signed in is asked to sign in, and comes back after', async () => {
  mockApi({ 'GET /api/me': { status: 401, body: { status: 401, code: 'auth.unauthenticated' } } });
  const router = renderApp('/caseload');
  expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  expect(router.state.location.search).toBe('?terug=%2Fcaseload');
});

test('an SLB’er who opens the caseload is told it is not for their role, and no case is requested', async () => {
  const { requests } = mockApi({ 'GET /api/me': { body: slb } });
  renderApp('/caseload');
  expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  expect(requests.some((request) => request.path.startsWith('/api/cases'))).toBe(false);
  expect(screen.queryByRole('link', { name: 'Caseload' })).not.toBeInTheDocument();
});
