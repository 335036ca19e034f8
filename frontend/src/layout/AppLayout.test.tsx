import { act, screen } from '@testing-library/react';
import { mockApi, renderAs, zorgcoordinator } from '../testing/render';
import { AppLayout, navigationFor } from './AppLayout';

test('the menu shows each role only its own pages, and everyone their notifications', () => {
  const labels = (roles: Parameters<typeof navigationFor>[0]['roles']) =>
    navigationFor({ roles }).map((item) => item.label);
  expect(labels(['SLB'])).toEqual(['Signaal melden', 'Mijn signalen', 'Overbrugging', 'Meldingen']);
  expect(labels(['ZORGCOORDINATOR'])).toEqual([
    'Caseload',
    'Wachtlijst',
    'Evaluaties',
    'Naleving',
    'Wachttijden',
    'Noodtoegang',
    'Meldingen',
  ]);
  expect(labels(['EXTERNAL_PROFESSIONAL'])).toEqual(['Mijn overdrachten', 'Wachtlijst', 'Meldingen']);
  expect(labels(['AUDITOR'])).toEqual(['Overzicht', 'Naleving', 'Wachttijden', 'Toegangslog', 'Meldingen']);
  expect(labels(['ADMIN'])).toEqual([
    'Overzicht',
    'Gebruikers',
    'Locaties en teams',
    'Sociale kaart',
    'Instellingen',
    'E-mail',
    'Meldingen',
  ]);
});

test('the notifications item carries the unread count', () => {
  expect(navigationFor({ roles: ['ZORGCOORDINATOR'] }, 2).at(-1)).toEqual({
    to: '/meldingen',
    label: 'Meldingen',
    unread: 2,
  });
});

test('the menu shows how many notifications are unread, and says so when a new one arrives', async () => {
  let unread = 1;
  mockApi({
    'GET /api/notifications': () => ({
      body: { unread, notifications: { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 } },
    }),
  });
  const { client } = renderAs(zorgcoordinator, <AppLayout />);
  // jsdom puts a space before the closing bracket that a browser does not
  expect(await screen.findByRole('link', { name: /^Meldingen \(1 ongelezen ?\)$/ })).toBeInTheDocument();
  expect(screen.getByTestId('notification-announcement')).toBeEmptyDOMElement();

  unread = 2;
  await act(() => client.refetchQueries({ queryKey: ['notifications'] }));
  expect(await screen.findByRole('link', { name: /^Meldingen \(2 ongelezen ?\)$/ })).toBeInTheDocument();
  expect(screen.getByTestId('notification-announcement')).toHaveTextContent('Je hebt een nieuwe melding.');

  unread = 0;
  await act(() => client.refetchQueries({ queryKey: ['notifications'] }));
  expect(await screen.findByRole('link', { name: 'Meldingen' })).toHaveTextContent(/^Meldingen$/);
});
