import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '../../api/types';
import { mockApi, renderAs } from '../../testing/render';
import { NewUserPage } from './NewUserPage';

const admin: Me = {
  id: 1,
  username: 'admin1',
  displayName: 'Anna Beheer',
  roles: ['ADMIN'],
  locations: [],
  permissions: ['ADMINISTER'],
};
const locations = [{ id: 5, code: 'UTZ', name: 'Utrecht Zuid', municipality: 'Utrecht', version: 0 }];
const providers = [
  {
    id: 8,
    name: 'GGZ Rivierenland',
    kind: 'GGZ',
    minAge: 12,
    maxAge: 27,
    municipalities: ['Utrecht'],
    enabled: true,
    version: 0,
  },
];

function renderPage() {
  return renderAs(admin, <NewUserPage />, { path: '/beheer/gebruikers/nieuw', route: '/beheer/gebruikers/nieuw' });
}

describe('Gebruiker toevoegen', () => {
  test('says what is missing before sending, next to each field', async () => {
    const { requests } = mockApi({
      'GET /api/admin/locations': { body: locations },
      'GET /api/admin/providers': { body: providers },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Zorgcoördinator' }));
    await userEvent.click(screen.getByRole('button', { name: 'Gebruiker toevoegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Vul een gebruikersnaam in.');
    expect(screen.getByLabelText(/^Naam/)).toHaveAccessibleDescription(/Fout: Vul de naam in\./);
    expect(screen.getByRole('group', { name: 'Locaties' })).toHaveAccessibleDescription(/minstens één locatie/);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  test('asks an external professional’s provider and sends it, then opens the new user', async () => {
    const { requests } = mockApi({
      'GET /api/admin/locations': { body: locations },
      'GET /api/admin/providers': { body: providers },
      'POST /api/admin/users': { status: 201, body: { id: 42 } },
    });
    const { router } = renderPage();
    await userEvent.type(await screen.findByLabelText(/^Gebruikersnaam/), 'n.koster@ggz.example');
    await userEvent.type(screen.getByLabelText(/^Naam/), 'Noor Koster');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Externe professional' }));
    await userEvent.selectOptions(screen.getByLabelText(/^Zorgaanbieder/), 'GGZ Rivierenland');
    await userEvent.click(screen.getByRole('button', { name: 'Gebruiker toevoegen' }));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      username: 'n.koster@ggz.example',
      displayName: 'Noor Koster',
      roles: ['EXTERNAL_PROFESSIONAL'],
      locationIds: [],
      providerId: 8,
    });
    expect(router.state.location.pathname).toBe('/beheer/gebruikers/42');
  });

  test('puts a taken username next to the field', async () => {
    mockApi({
      'GET /api/admin/locations': { body: locations },
      'GET /api/admin/providers': { body: providers },
      'POST /api/admin/users': { status: 409, body: { code: 'admin.user.username-taken' } },
    });
    renderPage();
    await userEvent.type(await screen.findByLabelText(/^Gebruikersnaam/), 'slb1');
    await userEvent.type(screen.getByLabelText(/^Naam/), 'Sanne de Vries');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Auditor' }));
    await userEvent.click(screen.getByRole('button', { name: 'Gebruiker toevoegen' }));
    expect(
      await screen.findByText(/Deze gebruikersnaam is al in gebruik/, { selector: '.hr-error-summary a' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Gebruikersnaam/)).toHaveAccessibleDescription(
      /Deze gebruikersnaam is al in gebruik/,
    );
  });
});
