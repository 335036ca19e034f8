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
    userName: 'Noor Visser',
    roles: 'ZORGCOORDINATOR',
    action: 'VIEW',
    studentNumber: '100234',
    studentName: 'Lotte Bakker',
    breakGlass: true,
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
    userName: 'Noor Visser',
    roles: 'ZORGCOORDINATOR',
    action: 'BREAK_GLASS',
    studentNumber: '100234',
    studentName: 'Lotte Bakker',
    breakGlass: true,
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
    userName: 'Daan Jansen',
    roles: 'ZORGCOORDINATOR',
    action: 'LIST',
    studentNumber: '100234',
    studentName: 'Lotte Bakker',
    breakGlass: false,
    studentId: 12,
    recordKind: 'case',
    recordId: 41,
    purpose: 'CARE',
  },
];

function page(content: object[]) {
  return { content, page: 0, size: 50, totalElements: content.length, totalPages: 1, totalIsLowerBound: false };
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
    expect(screen.getByLabelText(/^Student/)).toHaveAccessibleDescription(/de student gekozen in de tabel/);

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveClass('hr-row--break-glass');
    expect(rows[0]).toHaveTextContent('Bekeken');
    expect(rows[0]).toHaveTextContent('Noodtoegang Student belt de receptie.');
    expect(rows[1]).toHaveClass('hr-row--break-glass');
    expect(rows[2]).not.toHaveClass('hr-row--break-glass');
    expect(rows[2]).toHaveTextContent('In een lijst gezien');
    expect(rows[2]).toHaveTextContent('Normaal werk');
    expect(rows[2]).toHaveTextContent('Casus 41');
    expect(rows[2]).toHaveTextContent('Daan Jansen');
    expect(rows[2]).toHaveTextContent('Lotte Bakker100234');
    expect(screen.getByRole('link', { name: 'Deze regels downloaden (CSV)' })).toHaveAttribute(
      'href',
      '/api/access-log/export?studentId=12',
    );
  });

  test('shows repeated reads within minutes as one line, and every read on request', async () => {
    const reads = [0, 1, 2].map((n) => ({ ...lines[2], id: 10 - n, occurredAt: `2026-03-01T09:0${4 - n * 2}:00Z` }));
    mockApi({ 'GET /api/access-log': { body: page(reads) } });
    renderLog('/toegangslog');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('3× binnen 4 min');
    await userEvent.click(within(table).getByRole('button', { name: 'Toon alle 3' }));
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  test('puts the filters in the address and asks again', async () => {
    const { requests } = mockApi({ 'GET /api/access-log': { body: page(lines) } });
    const { router } = renderLog('/toegangslog');
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText(/^Student/), 'Lotte B');
    await userEvent.type(screen.getByLabelText(/^Gebruiker/), 'Noor');
    await userEvent.selectOptions(screen.getByLabelText('Actie'), 'Bekeken');
    await userEvent.click(screen.getByLabelText('Alleen noodtoegang'));
    await userEvent.type(screen.getByLabelText('Van'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('Tot en met'), '2026-03-02');
    await userEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    const expected = 'student=Lotte+B&user=Noor&action=VIEW&breakGlass=true&from=2026-03-01&to=2026-03-02';
    expect(router.state.location.search).toBe(`?${expected}`);
    await waitFor(() => expect(requests.at(-1)?.url.search).toBe(`?${expected.replace('+', '%20')}&page=0&size=50`));
  });

  test('a user in the table filters on that user', async () => {
    mockApi({ 'GET /api/access-log': { body: page(lines) } });
    const { router } = renderLog('/toegangslog?studentId=12');
    await userEvent.click((await screen.findAllByRole('link', { name: 'Alleen regels van Daan Jansen' }))[0]);
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

  test('a log longer than the count says "more than", and pages on past the counted pages', async () => {
    const counted = { ...page(lines), totalElements: 550, totalPages: 11, totalIsLowerBound: true };
    const { requests } = mockApi({ 'GET /api/access-log': { body: counted } });
    const { router } = renderLog('/toegangslog');
    await screen.findByRole('table');
    expect(screen.getByRole('heading', { name: /Regels/ })).toHaveTextContent('(meer dan 550)');
    const pager = screen.getByRole('navigation', { name: "Pagina's van het toegangslog" });
    expect(pager).toHaveTextContent('Pagina 1 van meer dan 11');
    await userEvent.click(within(pager).getByRole('button', { name: 'Volgende' }));
    expect(router.state.location.search).toBe('?pagina=2');
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('page')).toBe('1'));
  });
});
