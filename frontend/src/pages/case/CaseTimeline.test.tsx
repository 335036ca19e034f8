import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseSignal } from '../../api/types';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { CaseTimeline } from './CaseTimeline';

const signal: CaseSignal = {
  id: 9,
  version: 2,
  raisedAt: '2026-02-02T09:00:00Z',
  raisedById: 3,
  raisedByName: 'Sanne de Vries',
  urgency: 'NORMAL',
  lifeDomains: ['MENTAL_HEALTH'],
  observation: 'Heeft een eetstoornis.',
  discussedWithStudent: true,
  corrections: [],
};

function renderTimeline(routes: Parameters<typeof mockApi>[0], mayCorrect = true) {
  const api = mockApi({ 'GET /api/cases/41/history': { body: [] }, ...routes });
  renderAs(
    zorgcoordinator,
    <CaseTimeline caseId={41} sections={['SIGNALS', 'SCHOOL_SUPPORT']} mayCorrect={mayCorrect} />,
  );
  return api;
}

describe('Tijdlijn: correcting a signal', () => {
  test('sends the corrected observation to the signal and shows the trace it left', async () => {
    let signals = [signal];
    const { requests } = renderTimeline({
      'GET /api/cases/41/signals': () => ({ body: signals }),
      'POST /api/cases/41/signals/9/correction': () => {
        signals = [
          {
            ...signal,
            version: 3,
            observation: 'Eet weinig op school.',
            corrections: [
              {
                correctedAt: '2026-02-05T09:00:00Z',
                correctedBy: { id: 7, name: 'Karim Benali' },
                reason: 'Op verzoek van de student.',
              },
            ],
          },
        ];
        return { body: signals[0] };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Corrigeren: signaal van/ }));
    const form = screen.getByRole('form', { name: 'Signaal corrigeren' });
    const text = within(form).getByLabelText(/Wat is er gezien of gehoord/);
    await userEvent.clear(text);
    await userEvent.type(text, 'Eet weinig op school.');
    await userEvent.type(within(form).getByLabelText(/Reden van de correctie/), 'Op verzoek van de student.');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));

    expect(await screen.findByText('Het signaal is gecorrigeerd.')).toHaveAttribute('role', 'status');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      version: 2,
      text: 'Eet weinig op school.',
      reason: 'Op verzoek van de student.',
    });
    expect(await screen.findByText('Eet weinig op school.')).toBeInTheDocument();
    expect(screen.queryByText('Heeft een eetstoornis.')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Correcties' })).toHaveTextContent(
      /door Karim Benali — reden: Op verzoek van de student\./,
    );
  });

  test('shows a refusal of the API in plain Dutch, without its English detail', async () => {
    renderTimeline({
      'GET /api/cases/41/signals': { body: [signal] },
      'POST /api/cases/41/signals/9/correction': {
        status: 403,
        body: { status: 403, code: 'correction.forbidden', detail: 'Only the case team corrects.' },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Corrigeren: signaal/ }));
    const form = screen.getByRole('form', { name: 'Signaal corrigeren' });
    await userEvent.type(within(form).getByLabelText(/Wat is er gezien of gehoord/), ' Eet weinig.');
    await userEvent.type(within(form).getByLabelText(/Reden van de correctie/), 'Reden.');
    await userEvent.click(within(form).getByRole('button', { name: 'Correctie opslaan' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('De correctie is niet opgeslagen');
    expect(alert).toHaveTextContent('Alleen de zorgcoördinatoren van de casus corrigeren wat erin is vastgelegd.');
    expect(alert).not.toHaveTextContent('Only the case team');
  });

  test('a break-glass reader or a provider sees the signal and no way to correct it', async () => {
    renderTimeline({ 'GET /api/cases/41/signals': { body: [signal] } }, false);
    expect(await screen.findByText('Heeft een eetstoornis.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Corrigeren/ })).not.toBeInTheDocument();
  });
});
