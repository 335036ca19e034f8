import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { BreakGlassPage } from './BreakGlassPage';

const elsewhere = {
  id: 12,
  studentNumber: '100234',
  name: 'Lotte Bakker',
  locationId: 2,
  locationName: 'Havenkade',
  atMyLocation: false,
};

/** The page's API with no break-glass in force unless a test says otherwise. */
function mockPage(routes: Parameters<typeof mockApi>[0]) {
  return mockApi({
    'GET /api/students/break-glass': { body: [] },
    'GET /api/locations/2/contacts': { body: [] },
    ...routes,
  });
}

function renderPage(route = '/noodtoegang') {
  return renderAs(zorgcoordinator, <BreakGlassPage />, { path: '/noodtoegang', route });
}

describe('Noodtoegang', () => {
  test('lists the break-glass I hold now, with why and until when, leading to the caseload', async () => {
    mockPage({
      'GET /api/students/break-glass': {
        body: [{ student: elsewhere, reason: 'Student belt de receptie.', expiresAt: '2026-03-02T14:15:00Z' }],
      },
    });
    renderPage();
    const active = await screen.findByRole('region', { name: 'Je noodtoegang nu' });
    expect(within(active).getByRole('link', { name: 'Lotte Bakker (100234)' })).toHaveAttribute(
      'href',
      '/caseload?zoek=100234',
    );
    expect(active).toHaveTextContent('Havenkade: lezen tot 2 maart 2026');
    expect(active).toHaveTextContent('Je reden: Student belt de receptie.');
  });

  test('shows no list while I hold no break-glass', async () => {
    const { requests } = mockPage({});
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Noodtoegang' });
    await vi.waitFor(() => expect(requests.some((request) => request.path === '/api/students/break-glass')).toBe(true));
    expect(screen.queryByRole('region', { name: 'Je noodtoegang nu' })).not.toBeInTheDocument();
  });

  test('finds a student by name and keeps the search in the address', async () => {
    const { requests } = mockPage({ 'GET /api/students/directory': { body: [elsewhere] } });
    const { router } = renderPage();
    await userEvent.type(screen.getByLabelText('Naam of studentnummer'), ' Lotte B ');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByRole('heading', { name: 'Lotte Bakker studeert op Havenkade' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?zoek=Lotte+B');
    expect(requests.find((request) => request.path === '/api/students/directory')?.url.searchParams.get('q')).toBe(
      'Lotte B',
    );
  });

  test('lists several students found by name to choose from, with number and location', async () => {
    const namesake = { ...elsewhere, id: 13, studentNumber: '100777', locationName: 'Stationsplein' };
    mockPage({ 'GET /api/students/directory': { body: [elsewhere, namesake] } });
    const { router } = renderPage('/noodtoegang?zoek=Lotte');
    expect(await screen.findByRole('heading', { name: 'Gevonden studenten (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Noodtoegang gebruiken' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lotte Bakker (100777) — Stationsplein' }));
    expect(router.state.location.search).toBe('?zoek=Lotte&student=13');
    expect(await screen.findByRole('heading', { name: 'Lotte Bakker studeert op Stationsplein' })).toBeInTheDocument();
  });

  test('asks for a name or number before searching', async () => {
    const { requests } = mockPage({});
    renderPage();
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(screen.getByLabelText('Naam of studentnummer')).toHaveAccessibleDescription(
      /Fout: Vul een naam of studentnummer in\./,
    );
    expect(requests.filter((request) => request.path === '/api/students/directory')).toHaveLength(0);
  });

  test('needs no break-glass for a student of my own location, and leads to my caseload searched on them', async () => {
    mockPage({
      'GET /api/students/directory': { body: [{ ...elsewhere, locationName: 'Utrecht Zuid', atMyLocation: true }] },
    });
    renderPage('/noodtoegang?zoek=100234');
    expect(await screen.findByText(/Je hebt geen noodtoegang nodig/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bekijk de casussen van Lotte Bakker in je caseload' })).toHaveAttribute(
      'href',
      '/caseload?zoek=100234',
    );
    expect(screen.queryByRole('button', { name: 'Noodtoegang gebruiken' })).not.toBeInTheDocument();
  });

  test('says when no student matches', async () => {
    mockPage({ 'GET /api/students/directory': { body: [] } });
    renderPage('/noodtoegang?zoek=999');
    expect(await screen.findByRole('heading', { name: 'Geen student gevonden voor „999”' })).toBeInTheDocument();
  });

  test('explains break-glass, needs a reason, and then says until when', async () => {
    const { requests } = mockPage({
      'GET /api/students/directory': { body: [elsewhere] },
      'POST /api/students/12/break-glass': {
        status: 201,
        body: { studentId: 12, reason: 'Student belt de receptie.', expiresAt: '2026-03-02T14:15:00Z' },
      },
    });
    renderPage('/noodtoegang?zoek=100234');
    const explanation = await screen.findByRole('region', { name: 'Wat betekent noodtoegang?' });
    expect(explanation).toHaveTextContent('4 uur lang lezen');
    expect(explanation).toHaveTextContent('toegangslog');
    expect(explanation).toHaveTextContent('De zorgcoördinatoren van Havenkade krijgen een melding');

    await userEvent.click(screen.getByRole('button', { name: 'Noodtoegang gebruiken' }));
    expect(screen.getByLabelText('Waarom heb je nu toegang nodig?')).toHaveAccessibleDescription(
      /Fout: Geef een reden\./,
    );
    expect(screen.getByLabelText('Waarom heb je nu toegang nodig?')).toHaveFocus();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('Waarom heb je nu toegang nodig?'), 'Student belt de receptie.');
    expect(screen.getByText('Nog 375 tekens.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Noodtoegang gebruiken' }));

    const granted = await screen.findByRole('status');
    expect(within(granted).getByRole('heading')).toHaveTextContent('Je hebt noodtoegang tot 2 maart 2026');
    expect(within(granted).getByRole('heading')).toHaveFocus();
    expect(within(granted).getByRole('link', { name: 'Bekijk de casussen van Lotte Bakker' })).toHaveAttribute(
      'href',
      '/caseload?zoek=100234',
    );
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      reason: 'Student belt de receptie.',
    });
  });

  test('explains a refusal in plain Dutch', async () => {
    mockPage({
      'GET /api/students/directory': { body: [elsewhere] },
      'POST /api/students/12/break-glass': {
        status: 422,
        body: { status: 422, code: 'privacy.break-glass-not-needed', detail: 'This student is at your own location' },
      },
    });
    renderPage('/noodtoegang?zoek=100234');
    await userEvent.type(await screen.findByLabelText('Waarom heb je nu toegang nodig?'), 'Acute melding.');
    await userEvent.click(screen.getByRole('button', { name: 'Noodtoegang gebruiken' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noodtoegang is niet nodig.');
    expect(alert).not.toHaveTextContent('own location');
  });
});
