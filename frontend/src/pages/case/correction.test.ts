import { formatDateTime } from '../../format';
import {
  CORRECTED_TEXT_MAX,
  CORRECTION_REASON_MAX,
  correctionProblemField,
  correctionText,
  isStale,
  toCorrectionRequest,
  validateCorrection,
} from './correction';

describe('a correction', () => {
  test('needs a corrected text and a reason', () => {
    expect(validateCorrection({ text: ' ', reason: '' }, 'Was fout.')).toEqual({
      text: 'Schrijf de juiste tekst op.',
      reason: 'Geef de reden van de correctie.',
    });
  });

  test('must change something', () => {
    expect(validateCorrection({ text: ' Was fout. ', reason: 'Op verzoek.' }, 'Was fout.')).toEqual({
      text: 'De tekst is nog hetzelfde als wat er stond. Pas aan wat niet klopt.',
    });
  });

  test('stays within what the API takes', () => {
    expect(
      validateCorrection(
        { text: 'x'.repeat(CORRECTED_TEXT_MAX + 1), reason: 'y'.repeat(CORRECTION_REASON_MAX + 1) },
        'Was fout.',
      ),
    ).toEqual({ text: 'Gebruik hooguit 4000 tekens.', reason: 'Gebruik hooguit 500 tekens.' });
    expect(
      validateCorrection(
        { text: 'x'.repeat(CORRECTED_TEXT_MAX), reason: 'y'.repeat(CORRECTION_REASON_MAX) },
        'Was fout.',
      ),
    ).toEqual({});
  });

  test('is sent trimmed, with the version that was seen', () => {
    expect(toCorrectionRequest(4, { text: '  Komt vaak te laat. ', reason: ' Op verzoek van de student. ' })).toEqual({
      version: 4,
      text: 'Komt vaak te laat.',
      reason: 'Op verzoek van de student.',
    });
  });

  test('leaves a trace of when, by whom and why, and never of what it said before', () => {
    const correction = {
      correctedAt: '2026-03-03T13:15:00Z',
      correctedBy: { id: 7, name: 'Karim Benali' },
      reason: 'Op verzoek van de student.',
    };
    expect(correctionText(correction)).toBe(
      `Gecorrigeerd op ${formatDateTime('2026-03-03T13:15:00Z')} door Karim Benali — reden: Op verzoek van de student.`,
    );
  });

  test('knows which refusals are about a field and which mean someone else was first', () => {
    expect(correctionProblemField['correction.text-unchanged']).toBe('text');
    expect(isStale('note.version-stale')).toBe(true);
    expect(isStale('signal.version-stale')).toBe(true);
    expect(isStale('case.version-stale')).toBe(false);
  });
});
