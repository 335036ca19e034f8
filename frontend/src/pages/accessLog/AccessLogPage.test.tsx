import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditor, mockApi, renderAs } from '../../testing/render';
import { AccessLogPage } from './AccessLogPage';

const lines = [
  {
    id: 3,
    occurredAt: '2026-03-02T10:20:00Z',
    userId: 21,
    username: 'zc2',
    roles: 'ZORGCOORDINATOR',
    action: 'VIEW',
    studentId: 12,
    recordKind: 'case',
    recordId: 41,
    purpose: 'BREAK_GLASS: Student belt de receptie.',
    clientAddress: '10.0.0.8',
  },
  {
    id: 2,
    occurredAt: '2026-03-02T10:15:00Z',
    userId: 21,
    username: 'zc2',
    roles: 'ZORGCOORDINATOR',
    action: 'BREAK_GLASS',
    studentId: 12,
    recordKind: 'student',
    recordId: 12,
    purpose: 'BREAK_GLASS: Student belt de receptie.',
  },
  {
    id: 1,
    occurredAt: '2026-03-01T09:00:00Z',
    userId: 7,
    username: 'zc1',
    roles: 'ZORGCOORDINATOR',
    action: 'LIST',
    studentId: 12,
    recordKind: 'case',
    recordId: 41,
    purpose: 'CARE',
  },
];

function page(content: object[]) {
  return { content, page: 0, size: 50, totalElements: content.length, totalPages: 1 };
}

function renderLog(route: string) {
  return renderAs(auditor, <AccessLogPage />, { path: '/toegangslog', route });
}

describe('Toegangslog', () => {
  test('opens on the student of a break-glass notification, and break-glass lines stand out', async () => {
    const { requests } = mockApi({ 'GET /api/access-log': { body: page(lines) } });
    renderLog('/toegangslog?studentId=12');
    const table = await screen.findByRole('table', { name: 'Toegangslog, nieuwste eerst' });
    expect(requests[0].url.searchParams.get('studentId')).toBe('12');
    expect(screen.getByLabelText(/^Student/)).toHaveValue('12');

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveClass('hr-row--break-glass');
    expect(rows[0]).toHaveTextContent('Bekeken');
    expect(rows[0]).toHaveTextContent('Noodtoegang Student belt de receptie.');
    expect(rows[1]).toHaveClass('hr-row--break-glass');
    expect(rows[2]).not.toHaveClass('hr-row--break-glass');
    expect(rows[2]).toHaveTextContent('In een lijst gezien');
    expect(rows[2]).toHaveTextContent('Normaal werk');
    expect(rows[2]).toHaveTextContent('Casus 41');
  });

  test('puts the filters in the address and asks again', async () => {
    const { requests } = mockApi({ 'GET /api/access-log': { body: page(lines) } });
    const { router } = renderLog('/toegangslog');
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText(/^Gebruiker/), '21');
    await userEvent.type(screen.getByLabelText('Van'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('Tot en met'), '2026-03-02');
    await userEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    expect(router.state.location.search).toBe('?userId=21&from=2026-03-01&to=2026-03-02');
    await waitFor(() =>
      expect(requests.at(-1)?.url.search).toBe('?userId=21&from=2026-03-01&to=2026-03-02&page=0&size=50'),
    );
  });

  test('a user in the table filters on that user', async () => {
    mockApi({ 'GET /api/access-log': { body: page(lines) } });
    const { router } = renderLog('/toegangslog?studentId=12');
    await userEvent.click((await screen.findAllByRole('link', { name: 'Alleen regels van zc1' }))[0]);
    expect(router.state.location.search).toBe('?studentId=12&userId=7');
  });

  test('names what is wrong with the filter and asks nothing', async () => {
    const { requests } = mockApi({ 'GET /api/access-log': { body: page([]) } });
    renderLog('/toegangslog');
    await screen.findByRole('heading', { name: 'Het toegangslog is nog leeg' });
    await userEvent.type(screen.getByLabelText('Van'), '2026-03-02');
    await userEvent.type(screen.getByLabelText('Tot en met'), '2026-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('De einddatum ligt vóór de begindatum.');
    expect(requests).toHaveLength(1);
  });

  test('says when nothing matches', async () => {
    mockApi({ 'GET /api/access-log': { body: page([]) } });
    renderLog('/toegangslog?studentId=99');
    expect(await screen.findByRole('heading', { name: 'Geen regels met deze filters' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle filters wissen' })).toHaveAttribute('href', '/toegangslog');
  });
});
