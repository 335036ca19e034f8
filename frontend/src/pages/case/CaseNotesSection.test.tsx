import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseNote } from '../../api/types';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { CaseNotesSection } from './CaseNotesSection';
import { triageCase } from './fixtures';

const note: CaseNote = {
  id: 5,
  version: 0,
  writtenAt: '2026-02-03T10:00:00Z',
  author: { id: 7, name: 'Karim Benali' },
  confidentiality: 'NORMAL',
  kind: 'NOTE',
  text: 'Moeder is opgenomen.',
  corrections: [],
};

const statement: CaseNote = {
  ...note,
  id: 6,
  kind: 'STUDENT_STATEMENT',
  text: 'Ik had stage op maandag, daarom was ik er niet.',
};

function renderNotes(notes: () => CaseNote[], routes = {}, mayCorrect = true) {
  const api = mockApi({ 'GET /api/cases/41/notes': () => ({ body: notes() }), ...routes });
  renderAs(zorgcoordinator, <CaseNotesSection theCase={triageCase} mayWrite mayCorrect={mayCorrect} />);
  return api;
}

describe('Notities', () => {
  test('marks the student’s statement as the student’s own words and shows every correction', async () => {
    const corrected: CaseNote = {
      ...note,
      text: 'Moeder is met ziekteverlof.',
      corrections: [
        { correctedAt: '2026-02-04T09:00:00Z', correctedBy: { id: 8, name: 'Ilse de Boer' }, reason: 'Klopte niet.' },
      ],
    };
    renderNotes(() => [corrected, statement]);
    const items = (await screen.findAllByRole('listitem')).filter((item) => item.classList.contains('hr-note'));
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Moeder is met ziekteverlof.');
    expect(within(items[0]).getByRole('list', { name: 'Correcties' })).toHaveTextContent(
      /Gecorrigeerd op .* door Ilse de Boer — reden: Klopte niet\./,
    );
    expect(items[1]).toHaveTextContent('Verklaring van de student');
    expect(items[1]).toHaveTextContent('vastgelegd door Karim Benali');
    expect(
      within(items[1])
        .getByText(/Ik had stage op maandag/)
        .closest('blockquote'),
    ).toHaveTextContent('De student zegt: Ik had stage op maandag');
  });

  test('corrects a note: the mistakes first, then the corrected text with the version that was seen', async () => {
    let notes = [note];
    const { requests } = renderNotes(() => notes, {
      'POST /api/cases/41/notes/5/correction': () => {
        notes = [{ ...note, version: 1, text: 'Moeder is met ziekteverlof.' }];
        return { body: notes[0] };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Corrigeren: notitie van/ }));
    const form = screen.getByRole('form', { name: 'Notitie corrigeren' });
    expect(within(form).getByLabelText(/Juiste tekst van de notitie/)).toHaveValue('Moeder is opgenomen.');

    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));
    const summary = within(form).getByRole('alert');
    expect(summary).toHaveTextContent('De tekst is nog hetzelfde als wat er stond.');
    expect(summary).toHaveTextContent('Geef de reden van de correctie.');
    expect(within(form).getByLabelText(/Reden van de correctie/)).toHaveAccessibleDescription(
      /Fout: Geef de reden van de correctie\./,
    );
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    const text = within(form).getByLabelText(/Juiste tekst van de notitie/);
    await userEvent.clear(text);
    await userEvent.type(text, 'Moeder is met ziekteverlof.');
    await userEvent.type(within(form).getByLabelText(/Reden van de correctie/), 'Op verzoek van de student.');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));

    expect(await screen.findByText('De notitie is gecorrigeerd.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('form', { name: 'Notitie corrigeren' })).not.toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      version: 0,
      text: 'Moeder is met ziekteverlof.',
      reason: 'Op verzoek van de student.',
    });
    await waitFor(() => expect(screen.getByText('Moeder is met ziekteverlof.')).toBeInTheDocument());
  });

  test('when someone else corrected it first, says so in Dutch and shows what it says now', async () => {
    let notes = [note];
    renderNotes(() => notes, {
      'POST /api/cases/41/notes/5/correction': () => {
        notes = [{ ...note, version: 1, text: 'Moeder is opgenomen in het ziekenhuis.' }];
        return { status: 409, body: { status: 409, code: 'note.version-stale', currentVersion: 1 } };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Corrigeren: notitie/ }));
    const form = screen.getByRole('form', { name: 'Notitie corrigeren' });
    const text = within(form).getByLabelText(/Juiste tekst van de notitie/);
    await userEvent.clear(text);
    await userEvent.type(text, 'Moeder is met ziekteverlof.');
    await userEvent.type(within(form).getByLabelText(/Reden van de correctie/), 'Klopte niet.');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Iemand anders heeft deze notitie net gewijzigd.');
    await waitFor(() => expect(text).toHaveValue('Moeder is opgenomen in het ziekenhuis.'));
    expect(within(form).getByLabelText(/Reden van de correctie/)).toHaveValue('Klopte niet.');
  });

  test('writes down the student’s statement as a note of its own kind', async () => {
    const { requests } = renderNotes(() => [], {
      'POST /api/cases/41/notes': { status: 201, body: statement },
    });
    const form = await screen.findByRole('form', { name: 'Verklaring van de student toevoegen' });
    await userEvent.type(
      within(form).getByLabelText(/Wat de student zelf wil laten vastleggen/),
      'Ik had stage op maandag, daarom was ik er niet.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Verklaring opslaan' }));
    await waitFor(() =>
      expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
        text: 'Ik had stage op maandag, daarom was ik er niet.',
        confidentiality: 'NORMAL',
        kind: 'STUDENT_STATEMENT',
      }),
    );
  });

  test('offers no correction and no statement to whoever may not correct', async () => {
    renderNotes(() => [note, statement], {}, false);
    await screen.findAllByRole('listitem');
    expect(screen.queryByRole('button', { name: /Corrigeren/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Verklaring van de student toevoegen' })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Notitie schrijven' })).toBeInTheDocument();
  });
});
