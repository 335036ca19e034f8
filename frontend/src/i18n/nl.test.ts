import {
  acceptanceRequestAcceptedByValues,
  accessLogLineActionValues,
  agreementRevisionStatusValues,
  agreementStatusValues,
  caseAllowedEventsValues,
  caseLineAnyOf0Values,
  caseNextDeadlineKindAnyOf0Values,
  caseNoteConfidentialityValues,
  caseOutcomeAnyOf0Values,
  caseStateValues,
  caseTransitionEventValues,
  caseUrgencyValues,
  consentGivenByValues,
  consentGivenHowValues,
  consentSectionsValues,
  embeddedPresenceDaysValues,
  evaluationOutcomeVerdictValues,
  measureKindValues,
  meRolesValues,
  pathsApiCasesGetParametersQuerySortValues,
  providerKindValues,
  raisedSignalStatusValues,
  signalLifeDomainsValues,
  studentTrackValues,
} from '../api/schema';
import {
  acceptedByLabel,
  agreementStatusLabel,
  measureKindLabel,
  revisionStatusLabel,
  verdictLabel,
} from '../api/agreements';
import {
  accessActionLabel,
  confidentialityLabel,
  consentGiverLabel,
  consentMethodLabel,
  dayLabel,
  deadlineKindLabel,
  eventDoneLabel,
  eventHint,
  eventLabel,
  lifeDomainLabel,
  lineLabel,
  notificationKindText,
  outcomeLabel,
  packageSectionHint,
  packageSectionLabel,
  providerKindLabel,
  purposeOf,
  recordKindText,
  roleLabel,
  rolesText,
  signalStatusHint,
  signalStatusLabel,
  sortLabel,
  stateLabel,
  trackLabel,
  urgencyHint,
  urgencyLabel,
} from './nl';

describe('the access log in Dutch', () => {
  test('names every action', () => {
    expect(accessActionLabel).toEqual({
      VIEW: 'Bekeken',
      LIST: 'In een lijst gezien',
      CREATE: 'Vastgelegd',
      CHANGE: 'Gewijzigd',
      EXPORT: 'Geëxporteerd',
      BREAK_GLASS: 'Noodtoegang',
      VIEW_ACCESS_LOG: 'Toegangslog bekeken',
    });
  });

  test('tells normal work from break-glass, with its reason', () => {
    expect(purposeOf('CARE')).toEqual({ kind: 'care', text: 'Normaal werk' });
    expect(purposeOf('BREAK_GLASS: Student belt de receptie.')).toEqual({
      kind: 'break-glass',
      text: 'Noodtoegang: Student belt de receptie.',
      reason: 'Student belt de receptie.',
    });
  });

  test('names a correction of recorded data as such', () => {
    expect(purposeOf('CORRECTION')).toEqual({ kind: 'correction', text: 'Correctie (AVG art. 16)' });
    expect(recordKindText('case-note')).toBe('Notitie');
  });

  test('reads a search of the log as the filter it was', () => {
    expect(purposeOf('studentId=12 userId=null from=1900-01-01 to=2026-03-01')).toEqual({
      kind: 'log-search',
      text: 'Zoeken in het toegangslog: student 12, t/m 1 maart 2026',
    });
    expect(purposeOf('studentId=null userId=7 from=2026-02-01 to=2026-03-01').text).toBe(
      'Zoeken in het toegangslog: gebruiker 7, vanaf 1 februari 2026, t/m 1 maart 2026',
    );
  });

  test('shows what it does not know as it comes', () => {
    expect(purposeOf('INZAGE')).toEqual({ kind: 'other', text: 'INZAGE' });
    expect(recordKindText('case-history')).toBe('Tijdlijn van een casus');
    expect(recordKindText('something-new')).toBe('something-new');
  });

  test('names the roles of a line', () => {
    expect(rolesText('SLB,ZORGCOORDINATOR')).toBe('SLB’er, Zorgcoördinator');
  });
});

test('a notification kind it does not know is a general melding', () => {
  expect(notificationKindText('BREAK_GLASS')).toBe('Noodtoegang');
  expect(notificationKindText('ACUTE_SIGNAL')).toBe('Acuut signaal');
  expect(notificationKindText('HANDOVER_UNANSWERED')).toBe('Overdracht niet beantwoord');
  expect(notificationKindText('NEW_KIND')).toBe('Melding');
});

test('names every value of the API’s enumerations, and no other', () => {
  const tables: [Record<string, string>, readonly string[]][] = [
    [stateLabel, caseStateValues],
    [eventLabel, caseAllowedEventsValues],
    [eventDoneLabel, caseTransitionEventValues],
    [eventHint, caseAllowedEventsValues],
    [lineLabel, nonNull(caseLineAnyOf0Values)],
    [deadlineKindLabel, nonNull(caseNextDeadlineKindAnyOf0Values)],
    [urgencyLabel, caseUrgencyValues],
    [urgencyHint, caseUrgencyValues],
    [lifeDomainLabel, signalLifeDomainsValues],
    [signalStatusLabel, raisedSignalStatusValues],
    [signalStatusHint, raisedSignalStatusValues],
    [outcomeLabel, nonNull(caseOutcomeAnyOf0Values)],
    [roleLabel, meRolesValues],
    [trackLabel, studentTrackValues],
    [providerKindLabel, providerKindValues],
    [consentGiverLabel, consentGivenByValues],
    [consentMethodLabel, consentGivenHowValues],
    [confidentialityLabel, caseNoteConfidentialityValues],
    [packageSectionLabel, consentSectionsValues],
    [packageSectionHint, consentSectionsValues],
    [sortLabel, pathsApiCasesGetParametersQuerySortValues],
    [accessActionLabel, accessLogLineActionValues],
    [dayLabel, embeddedPresenceDaysValues],
    [measureKindLabel, measureKindValues],
    [verdictLabel, evaluationOutcomeVerdictValues],
    [agreementStatusLabel, agreementStatusValues],
    [revisionStatusLabel, agreementRevisionStatusValues],
    [acceptedByLabel, acceptanceRequestAcceptedByValues],
  ];
  for (const [labels, values] of tables) {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  }
});

function nonNull(values: readonly (string | null)[]): string[] {
  return values.filter((value): value is string => value !== null);
}
