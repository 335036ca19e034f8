import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditor, mockApi, renderAs } from '../../testing/render';
import { CompliancePage } from './CompliancePage';

const figures = {
  asOf: '2025-09-01',
  groupBy: 'location',
  groups: [
    { key: '1', name: 'Stationsplein', active: 4, compliant: 3, overdue: 1, compliantPercent: 75.0 },
    { key: '2', name: 'Havenkade', active: 2, compliant: 2, overdue: 0, compliantPercent: 100.0 },
  ],
  total: { active: 6, compliant: 5, overdue: 1, compliantPercent: 83.3 },
};

describe('Naleving', () => {
  test('shows the figures per group, drills down to the overdue evidence, and offers CSV and PDF', async () => {
    const { requests } = mockApi({
      'GET /api/compliance/evaluations': { body: figures },
      'GET /api/compliance/evaluations/trend': { body: [figures] },
      'GET /api/compliance/evaluations/overdue': {
        body: [
          {
            agreementId: 9,
            studentNumber: '100234',
            group: '1',
            groupName: 'Stationsplein',
            firstAcceptedOn: '2023-05-01',
            lastEvaluatedOn: null,
            dueOn: '2024-05-01',
            daysOverdue: 488,
          },
        ],
      },
    });
    renderAs(auditor, <CompliancePage />);
    const table = await screen.findByRole('table', { name: 'Naleving per locatie' });
    expect(within(table).getByRole('rowheader', { name: 'Stationsplein' })).toBeInTheDocument();
    expect(within(table).getByText('83,3%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download rapport (PDF)' })).toHaveAttribute(
      'href',
      expect.stringContaining('format=pdf'),
    );
    expect(screen.getByRole('link', { name: 'Download als CSV' })).toHaveAttribute(
      'href',
      expect.stringContaining('format=csv'),
    );
    expect(within(table).queryByRole('button', { name: 'Te late van Havenkade' })).not.toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Te late van Stationsplein' }));
    const evidence = await screen.findByRole('table', { name: 'Te late evaluaties met gedateerd bewijs' });
    expect(within(evidence).getByText('100234')).toBeInTheDocument();
    expect(within(evidence).getByText('488')).toBeInTheDocument();
    const overdueCall = requests.find((request) => request.path === '/api/compliance/evaluations/overdue');
    expect(overdueCall?.url.searchParams.get('group')).toBe('1');
  });
});
