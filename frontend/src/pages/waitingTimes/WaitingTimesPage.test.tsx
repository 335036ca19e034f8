import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { days, WaitingTimesPage, yearBefore } from './WaitingTimesPage';

const report = {
  from: '2025-03-01',
  to: '2026-02-28',
  groupBy: 'provider',
  minimumCases: 5,
  madeOn: '2026-03-01',
  groups: [
    {
      key: '4',
      name: 'GGZ Rivierenland',
      suppressed: false,
      cases: 12,
      referralToCareMedianDays: 47.5,
      referralToCareP90Days: 98,
      waitedCases: 9,
      waitingListMedianDays: 35,
      waitingListP90Days: 70,
      bridgingPlanPercent: 89,
      contactsMade: 31,
      contactsPlanned: 36,
    },
    {
      key: '7',
      name: 'Jongerenwerk Oost',
      suppressed: true,
      cases: null,
      referralToCareMedianDays: null,
      referralToCareP90Days: null,
      waitedCases: null,
      waitingListMedianDays: null,
      waitingListP90Days: null,
      bridgingPlanPercent: null,
      contactsMade: null,
      contactsPlanned: null,
    },
  ],
};

describe('Wachttijden', () => {
  test('shows the figures per provider, a suppressed group without figures, a chart with a table, and CSV', async () => {
    const { requests } = mockApi({ 'GET /api/reports/waiting-times': { body: report } });
    const { container } = renderAs(zorgcoordinator, <WaitingTimesPage />, {
      route: '/?indeling=provider&van=2025-03-01&tot=2026-02-28',
    });
    const table = await screen.findByRole('table', { name: 'Wachttijden per aanbieder' });
    const ggz = within(table).getByRole('row', { name: /GGZ Rivierenland/ });
    expect(within(ggz).getByText('47,5')).toBeInTheDocument();
    expect(within(ggz).getByText('98')).toBeInTheDocument();
    expect(within(ggz).getByText('89%')).toBeInTheDocument();
    expect(within(ggz).getByText('31 / 36')).toBeInTheDocument();
    const few = within(table).getByRole('row', { name: /Jongerenwerk Oost/ });
    expect(within(few).getByText(/Minder dan 5 casussen: geen cijfers/)).toBeInTheDocument();
    expect(screen.getByText(/2 aanbieders, waarvan 1 met te weinig casussen/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Dagen van verwijzing tot start van de zorg/ })).toBeInTheDocument();
    const csv = screen.getByRole('link', { name: 'Download als CSV' });
    expect(csv).toHaveAttribute('href', expect.stringContaining('format=csv'));
    expect(csv).toHaveAttribute('href', expect.stringContaining('from=2025-03-01'));
    const call = requests.find((request) => request.path === '/api/reports/waiting-times');
    expect(call?.url.searchParams.get('groupBy')).toBe('provider');
    expect(call?.url.searchParams.get('to')).toBe('2026-02-28');
    const results = await axe.run(container, {
      rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('filters by gemeente and period', async () => {
    const { requests } = mockApi({
      'GET /api/reports/waiting-times': (request) => {
        const url = new URL(request.url);
        const query = url.searchParams;
        return {
          body: { ...report, groupBy: query.get('groupBy'), from: query.get('from'), to: query.get('to'), groups: [] },
        };
      },
    });
    renderAs(zorgcoordinator, <WaitingTimesPage />, { route: '/?indeling=provider&van=2025-03-01&tot=2026-02-28' });
    await screen.findByText('In deze periode startte bij niemand de zorg');
    await userEvent.selectOptions(screen.getByLabelText('Indelen per'), 'municipality');
    const from = screen.getByLabelText('Zorg gestart vanaf');
    await userEvent.clear(from);
    await userEvent.type(from, '2025-09-01');
    await userEvent.click(screen.getByRole('button', { name: 'Toon wachttijden' }));
    await screen.findByRole('heading', { name: /Zorg gestart van 1 september 2025/ });
    const last = requests.filter((request) => request.path === '/api/reports/waiting-times').at(-1);
    expect(last?.url.searchParams.get('groupBy')).toBe('municipality');
    expect(last?.url.searchParams.get('from')).toBe('2025-09-01');
  });

  test('a period of twelve whole months and days in Dutch', () => {
    expect(yearBefore('2026-02-28')).toBe('2025-03-01');
    expect(days(35.5)).toBe('35,5');
    expect(days(null)).toBe('–');
  });
});
