import { screen } from '@testing-library/react';
import { mockApi, renderAs, slb } from '../../testing/render';
import { MeasuresOnCard } from './MeasuresOnCard';

describe('Waar kan deze student op rekenen', () => {
  test('lists the measures in force for the SLB’er', async () => {
    mockApi({
      'GET /api/students/5/measures': {
        body: {
          studentId: 5,
          inForceSince: '2025-10-01',
          measures: [
            {
              id: 1,
              kind: 'ADAPTED_ASSESSMENT',
              description: '25% extra tijd bij toetsen',
              responsible: 'Docent',
              appliesDuringInternship: false,
            },
          ],
        },
      },
    });
    renderAs(slb, <MeasuresOnCard studentId={5} />);
    expect(await screen.findByText('25% extra tijd bij toetsen')).toBeInTheDocument();
    expect(screen.getByText(/Aangepaste toetsing en examinering · Docent/)).toBeInTheDocument();
  });

  test('says so when nothing is in force', async () => {
    mockApi({ 'GET /api/students/6/measures': { body: { studentId: 6, inForceSince: null, measures: [] } } });
    renderAs(slb, <MeasuresOnCard studentId={6} />);
    expect(await screen.findByText(/geen afspraken over extra ondersteuning/)).toBeInTheDocument();
  });
});
