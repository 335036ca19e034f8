import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { CaseloadPage } from './CaseloadPage';

const lotte = {
  id: 41,
  state: 'SECOND_LINE',
  line: 'SECOND',
  urgency: 'URGENT',
  version: 3,
  openedAt: '2026-11-02T09:00:00Z',
  ageInDays: 33,
  student: { id: 12, studentNumber: '100234', displayName: 'Lotte Bakker' },
  locationId: 1,
  owner: { id: 7, displayName: 'Karim Benali' },
  nextDeadline: '2026-12-10',
  nextDeadlineKind: 'CHECK_IN',
  overdue: false,
  readOnly: false,
};

const dashboard = {
  casesPerLine: { FIRST: 0, SECOND: 1, THIRD: 0 },
  casesBeforeALine: 0,
  newSignalsThisWeek: 0,
  oldestUntriaged: null,
  weeks: [],
};

function caseload(page: object) {
  return mockApi({
    'GET /api/cases': { body: page },
    'GET /api/cases/counts': { body: { byState: { SECOND_LINE: 1 }, total: 1 } },
    'GET /api/caseload/dashboard': { body: dashboard },
  });
}

describe('CaseloadPage', () => {
  test('a caseload counted in full shows its total', async () => {
    caseload({ content: [lotte], page: 0, size: 50, totalElements: 1, totalPages: 1, totalIsLowerBound: false });
    renderAs(zorgcoordinator, <CaseloadPage />);
    await screen.findByRole('table');
    expect(screen.getByRole('heading', { name: /Open casussen/ })).toHaveTextContent('Open casussen (1)');
    expect(screen.queryByRole('navigation', { name: "Pagina's van de caseload" })).not.toBeInTheDocument();
  });

  test('a caseload longer than the count says "more than", and pages on past the counted pages', async () => {
    const { requests } = caseload({
      content: [lotte],
      page: 0,
      size: 50,
      totalElements: 550,
      totalPages: 11,
      totalIsLowerBound: true,
    });
    const { router } = renderAs(zorgcoordinator, <CaseloadPage />);
    await screen.findByRole('table');
    expect(screen.getByRole('heading', { name: /Open casussen/ })).toHaveTextContent('(meer dan 550)');
    const pager = screen.getByRole('navigation', { name: "Pagina's van de caseload" });
    expect(pager).toHaveTextContent('Pagina 1 van meer dan 11');
    await userEvent.click(within(pager).getByRole('button', { name: 'Volgende' }));
    expect(new URLSearchParams(router.state.location.search).has('pagina')).toBe(true);
    await waitFor(() =>
      expect(
        requests
          .filter((r) => r.path === '/api/cases')
          .at(-1)
          ?.url.searchParams.get('page'),
      ).toBe('1'),
    );
  });
});
