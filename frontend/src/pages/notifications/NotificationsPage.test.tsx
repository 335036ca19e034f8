import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditor, mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { NotificationsPage } from './NotificationsPage';

const breakGlass = {
  id: 31,
  createdAt: '2026-03-02T10:15:00Z',
  kind: 'BREAK_GLASS',
  title: 'Noor Visser gebruikte noodtoegang voor Lotte Bakker (100234).',
  link: '/toegangslog?studentId=12',
};
const older = {
  id: 30,
  createdAt: '2026-02-27T08:00:00Z',
  kind: 'CASE_ASSIGNED',
  title: 'Je bent eigenaar van een casus.',
  link: '/casussen/41',
  readAt: '2026-02-27T09:00:00Z',
};

function inbox(unread: number, content: object[]) {
  return { unread, notifications: { content, page: 0, size: 20, totalElements: content.length, totalPages: 1 } };
}

describe('Meldingen', () => {
  test('lists the newest first and marks the unread ones', async () => {
    mockApi({ 'GET /api/notifications': { body: inbox(1, [breakGlass, older]) } });
    renderAs(zorgcoordinator, <NotificationsPage />);
    const items = within(await screen.findByRole('list', { name: 'Meldingen, nieuwste eerst' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Nieuw'),
      expect.stringContaining('Gelezen op'),
    ]);
    expect(items[0]).toHaveTextContent('Noor Visser gebruikte noodtoegang voor Lotte Bakker (100234).');
    expect(items[1]).not.toHaveTextContent('Nieuw');
    expect(screen.getByText('1 ongelezen melding.')).toBeInTheDocument();
  });

  test('opening one marks it read and follows its link', async () => {
    const { requests } = mockApi({
      'GET /api/notifications': { body: inbox(1, [breakGlass]) },
      'POST /api/notifications/31/read': { body: { ...breakGlass, readAt: '2026-03-02T11:00:00Z' } },
    });
    const { router } = renderAs(auditor, <NotificationsPage />);
    await userEvent.click(await screen.findByRole('link', { name: breakGlass.title }));
    expect(router.state.location.pathname + router.state.location.search).toBe('/toegangslog?studentId=12');
    await waitFor(() =>
      expect(
        requests.some((request) => request.method === 'POST' && request.path === '/api/notifications/31/read'),
      ).toBe(true),
    );
  });

  test('does not lead a zorgcoördinator to the access log, but says why and lets them mark it read', async () => {
    const { requests } = mockApi({
      'GET /api/notifications': { body: inbox(1, [breakGlass]) },
      'POST /api/notifications/31/read': { body: { ...breakGlass, readAt: '2026-03-02T11:00:00Z' } },
    });
    renderAs(zorgcoordinator, <NotificationsPage />);
    expect(await screen.findByText(breakGlass.title)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: breakGlass.title })).not.toBeInTheDocument();
    expect(screen.getByText(/alleen de privacy officer bekijkt dat/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Markeer als gelezen' }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1));
    expect(requests.filter((request) => request.path === '/api/notifications').length).toBeGreaterThan(1);
  });

  test('says so when there are none', async () => {
    mockApi({ 'GET /api/notifications': { body: inbox(0, []) } });
    renderAs(zorgcoordinator, <NotificationsPage />);
    expect(await screen.findByRole('heading', { name: 'Je hebt geen meldingen' })).toBeInTheDocument();
  });

  test('explains an error in plain Dutch', async () => {
    mockApi({ 'GET /api/notifications': { status: 503, body: { status: 503, code: 'internal' } } });
    renderAs(zorgcoordinator, <NotificationsPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging bij ons iets mis');
  });
});
