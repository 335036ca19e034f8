import { cronText, daysText, durationText, periodText } from './settingsText';

describe('settings in plain Dutch', () => {
  test('periods', () => {
    expect(periodText('P2Y')).toBe('2 jaar');
    expect(periodText('P1Y6M')).toBe('1 jaar en 6 maanden');
    expect(periodText('P1M')).toBe('1 maand');
    expect(periodText('P30D')).toBe('30 dagen');
    expect(periodText('P0D')).toBe('direct');
    expect(periodText('nonsense')).toBe('nonsense');
  });

  test('durations', () => {
    expect(durationText('PT4H')).toBe('4 uur');
    expect(durationText('PT1H30M')).toBe('1 uur en 30 minuten');
    expect(durationText('PT1M')).toBe('1 minuut');
    expect(durationText('P1D')).toBe('P1D');
  });

  test('the retention schedule', () => {
    expect(cronText('0 30 2 * * *')).toBe('elke nacht om 02:30');
    expect(cronText('0 0 18 * * *')).toBe('elke dag om 18:00');
    expect(cronText('-')).toBe('uitgeschakeld');
    expect(cronText('0 0 3 * * MON')).toBe('volgens de planning ‘0 0 3 * * MON’');
  });

  test('days and working days', () => {
    expect(daysText(0)).toBe('dezelfde dag');
    expect(daysText(1)).toBe('binnen 1 dag');
    expect(daysText(7)).toBe('binnen 7 dagen');
    expect(daysText(5, true)).toBe('binnen 5 werkdagen');
  });
});
