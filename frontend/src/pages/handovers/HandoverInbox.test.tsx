import { screen, within } from '@testing-library/react';
import type { Me } from '../../api/types';
import { mockApi, renderAs } from '../../testing/render';
import { HandoverInbox } from './HandoverInbox';

const professional: Me = {
  id: 21,
  username: 'ext1',
  displayName: 'Eva Jansen',
  roles: ['EXTERNAL_PROFESSIONAL'],
  locations: [],
  permissions: ['WORK_WITH_CASES', 'SEE_WAITING_LIST'],
};

test('Mijn overdrachten shows what concerns the receiver: who, when, status, first contact, whom to call', async () => {
  mockApi({
    'GET /api/handovers': {
      body: [
        {
          caseId: 41,
          student: { id: 12, studentNumber: '100234', name: 'Lotte Bakker' },
          state: 'HANDOVER',
          receivedAt: '2026-02-02T09:00:00Z',
          acceptedAt: null,
          firstContactDate: null,
          schoolContact: {
            name: 'Milan Koster',
            role: 'BRIDGING_CONTACT',
            phone: '030 123 4567',
            email: 'm.koster@school.example',
            locationName: 'Stationsplein',
          },
        },
        {
          caseId: 42,
          student: { id: 13, studentNumber: '100235', name: 'Sem de Jong' },
          state: 'EXTERNAL_CARE',
          receivedAt: '2026-01-20T09:00:00Z',
          acceptedAt: '2026-01-22T09:00:00Z',
          firstContactDate: '2026-01-27',
          schoolContact: null,
        },
      ],
    },
  });
  renderAs(professional, <HandoverInbox />);
  const table = await screen.findByRole('table', { name: 'Overdrachten aan jouw organisatie' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
  expect(headers).toEqual(['Student', 'Ontvangen op', 'Status', 'Eerste contact', 'Contactpersoon school']);
  const [, waiting, inCare] = within(table).getAllByRole('row');
  expect(within(waiting).getByRole('link', { name: 'Lotte Bakker' })).toHaveAttribute('href', '/casussen/41');
  expect(waiting).toHaveTextContent('Wacht op jouw antwoord');
  expect(waiting).toHaveTextContent('Milan Koster');
  expect(waiting).toHaveTextContent('030 123 4567');
  expect(inCare).toHaveTextContent('In zorg bij jullie');
  expect(inCare).toHaveTextContent('27 januari 2026');
  expect(table).not.toHaveTextContent(/Eigenaar|Urgentie|Lijn/);
});
