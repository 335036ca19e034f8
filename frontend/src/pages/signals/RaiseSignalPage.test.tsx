import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderAs, slb } from '../../testing/render';
import { RaiseSignalPage } from './RaiseSignalPage';

const lotte = {
  id: 12,
  studentNumber: '100234',
  name: 'Lotte Bakker',
  locationId: 4,
  programme: 'Verzorgende IG',
  level: 3,
  teamName: 'Zorg en welzijn 2',
};

function api() {
  return mockApi({
    'GET /api/students': { body: { content: [lotte], page: 0, size: 8, totalElements: 1, totalPages: 1 } },
    'GET /api/locations/4/contacts': {
      body: [{ id: 3, name: 'Noor Visser', phone: '030 123 45 67', email: 'noor@school.invalid' }],
    },
    'POST /api/signals': () => ({
      status: 201,
      body: {
        id: 5,
        caseId: 9,
        studentId: 12,
        studentName: 'Lotte Bakker',
        urgency: 'ACUTE',
        status: 'RECEIVED',
      },
    }),
  });
}

describe('Signaal melden', () => {
  test('lists what is missing when sent empty, and sends nothing', async () => {
    const { requests } = api();
    renderAs(slb, <RaiseSignalPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Signaal versturen' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(5);
    // The summary takes focus on the next animation frame, once it is painted.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  test('tells the SLB’er what to do right now when it is acute, before and after sending', async () => {
    const { requests } = api();
    const user = userEvent.setup();
    renderAs(slb, <RaiseSignalPage />);
    await user.type(screen.getByLabelText(/Zoek je student/), 'Lot');
    await user.click(await screen.findByRole('button', { name: 'Kies Lotte Bakker (100234)' }));
    await user.click(screen.getByLabelText('Psychische gezondheid'));
    await user.click(screen.getByLabelText('Acuut'));
    expect(screen.getByRole('alert')).toHaveTextContent('Bel nu de zorgcoördinator');
    expect(screen.getByRole('alert')).toHaveTextContent('Bel 112');
    // whom to call, with a number that dials
    expect(await screen.findByRole('link', { name: '030 123 45 67' })).toHaveAttribute('href', 'tel:0301234567');
    expect(screen.getByRole('alert')).toHaveTextContent('Noor Visser');
    await user.type(screen.getByLabelText('Wat zag of hoorde je?'), 'Zegt dat ze niet meer naar huis durft.');
    await user.click(screen.getByLabelText('Ja'));
    await user.click(screen.getByRole('button', { name: 'Signaal versturen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Signaal verstuurd' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Bel 112');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      studentId: 12,
      lifeDomains: ['MENTAL_HEALTH'],
      urgency: 'ACUTE',
      observation: 'Zegt dat ze niet meer naar huis durft.',
      discussedWithStudent: true,
    });
  });

  test('can be filled in with the keyboard only', async () => {
    api();
    const user = userEvent.setup();
    renderAs(slb, <RaiseSignalPage />);
    screen.getByLabelText(/Zoek je student/).focus();
    await user.keyboard('Lot');
    await screen.findByRole('button', { name: 'Kies Lotte Bakker (100234)' });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Kies Lotte Bakker (100234)' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Lotte Bakker')).toBeInTheDocument();
    // focus moves on to the first life domain, not to the page
    await waitFor(() => expect(screen.getByLabelText('Psychische gezondheid')).toHaveFocus());
    await user.keyboard(' ');
    expect(screen.getByLabelText('Psychische gezondheid')).toBeChecked();
  });
});
