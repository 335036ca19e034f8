import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SectionChoice, withStudent } from './SectionChoice';

test('the student details always go, and sections keep the package order', () => {
  expect(withStudent(['BRIDGING', 'SIGNALS'])).toEqual(['STUDENT', 'SIGNALS', 'BRIDGING']);
  expect(withStudent([])).toEqual(['STUDENT']);
});

test('ticking a section adds it; the student details cannot be unticked', async () => {
  const chosen: string[][] = [];
  render(<SectionChoice id="s" legend="Pakket" value={['STUDENT']} onChange={(sections) => chosen.push(sections)} />);
  expect(screen.getByRole('checkbox', { name: /Gegevens van de student/ })).toBeDisabled();
  await userEvent.click(screen.getByRole('checkbox', { name: /Wat school zag/ }));
  expect(chosen).toEqual([['STUDENT', 'SIGNALS']]);
});
