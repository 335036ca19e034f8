import { screen, within } from '@testing-library/react';
import type { Me } from '../../api/types';
import { mockApi, renderAs } from '../../testing/render';
import { SettingsPage } from './SettingsPage';

const admin: Me = {
  id: 1,
  username: 'admin1',
  displayName: 'Anna Beheer',
  roles: ['ADMIN'],
  locations: [],
  permissions: ['ADMINISTER'],
};

describe('Instellingen', () => {
  test('shows each setting in plain Dutch with the property that sets it', async () => {
    mockApi({
      'GET /api/admin/settings': {
        body: {
          caseContentAfter: 'P2Y',
          accessLogKeptFor: 'P5Y',
          retentionCron: '0 30 2 * * *',
          breakGlassDuration: 'PT4H',
          triageDays: 7,
          urgentTriageDays: 2,
          acuteTriageDays: 0,
          handoverResponseWorkingDays: 5,
          timeZone: 'Europe/Amsterdam',
        },
      },
    });
    renderAs(admin, <SettingsPage />);
    const retention = await screen.findByRole('region', { name: 'Bewaren en anonimiseren' });
    expect(within(retention).getByText('2 jaar na het sluiten van de casus')).toBeInTheDocument();
    expect(within(retention).getByText('5 jaar')).toBeInTheDocument();
    expect(within(retention).getByText('elke nacht om 02:30')).toBeInTheDocument();
    expect(within(retention).getByText('hulproute.retention.case-content-after')).toBeInTheDocument();
    expect(screen.getByText('4 uur')).toBeInTheDocument();
    const norms = screen.getByRole('region', { name: 'Termijnen in het proces' });
    expect(within(norms).getByText('dezelfde dag')).toBeInTheDocument();
    expect(within(norms).getByText('binnen 5 werkdagen')).toBeInTheDocument();
    expect(screen.getByText('Europe/Amsterdam')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
