import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseView } from '../../api/types';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { EventForm, initialSections } from './EventForm';
import { triageCase } from './fixtures';

const waiting: CaseView = {
  ...triageCase,
  state: 'WAITING',
  line: 'THIRD',
  provider: { id: 5, name: 'GGZ De Linde' },
  consentInForce: true,
  consentedSections: ['STUDENT', 'SIGNALS', 'BRIDGING'],
  allowedEvents: ['START_HANDOVER'],
};

const spec = {
  event: 'START_HANDOVER' as const,
  fields: ['reason', 'sections'],
  required: new Set<string>(),
  guardFields: {
    'lifecycle.guard.package-required': 'sections',
    'lifecycle.guard.consent-does-not-cover-package': 'sections',
  },
  to: 'HANDOVER' as const,
};

test('the handover form starts with the sections the consent covers ticked, the student details always', () => {
  expect(initialSections(waiting)).toEqual(['STUDENT', 'SIGNALS', 'BRIDGING']);
  expect(initialSections({ ...waiting, consentedSections: [] })).toEqual(['STUDENT']);
});

test('consent is chosen once: the form is pre-ticked and sends what it shows', async () => {
  const { requests } = mockApi({
    'POST /api/cases/41/events/START_HANDOVER': { body: { ...waiting, state: 'HANDOVER' } },
  });
  const done = vi.fn();
  renderAs(zorgcoordinator, <EventForm theCase={waiting} spec={spec} onDone={done} onCancel={() => undefined} />);
  expect(screen.getByRole('checkbox', { name: /Gegevens van de student/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /Wat school zag/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /Overbrugging en contactpersoon/ })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: /Wat school deed/ })).not.toBeChecked();

  await userEvent.click(screen.getByRole('button', { name: 'Warme overdracht starten' }));
  await waitFor(() => expect(done).toHaveBeenCalled());
  expect(requests.at(-1)?.body).toEqual({ version: 3, sections: ['STUDENT', 'SIGNALS', 'BRIDGING'] });
});
