import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WaitingListOverview, WaitingListRow } from '../../api/types';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { WaitingListPage } from './WaitingListPage';

function row(caseId: number, name: string, overdue: boolean): WaitingListRow {
  return {
    caseId,
    student: { id: caseId, studentNumber: String(100000 + caseId), name },
    provider: { id: 7, name: 'GGZ Lindewaard' },
    waitingSince: '2026-01-05T09:00:00Z',
    daysWaiting: 40,
    contactPerson: { id: 3, name: 'Bram Koster' },
    contactEveryDays: 7,
    nextContactDue: '2026-02-10',
    overdue,
    state: 'WAITING',
  } as WaitingListRow;
}

function overview(content: WaitingListRow[], page: number, totalElements: number): WaitingListOverview {
  return {
    waiting: 120,
    overdue: 9,
    providers: [
      { id: 2, name: 'Buurtteam Oost' },
      { id: 7, name: 'GGZ Lindewaard' },
    ],
    rows: {
      content,
      page,
      size: 50,
      totalElements,
      totalPages: Math.ceil(totalElements / 50),
      totalIsLowerBound: false,
    },
  };
}

const routes = { path: '/wachtlijst', route: '/wachtlijst' };

describe('Wachtlijst', () => {
  test('shows a page of rows under the summary of the whole list, from one request', async () => {
    const { requests } = mockApi({
      'GET /api/waiting-list/overview': { body: overview([row(1, 'Sanne Visser', true)], 0, 120) },
    });
    renderAs(zorgcoordinator, <WaitingListPage />, routes);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('120 studenten wachten; bij 9 is het overbruggingscontact te laat.')).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('Zorgaanbieder'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Alle zorgaanbieders', 'Buurtteam Oost', 'GGZ Lindewaard']);
    expect(screen.getByText('Pagina 1 van 3')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    expect(Object.fromEntries(requests[0].url.searchParams)).toEqual({
      overdueOnly: 'false',
      page: '0',
      size: '50',
    });
  });

  test('pages on, and a filter starts again at the first page', async () => {
    const { requests } = mockApi({
      'GET /api/waiting-list/overview': (request) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return { body: overview([row(page + 1, `Student ${page + 1}`, false)], page, 120) };
      },
    });
    const { router } = renderAs(zorgcoordinator, <WaitingListPage />, routes);
    await screen.findByText('Student 1');
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByText('Student 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?pagina=2');
    expect(screen.getByText('Pagina 2 van 3')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Zorgaanbieder'), 'Buurtteam Oost');
    await waitFor(() => expect(router.state.location.search).toBe('?aanbieder=2'));
    await screen.findByText('Student 1');
    expect(Object.fromEntries(requests[requests.length - 1].url.searchParams)).toEqual({
      providerId: '2',
      overdueOnly: 'false',
      page: '0',
      size: '50',
    });
  });
});
