import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '../../api/types';
import { mockApi, renderAs } from '../../testing/render';
import { ProvidersPage } from './ProvidersPage';

const admin: Me = { id: 1, username: 'admin1', displayName: 'Anna Beheer', roles: ['ADMIN'], locations: [] };
const ggz = {
  id: 8,
  name: 'GGZ Rivierenland',
  kind: 'GGZ',
  minAge: 12,
  maxAge: 27,
  municipalities: ['Utrecht'],
  enabled: true,
  version: 2,
};

describe('Sociale kaart', () => {
  test('says when the sociale kaart is empty', async () => {
    mockApi({ 'GET /api/admin/providers': { body: [] } });
    renderAs(admin, <ProvidersPage />);
    expect(await screen.findByRole('heading', { name: 'De sociale kaart is nog leeg' })).toBeInTheDocument();
  });

  test('deactivates a provider against the version shown', async () => {
    const { requests } = mockApi({
      'GET /api/admin/providers': { body: [ggz] },
      'PUT /api/admin/providers/8': { body: { ...ggz, enabled: false, version: 3 } },
    });
    renderAs(admin, <ProvidersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Wijzigen GGZ Rivierenland' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Actief/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({
      name: 'GGZ Rivierenland',
      kind: 'GGZ',
      minAge: 12,
      maxAge: 27,
      municipalities: ['Utrecht'],
      enabled: false,
      version: 2,
    });
    expect(await screen.findByText('GGZ Rivierenland is opgeslagen en gedeactiveerd.')).toBeInTheDocument();
  });

  test('shows reversed ages next to the field, before sending', async () => {
    const { requests } = mockApi({ 'GET /api/admin/providers': { body: [ggz] } });
    renderAs(admin, <ProvidersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Zorgaanbieder toevoegen' }));
    const form = screen.getByRole('form', { name: 'Zorgaanbieder toevoegen' });
    await userEvent.type(within(form).getByLabelText('Naam'), 'Wijkteam Noord');
    await userEvent.selectOptions(within(form).getByLabelText('Soort zorg'), 'Wijkteam');
    await userEvent.type(within(form).getByLabelText('Vanaf leeftijd'), '23');
    await userEvent.type(within(form).getByLabelText('Tot en met leeftijd'), '16');
    await userEvent.type(within(form).getByLabelText(/Woongemeenten/), 'Utrecht');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByLabelText('Tot en met leeftijd')).toHaveAccessibleDescription(
      /De hoogste leeftijd is lager dan de laagste\./,
    );
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});
