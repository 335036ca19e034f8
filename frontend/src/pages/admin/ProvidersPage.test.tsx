import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AdminProvider, Me } from '../../api/types';
import { mockApi, renderAs } from '../../testing/render';
import { ProvidersPage } from './ProvidersPage';

const admin: Me = {
  id: 1,
  username: 'admin1',
  displayName: 'Anna Beheer',
  roles: ['ADMIN'],
  locations: [],
  permissions: ['ADMINISTER'],
};
const ggz: AdminProvider = {
  id: 8,
  name: 'GGZ Rivierenland',
  kind: 'GGZ',
  minAge: 12,
  maxAge: 27,
  municipalities: [{ code: 'GM0344', name: 'Utrecht', fictional: false, active: true }],
  unmatchedMunicipalities: [],
  contact: { phone: '030 123 45 67' },
  typicalWaitingDays: 42,
  embedded: [],
  enabled: true,
  version: 2,
};
const municipalities = [
  { code: 'GM0344', name: 'Utrecht', fictional: false, active: true },
  { code: 'GM0356', name: 'Nieuwegein', fictional: false, active: true },
  { code: 'GM0321', name: 'Houten', fictional: false, active: true },
];
const locations = [{ id: 1, code: 'A', name: 'Stationsplein', municipality: 'Utrecht', version: 0, teams: [] }];

function routes(extra: Record<string, { status?: number; body?: unknown }> = {}) {
  return mockApi({
    'GET /api/admin/providers': { body: [ggz] },
    'GET /api/municipalities': { body: municipalities },
    'GET /api/admin/locations': { body: locations },
    ...extra,
  });
}

describe('Sociale kaart', () => {
  test('says when the sociale kaart is empty', async () => {
    mockApi({ 'GET /api/admin/providers': { body: [] } });
    renderAs(admin, <ProvidersPage />);
    expect(await screen.findByRole('heading', { name: 'De sociale kaart is nog leeg' })).toBeInTheDocument();
  });

  test('shows gemeenten by name and those of old that are not on the list', async () => {
    routes({
      'GET /api/admin/providers': { body: [{ ...ggz, unmatchedMunicipalities: ['Utrecht-Zuid'] }] },
    });
    renderAs(admin, <ProvidersPage />);
    expect(
      await screen.findByText(/Niet op de lijst van gemeenten: Utrecht-Zuid\. Kies ze opnieuw\./),
    ).toBeInTheDocument();
    expect(screen.getByText('42 dagen')).toBeInTheDocument();
  });

  test('deactivates a provider against the version shown, keeping what it had', async () => {
    const { requests } = routes({ 'PUT /api/admin/providers/8': { body: { ...ggz, enabled: false, version: 3 } } });
    renderAs(admin, <ProvidersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Wijzigen GGZ Rivierenland' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Actief/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({
      name: 'GGZ Rivierenland',
      kind: 'GGZ',
      minAge: 12,
      maxAge: 27,
      municipalities: ['GM0344'],
      contact: { phone: '030 123 45 67' },
      typicalWaitingDays: 42,
      embedded: [],
      enabled: false,
      version: 2,
    });
    expect(await screen.findByText('GGZ Rivierenland is opgeslagen en gedeactiveerd.')).toBeInTheDocument();
  });

  test('adds a provider with gemeenten picked from the list, contact details and days in school', async () => {
    const { requests } = routes({ 'POST /api/admin/providers': { status: 201, body: { ...ggz, id: 9 } } });
    renderAs(admin, <ProvidersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Zorgaanbieder toevoegen' }));
    const form = screen.getByRole('form', { name: 'Zorgaanbieder toevoegen' });
    await userEvent.type(within(form).getByLabelText('Naam'), 'Wijkteam Noord');
    await userEvent.selectOptions(within(form).getByLabelText('Soort zorg'), 'Wijkteam');
    await userEvent.type(within(form).getByLabelText('Vanaf leeftijd'), '0');
    await userEvent.type(within(form).getByLabelText('Tot en met leeftijd'), '99');
    await userEvent.type(within(form).getByLabelText('Zoek een gemeente'), 'nieuw');
    const found = within(form).getByRole('group', { name: 'Gevonden gemeenten' });
    expect(
      within(found)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('id')),
    ).toEqual(['provider-municipalities-GM0356']);
    await userEvent.click(within(found).getByRole('checkbox', { name: 'Nieuwegein' }));
    expect(within(form).getByRole('group', { name: 'Gekozen gemeenten' })).toHaveTextContent('Nieuwegein');
    await userEvent.type(within(form).getByLabelText(/Telefoon/), '030 765 43 21');
    await userEvent.type(within(form).getByLabelText(/Aanmelden en intake/), 'Bellen met het wijkteam.');
    await userEvent.type(within(form).getByLabelText(/Gebruikelijke wachttijd/), '14');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'dinsdag op Stationsplein' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      name: 'Wijkteam Noord',
      kind: 'WIJKTEAM',
      minAge: 0,
      maxAge: 99,
      municipalities: ['GM0356'],
      contact: { phone: '030 765 43 21', intakeProcedure: 'Bellen met het wijkteam.' },
      typicalWaitingDays: 14,
      embedded: [{ locationId: 1, days: ['TUESDAY'] }],
    });
  });

  test('shows reversed ages and a missing gemeente next to the fields, before sending', async () => {
    const { requests } = routes();
    renderAs(admin, <ProvidersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Zorgaanbieder toevoegen' }));
    const form = screen.getByRole('form', { name: 'Zorgaanbieder toevoegen' });
    await userEvent.type(within(form).getByLabelText('Naam'), 'Wijkteam Noord');
    await userEvent.selectOptions(within(form).getByLabelText('Soort zorg'), 'Wijkteam');
    await userEvent.type(within(form).getByLabelText('Vanaf leeftijd'), '23');
    await userEvent.type(within(form).getByLabelText('Tot en met leeftijd'), '16');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByLabelText('Tot en met leeftijd')).toHaveAccessibleDescription(
      /De hoogste leeftijd is lager dan de laagste\./,
    );
    expect(within(form).getByRole('group', { name: 'Woongemeenten' })).toHaveAccessibleDescription(
      /Kies minstens één gemeente\./,
    );
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  test('loads the list of gemeenten from the CBS file and says what changed', async () => {
    const { requests } = routes({
      'POST /api/admin/municipalities/import': {
        body: { added: 340, renamed: 1, reactivated: 0, unchanged: 2, notInFile: ['GM0501'] },
      },
    });
    renderAs(admin, <ProvidersPage />);
    expect(await screen.findByText(/Er staan 3 gemeenten op de lijst\./)).toBeInTheDocument();
    const csv = 'Gemeentecode;GemeentecodeGM;Gemeentenaam\n344;GM0344;Utrecht\n';
    await userEvent.upload(
      screen.getByLabelText('CBS-bestand (CSV)'),
      new File([csv], 'gemeenten.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByText(
        /Ingelezen: 340 nieuw, 1 hernoemd, 0 weer actief, 2 ongewijzigd\. Niet in het bestand \(opgeheven\?\): GM0501\./,
      ),
    ).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toBe(csv);
  });
});
