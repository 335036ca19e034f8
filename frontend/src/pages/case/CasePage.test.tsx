import { screen } from '@testing-library/react';
import { mockApi, renderAs, zorgcoordinator } from '../../testing/render';
import { CasePage } from './CasePage';
import { lifecycle, triageCase } from './fixtures';

function inMonths(months: number): string {
  const date = new Date();
  date.setMonth(date.getMonth() + months);
  return date.toISOString().slice(0, 10);
}

function renderCase(theCase: typeof triageCase, me = zorgcoordinator) {
  mockApi({
    'GET /api/cases/41': { body: theCase },
    'GET /api/cases/41/history': { body: [] },
    'GET /api/cases/41/signals': { body: [] },
    'GET /api/cases/41/consents': { body: [] },
    'GET /api/lifecycle': { body: lifecycle },
  });
  renderAs(me, <CasePage />, { path: '/casussen/:caseId', route: '/casussen/41' });
}

test('a case the API says is read by break-glass says so and offers no steps', async () => {
  const elsewhere = { ...zorgcoordinator, locations: [{ id: 2, name: 'Havenkade' }] };
  renderCase({ ...triageCase, allowedEvents: [], readOnly: true, mayCorrect: false, mayWriteNotes: false }, elsewhere);
  expect(await screen.findByText('Noodtoegang: alleen lezen.')).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Wat kun je nu doen?' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

test('the case team sees no break-glass notice', async () => {
  renderCase(triageCase);
  expect(await screen.findByRole('region', { name: 'Wat kun je nu doen?' })).toBeInTheDocument();
  expect(screen.queryByText('Noodtoegang: alleen lezen.')).not.toBeInTheDocument();
});

test('the coming 18th birthday shows within 12 months, with what changes', async () => {
  const turns18On = inMonths(3);
  renderCase({ ...triageCase, student: { ...triageCase.student, turns18On } });
  const note = await screen.findByText(/Wordt 18 op/);
  expect(note.closest('p')).toHaveTextContent(
    'zorg via de Jeugdwet gaat dan over naar Wmo of volwassenenzorg, en ouders beslissen niet meer mee',
  );
});

test('a birthday further away does not show yet', async () => {
  renderCase({ ...triageCase, student: { ...triageCase.student, turns18On: inMonths(14) } });
  await screen.findByRole('heading', { level: 1 });
  expect(screen.queryByText(/Wordt 18 op/)).not.toBeInTheDocument();
});
