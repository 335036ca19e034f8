import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Me } from '../../api/types';
import { mockApi, renderAs } from '../../testing/render';
import { LocationsPage } from './LocationsPage';

const admin: Me = {
  id: 1,
  username: 'admin1',
  displayName: 'Anna Beheer',
  roles: ['ADMIN'],
  locations: [],
  permissions: ['ADMINISTER'],
};
const noord = { id: 3, code: 'UT-NRD', name: 'Campus Noord', municipality: 'Utrecht', version: 2 };
const ict = { id: 7, locationId: 3, name: 'Team ICT', sector: 'Techniek', students: 41, version: 1 };

describe('Locaties en teams', () => {
  test('lists each location with its teams and their number of students', async () => {
    mockApi({ 'GET /api/admin/locations': { body: [noord] }, 'GET /api/admin/teams': { body: [ict] } });
    renderAs(admin, <LocationsPage />);
    const location = await screen.findByRole('region', { name: /Campus Noord/ });
    expect(within(location).getByText('Gemeente: Utrecht')).toBeInTheDocument();
    const row = within(location).getByRole('row', { name: /Team ICT/ });
    expect(within(row).getByRole('cell', { name: '41' })).toBeInTheDocument();
  });

  test('says when there are no locations yet', async () => {
    mockApi({ 'GET /api/admin/locations': { body: [] }, 'GET /api/admin/teams': { body: [] } });
    renderAs(admin, <LocationsPage />);
    expect(await screen.findByRole('heading', { name: 'Er zijn nog geen locaties' })).toBeInTheDocument();
  });

  test('checks a new location before sending and shows a taken code at its field', async () => {
    const { requests } = mockApi({
      'GET /api/admin/locations': { body: [noord] },
      'GET /api/admin/teams': { body: [ict] },
      'POST /api/admin/locations': {
        status: 409,
        body: { status: 409, code: 'admin.location.code-taken', detail: 'Taken.' },
      },
    });
    renderAs(admin, <LocationsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Locatie toevoegen' }));
    const form = screen.getByRole('form', { name: 'Locatie toevoegen' });
    await userEvent.type(within(form).getByLabelText('Code'), 'met spatie');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(/Vul de naam van de locatie in/);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await userEvent.clear(within(form).getByLabelText('Code'));
    await userEvent.type(within(form).getByLabelText('Code'), 'UT-NRD');
    await userEvent.type(within(form).getByLabelText('Naam'), 'Campus Noord 2');
    await userEvent.type(within(form).getByLabelText('Gemeente'), 'Utrecht');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      code: 'UT-NRD',
      name: 'Campus Noord 2',
      municipality: 'Utrecht',
    });
    expect(await within(form).findByLabelText('Code')).toHaveAccessibleDescription(/Deze locatiecode is al in gebruik/);
  });

  test('renames a team against the version shown', async () => {
    const { requests } = mockApi({
      'GET /api/admin/locations': { body: [noord] },
      'GET /api/admin/teams': { body: [ict] },
      'PUT /api/admin/teams/7': { body: { ...ict, name: 'Team ICT en Media', version: 2 } },
    });
    renderAs(admin, <LocationsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Wijzigen Team ICT' }));
    const form = screen.getByRole('form', { name: 'Team ICT wijzigen' });
    await userEvent.type(within(form).getByLabelText('Naam van het team'), ' en Media');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(requests.find((request) => request.method === 'PUT')?.body).toEqual({
      name: 'Team ICT en Media',
      sector: 'Techniek',
      version: 1,
    });
    expect(await screen.findByText('Team ICT en Media is opgeslagen.')).toBeInTheDocument();
  });

  test('keeps what was typed when someone else changed the location meanwhile, and saves against the new version', async () => {
    let version = 2;
    const { requests } = mockApi({
      'GET /api/admin/locations': () => ({ body: [{ ...noord, version }] }),
      'GET /api/admin/teams': { body: [ict] },
      'PUT /api/admin/locations/3': () =>
        version === 2
          ? ((version = 3),
            { status: 409, body: { status: 409, code: 'admin.location.version-stale', detail: 'Stale.' } })
          : { body: { ...noord, name: 'Campus Oost', version: 4 } },
    });
    renderAs(admin, <LocationsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Wijzigen locatie Campus Noord' }));
    const form = screen.getByRole('form', { name: 'Locatie Campus Noord wijzigen' });
    await userEvent.clear(within(form).getByLabelText('Naam'));
    await userEvent.type(within(form).getByLabelText('Naam'), 'Campus Oost');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByText(/Iemand anders wijzigde deze locatie/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Naam')).toHaveValue('Campus Oost');
    await userEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Locatie Campus Oost is opgeslagen.')).toBeInTheDocument();
    expect(requests.filter((request) => request.method === 'PUT').map((request) => request.body)).toEqual([
      { name: 'Campus Oost', municipality: 'Utrecht', version: 2 },
      { name: 'Campus Oost', municipality: 'Utrecht', version: 3 },
    ]);
  });
});
