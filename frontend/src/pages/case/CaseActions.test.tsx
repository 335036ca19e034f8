import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { CaseActions } from './CaseActions';
import { lifecycle, triageCase } from './fixtures';

describe('CaseActions', () => {
  test('offers one button per allowed event and nothing else', () => {
    mockApi({ 'GET /api/lifecycle': { body: lifecycle } });
    renderAs(zorgcoordinator, <CaseActions theCase={triageCase} />);
    const section = screen.getByRole('region', { name: 'Wat kun je nu doen?' });
    expect(
      within(section)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Afsluiten zonder vervolg', 'Naar eerste lijn', 'Naar tweede lijn']);
  });

  test('opens a form with exactly the fields of that event', async () => {
    mockApi({ 'GET /api/lifecycle': { body: lifecycle } });
    renderAs(zorgcoordinator, <CaseActions theCase={triageCase} />);
    await userEvent.click(screen.getByRole('button', { name: 'Naar eerste lijn' }));
    const form = await screen.findByRole('form', { name: 'Naar eerste lijn' });
    expect(within(form).getByLabelText(/Reden/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Advies voor de SLB’er')).toBeInTheDocument();
    expect(within(form).getByLabelText('Datum terugkoppeling')).toBeInTheDocument();
    expect(within(form).queryByLabelText(/Eigenaar/)).not.toBeInTheDocument();
  });

  test('shows a refusal of the API in plain Dutch next to its field', async () => {
    const { requests } = mockApi({
      'GET /api/lifecycle': { body: lifecycle },
      'POST /api/cases/41/events/DISMISS': {
        status: 422,
        body: { status: 422, code: 'lifecycle.guard.reason-required', detail: 'Refused: needs a reason.' },
      },
    });
    renderAs(zorgcoordinator, <CaseActions theCase={triageCase} />);
    await userEvent.click(screen.getByRole('button', { name: 'Afsluiten zonder vervolg' }));
    const form = await screen.findByRole('form', { name: 'Afsluiten zonder vervolg' });
    await userEvent.click(within(form).getByRole('button', { name: 'Afsluiten zonder vervolg' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Geef een reden.');
    expect(alert).not.toHaveTextContent('Refused');
    expect(within(form).getByLabelText('Reden')).toHaveAccessibleDescription('Fout: Geef een reden.');
    expect(requests.at(-1)?.body).toEqual({ version: 3 });
  });

  test('reloads a case that changed meanwhile and says what changed', async () => {
    mockApi({
      'GET /api/lifecycle': { body: lifecycle },
      'GET /api/staff': { body: [{ id: 7, name: 'Karim Benali', roles: ['ZORGCOORDINATOR'] }] },
      'POST /api/cases/41/events/ASSIGN_SECOND_LINE': {
        status: 409,
        body: { status: 409, code: 'case.version-stale', currentVersion: 4 },
      },
      'GET /api/cases/41': {
        body: { ...triageCase, version: 4, state: 'FIRST_LINE', line: 'FIRST', allowedEvents: [] },
      },
    });
    renderAs(zorgcoordinator, <CaseActions theCase={triageCase} />);
    await userEvent.click(screen.getByRole('button', { name: 'Naar tweede lijn' }));
    const form = await screen.findByRole('form', { name: 'Naar tweede lijn' });
    const owner = within(form).getByLabelText(/Eigenaar/);
    await within(owner).findByRole('option', { name: 'Ikzelf (Karim Benali)' });
    await userEvent.selectOptions(owner, String(zorgcoordinator.id));
    await userEvent.click(within(form).getByRole('button', { name: 'Naar tweede lijn' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De casus is intussen gewijzigd');
    await waitFor(() => expect(alert).toHaveTextContent('Fase: In triage → Eerste lijn'));
  });
});
