import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProviderProposal, ProviderProposals } from '../../api/types';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { EventForm } from './EventForm';
import { triageCase } from './fixtures';

const referSpec = {
  event: 'REFER' as const,
  fields: ['providerId'],
  required: new Set(['providerId']),
  guardFields: { 'lifecycle.guard.provider-required': 'providerId' },
  to: 'REFERRED' as const,
};

function proposal(rank: number, id: number, name: string, extra: Partial<ProviderProposal> = {}): ProviderProposal {
  return {
    rank,
    provider: {
      id,
      name,
      kind: 'GGZ',
      minAge: 12,
      maxAge: 27,
      municipalities: [{ code: 'GM0344', name: 'Utrecht', fictional: false, active: true }],
      enabled: true,
      contact: { phone: '030 123 45 67', intakeProcedure: 'Aanmelden na toestemming van de student.' },
      embedded: [],
    },
    reasons: [{ code: 'SERVES_AGE_AND_MUNICIPALITY', lifeDomains: [], days: [] }],
    waitingTime: { days: 30, source: 'RECORDED_MEDIAN', recordedWaits: 7, recordedWaitsNeeded: 5 },
    expectedStart: '2027-01-03',
    warnings: [],
    ...extra,
  };
}

const proposals: ProviderProposals = {
  caseId: 41,
  studentAge: 17,
  municipality: { code: 'GM0344', name: 'Utrecht', fictional: false, active: true },
  lifeDomains: ['MENTAL_HEALTH', 'HOME_FAMILY'],
  warnings: [],
  proposals: [
    proposal(1, 5, 'Wijkteam Utrecht Zuid', {
      reasons: [
        { code: 'SERVES_AGE_AND_MUNICIPALITY', lifeDomains: [], days: [] },
        { code: 'YOUTH_ROUTE', lifeDomains: [], days: [] },
        { code: 'FITS_LIFE_DOMAINS', lifeDomains: ['MENTAL_HEALTH', 'HOME_FAMILY'], days: [] },
        { code: 'EMBEDDED_AT_SCHOOL', lifeDomains: [], days: ['TUESDAY', 'THURSDAY'] },
      ],
      waitingTime: { days: 14, source: 'SOCIALE_KAART', recordedWaits: 2, recordedWaitsNeeded: 5 },
    }),
    proposal(2, 8, 'GGZ Rivierenland', {
      warnings: [{ code: 'TURNS_18_BEFORE_START', date: '2026-12-20' }],
    }),
  ],
};

function renderRefer(answer: ProviderProposals) {
  const api = mockApi({
    'GET /api/cases/41/provider-proposals': { body: answer },
    'POST /api/cases/41/events/REFER': { body: { ...triageCase, state: 'REFERRED', version: 4 } },
  });
  const onDone = vi.fn();
  renderAs(zorgcoordinator, <EventForm theCase={triageCase} spec={referSpec} onDone={onDone} onCancel={() => {}} />);
  return { ...api, onDone };
}

describe('the REFER form starts from the proposals', () => {
  test('lists the proposals best first with why they fit, the wait and what to watch for', async () => {
    renderRefer(proposals);
    const choice = await screen.findByRole('group', { name: 'Zorgaanbieder' });
    const options = await within(choice).findAllByRole('radio');
    expect(options.map((option) => option.getAttribute('value'))).toEqual(['5', '8']);
    expect(within(choice).getByRole('radio', { name: '1. Wijkteam Utrecht Zuid (GGZ)' })).toHaveAccessibleDescription(
      /Wachttijd 14 dagen \(ongeveer 2 weken\): volgens de sociale kaart \(pas 2 gemeten, 5 nodig\)\..*Helpt bij psychische gezondheid en thuissituatie en gezin\..*Is op school op dinsdag en donderdag/,
    );
    const ggz = within(choice).getByRole('radio', { name: '2. GGZ Rivierenland (GGZ)' });
    expect(ggz).toHaveAccessibleDescription(/de mediaan van 7 verwijzingen in het afgelopen jaar/);
    expect(ggz).toHaveAccessibleDescription(
      /Wordt 18 op 20 december 2026, vóór de verwachte start\. Dan stopt de jeugdhulp: regel nu ook de route voor volwassenen/,
    );
    expect(
      screen.getByText(/Voorstellen voor een student van 17 jaar uit Utrecht, over psychische gezondheid/),
    ).toBeInTheDocument();
  });

  test('refers to the proposal chosen', async () => {
    const { requests, onDone } = renderRefer(proposals);
    await userEvent.click(await screen.findByRole('radio', { name: '2. GGZ Rivierenland (GGZ)' }));
    await userEvent.click(screen.getByRole('button', { name: /Verwijzen/ }));
    const refer = requests.find((request) => request.method === 'POST');
    expect(refer?.body).toMatchObject({ version: 3, providerId: 8 });
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ kind: 'done' }));
  });

  test('says why nothing is proposed when the woongemeente is not on the list', async () => {
    renderRefer({ ...proposals, municipality: undefined, warnings: ['WOONGEMEENTE_UNKNOWN'], proposals: [] });
    expect(
      await screen.findByText(/De woongemeente van de student staat niet op de lijst van gemeenten/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  test('says when no provider fits', async () => {
    renderRefer({ ...proposals, proposals: [] });
    expect(await screen.findByText(/Geen zorgaanbieder in de sociale kaart helpt studenten/)).toBeInTheDocument();
  });
});
