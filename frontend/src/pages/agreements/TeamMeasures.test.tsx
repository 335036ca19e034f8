import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderAs, slb } from '../../testing/render';
import { TeamMeasures } from './TeamMeasures';

const measure = (id: number, description: string) => ({
  id,
  kind: 'ADAPTED_ASSESSMENT' as const,
  description,
  responsible: 'Docent',
  appliesDuringInternship: true,
});

describe('Mijn team: waar kunnen de studenten op rekenen', () => {
  test('lists the students of my teams with their measures, and filters by name', async () => {
    mockApi({
      'GET /api/students/team-measures': {
        body: [
          {
            studentId: 5,
            studentNumber: '500123',
            studentName: 'Sem de Vries',
            teamName: 'Zorg en welzijn 2',
            inForceSince: '2026-09-01',
            measures: [measure(1, '25% extra tijd bij toetsen')],
          },
          {
            studentId: 6,
            studentNumber: '500456',
            studentName: 'Noor Bakker',
            teamName: 'Zorg en welzijn 2',
            inForceSince: '2026-10-01',
            measures: [measure(2, 'Toetsen in een aparte ruimte')],
          },
        ],
      },
    });
    renderAs(slb, <TeamMeasures />);
    expect(await screen.findByText('25% extra tijd bij toetsen')).toBeInTheDocument();
    expect(screen.getAllByText(/Aangepaste toetsing en examinering · Docent · ook in de bpv/)).toHaveLength(2);

    await userEvent.type(screen.getByLabelText('Zoek een student van je team'), 'noor');
    expect(screen.queryByText('25% extra tijd bij toetsen')).not.toBeInTheDocument();
    expect(screen.getByText('Toetsen in een aparte ruimte')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('Zoek een student van je team'));
    await userEvent.type(screen.getByLabelText('Zoek een student van je team'), 'xyz');
    expect(screen.getByText(/Geen student van je team past bij/)).toBeInTheDocument();
  });

  test('says so when no student of my teams has measures in force', async () => {
    mockApi({ 'GET /api/students/team-measures': { body: [] } });
    renderAs(slb, <TeamMeasures />);
    expect(await screen.findByText('Geen afspraken in je team')).toBeInTheDocument();
  });
});
