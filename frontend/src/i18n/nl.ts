import type {
  AccessAction,
  CaseEvent,
  CaseState,
  ConsentGiver,
  Confidentiality,
  ConsentMethod,
  DayOfWeek,
  DeadlineKind,
  PackageSection,
  LifeDomain,
  Line,
  Outcome,
  ProviderKind,
  Role,
  SignalStatus,
  Track,
  Urgency,
} from '../api/types';
import type { CaseSort } from '../api/types';
import { formatDate } from '../format';

/** Every Dutch word the UI shows for a value of the API, in one place. */

export const stateLabel: Record<CaseState, string> = {
  SIGNALLED: 'Gesignaleerd',
  TRIAGE: 'In triage',
  FIRST_LINE: 'Eerste lijn',
  SECOND_LINE: 'Tweede lijn',
  REFERRED: 'Verwezen',
  WAITING: 'Wachtlijst',
  HANDOVER: 'Warme overdracht',
  EXTERNAL_CARE: 'In zorg extern',
  CLOSED: 'Afgesloten',
};

export const lineLabel: Record<Line, string> = {
  FIRST: 'Eerste lijn',
  SECOND: 'Tweede lijn',
  THIRD: 'Derde lijn',
};

/** What is due on a case's next deadline, as the caseload and the case page name it. */
export const deadlineKindLabel: Record<DeadlineKind, string> = {
  TRIAGE: 'Triage',
  CHECK_IN: 'Terugkoppeling SLB’er',
  BRIDGING_CONTACT: 'Contact overbrugging',
  EXPECTED_START: 'Verwachte start zorg',
  HANDOVER_ANSWER: 'Antwoord op overdracht',
};

export const urgencyLabel: Record<Urgency, string> = {
  NORMAL: 'Normaal',
  URGENT: 'Urgent',
  ACUTE: 'Acuut',
};

export const urgencyHint: Record<Urgency, string> = {
  NORMAL: 'Het kan in de gewone gang van zaken worden opgepakt.',
  URGENT: 'Het moet deze week worden opgepakt.',
  ACUTE: 'De veiligheid van de student of anderen is in gevaar (bijvoorbeeld suïcidaliteit, geweld, dakloos).',
};

export const lifeDomainLabel: Record<LifeDomain, string> = {
  MENTAL_HEALTH: 'Psychische gezondheid',
  PHYSICAL_HEALTH: 'Lichamelijke gezondheid',
  WELLBEING_SOCIAL: 'Welzijn en sociaal',
  HOME_FAMILY: 'Thuissituatie en gezin',
  HOUSING: 'Wonen',
  FINANCES_DEBT: 'Financiën en schulden',
  WORK_INTERNSHIP: 'Werk en stage',
  JUSTICE_SAFETY: 'Justitie en veiligheid',
  SUBSTANCE_USE: 'Middelengebruik',
  LEARNING_SCHOOL: 'Leren en school',
};

export const signalStatusLabel: Record<SignalStatus, string> = {
  RECEIVED: 'Ontvangen',
  PICKED_UP: 'Opgepakt',
  IN_SUPPORT: 'In begeleiding',
  REFERRED: 'Doorverwezen',
  CLOSED: 'Afgesloten',
};

export const signalStatusHint: Record<SignalStatus, string> = {
  RECEIVED: 'De zorgcoördinator heeft je signaal ontvangen.',
  PICKED_UP: 'De zorgcoördinator bekijkt wat de student nodig heeft.',
  IN_SUPPORT: 'De student krijgt begeleiding op school.',
  REFERRED: 'De student is doorverwezen naar hulp buiten school.',
  CLOSED: 'De hulpvraag is afgesloten.',
};

export const eventLabel: Record<CaseEvent, string> = {
  START_TRIAGE: 'Triage starten',
  DISMISS: 'Afsluiten zonder vervolg',
  ASSIGN_FIRST_LINE: 'Naar eerste lijn',
  ASSIGN_SECOND_LINE: 'Naar tweede lijn',
  REFER: 'Verwijzen',
  PLACE_ON_WAITLIST: 'Op wachtlijst plaatsen',
  START_HANDOVER: 'Warme overdracht starten',
  ACCEPT_HANDOVER: 'Overdracht accepteren',
  DECLINE_HANDOVER: 'Overdracht weigeren',
  WITHDRAW_HANDOVER: 'Overdracht intrekken',
  CARE_STARTED: 'Zorg gestart',
  END_EXTERNAL_CARE: 'Externe zorg beëindigen',
  CLOSE: 'Casus afsluiten',
  REOPEN: 'Casus heropenen',
};

/** How the timeline tells what happened, in the past tense. */
export const eventDoneLabel: Record<CaseEvent, string> = {
  START_TRIAGE: 'Triage gestart',
  DISMISS: 'Afgesloten zonder vervolg',
  ASSIGN_FIRST_LINE: 'Naar eerste lijn',
  ASSIGN_SECOND_LINE: 'Naar tweede lijn',
  REFER: 'Verwezen',
  PLACE_ON_WAITLIST: 'Op wachtlijst geplaatst',
  START_HANDOVER: 'Warme overdracht gestart',
  ACCEPT_HANDOVER: 'Overdracht geaccepteerd',
  DECLINE_HANDOVER: 'Overdracht geweigerd',
  WITHDRAW_HANDOVER: 'Overdracht ingetrokken',
  CARE_STARTED: 'Zorg gestart',
  END_EXTERNAL_CARE: 'Externe zorg beëindigd',
  CLOSE: 'Afgesloten',
  REOPEN: 'Heropend',
};

export const eventHint: Record<CaseEvent, string> = {
  START_TRIAGE: 'Je gaat beoordelen wat de student nodig heeft.',
  DISMISS: 'Er is geen vervolg nodig. Leg uit waarom.',
  ASSIGN_FIRST_LINE: 'De SLB’er begeleidt de student, met jouw advies en een moment om terug te koppelen.',
  ASSIGN_SECOND_LINE: 'Studentondersteuning biedt extra begeleiding. Kies wie de casus oppakt.',
  REFER:
    'Kies een van de voorstellen: zorgaanbieders die de student helpen op grond van leeftijd, woongemeente en levensdomeinen.',
  PLACE_ON_WAITLIST: 'De student wacht op de zorgaanbieder. Leg vast hoe school contact houdt.',
  START_HANDOVER: 'Het pakket gaat met toestemming van de student naar de zorgaanbieder.',
  ACCEPT_HANDOVER: 'Je neemt de student over. Geef de datum van het eerste contact of de intake.',
  DECLINE_HANDOVER: 'Je neemt de student niet over. Leg uit waarom.',
  WITHDRAW_HANDOVER:
    'De zorgaanbieder heeft nog niet geaccepteerd. Je trekt de overdracht in; de aanbieder krijgt bericht en ziet de casus niet meer. Leg uit waarom.',
  CARE_STARTED:
    'De zorg is echt begonnen. Geef de datum; de overbruggingscontacten van school stoppen en de zorgcoördinator krijgt bericht.',
  END_EXTERNAL_CARE: 'De externe zorg stopt. Schrijf op wat school moet weten, zonder medische details.',
  CLOSE: 'De hulpvraag is afgerond. Kies de uitkomst.',
  REOPEN: 'De casus gaat terug naar triage. Leg uit waarom.',
};

export const outcomeLabel: Record<Outcome, string> = {
  NO_FOLLOW_UP_NEEDED: 'Geen vervolg nodig',
  RESOLVED_IN_SCHOOL: 'Opgelost met begeleiding op school',
  CONTINUES_IN_EXTERNAL_CARE: 'Gaat verder in externe zorg',
  STUDENT_DECLINED_SUPPORT: 'Student wil geen (verdere) begeleiding',
  STUDENT_LEFT_SCHOOL: 'Student heeft de school verlaten',
  OTHER: 'Anders',
};

export const roleLabel: Record<Role, string> = {
  SLB: 'SLB’er',
  ZORGCOORDINATOR: 'Zorgcoördinator',
  EXTERNAL_PROFESSIONAL: 'Externe professional',
  AUDITOR: 'Auditor',
  ADMIN: 'Functioneel beheerder',
};

export const trackLabel: Record<Track, string> = {
  BOL: 'BOL',
  BBL: 'BBL',
};

export const providerKindLabel: Record<ProviderKind, string> = {
  GGZ: 'GGZ',
  WIJKTEAM: 'Wijkteam',
  JEUGDHULP: 'Jeugdhulp',
  WMO: 'Wmo-ondersteuning',
  VERSLAVINGSZORG: 'Verslavingszorg',
  SCHULDHULP: 'Schuldhulp',
  SCHOOLMAATSCHAPPELIJK_WERK: 'Schoolmaatschappelijk werk',
  JONGERENWERK: 'Jongerenwerk',
  DOORSTROOMPUNT: 'Doorstroompunt',
};

export const consentGiverLabel: Record<ConsentGiver, string> = {
  STUDENT: 'De student',
  PARENT: 'Een ouder of verzorger',
};

export const confidentialityLabel: Record<Confidentiality, string> = {
  NORMAL: 'Iedereen die aan de casus werkt',
  CONFIDENTIAL: 'Vertrouwelijk: alleen de zorgcoördinatoren van de casus',
};

export const consentMethodLabel: Record<ConsentMethod, string> = {
  IN_PERSON: 'In een gesprek op school',
  DIGITAL: 'Met een digitaal formulier',
};

/** The parts of a warm-handover package, as the student hears them when asked for consent. */
export const packageSectionLabel: Record<PackageSection, string> = {
  STUDENT: 'Gegevens van de student',
  SIGNALS: 'Wat school zag (signalen)',
  SCHOOL_SUPPORT: 'Wat school deed (begeleiding)',
  BRIDGING: 'Overbrugging en contactpersoon',
};

export const packageSectionHint: Record<PackageSection, string> = {
  STUDENT: 'Naam, geboortedatum, woongemeente en opleiding. Gaat altijd mee.',
  SIGNALS: 'De signalen met wat er werd gezien en de levensgebieden.',
  SCHOOL_SUPPORT: 'De eigenaar, het advies en de stappen in de casus tot nu toe.',
  BRIDGING: 'Wie op school contact houdt tijdens het wachten, en hoe vaak.',
};

export const sortLabel: Record<CaseSort, string> = {
  URGENCY: 'Urgentie, dan oudste eerst',
  OLDEST_FIRST: 'Oudste eerst',
  NEWEST_FIRST: 'Nieuwste eerst',
  STATE: 'Fase in de route',
};

/** Labels of the fields an event form can have: the members of CaseEventRequest. */
export const eventFieldLabel: Record<string, string> = {
  reason: 'Reden',
  advice: 'Advies voor de SLB’er',
  checkInDate: 'Datum terugkoppeling',
  ownerId: 'Eigenaar in de tweede lijn',
  providerId: 'Zorgaanbieder',
  bridging: 'Overbrugging: wie houdt contact',
  noBridgingReason: 'Of: waarom is overbrugging niet nodig',
  expectedStartDate: 'Verwachte startdatum bij de zorgaanbieder',
  firstContactDate: 'Datum eerste contact of intake',
  careStartedOn: 'Datum waarop de zorg begon',
  summary: 'Wat moet school weten',
  sections: 'Wat gaat er mee naar de zorgaanbieder',
  outcome: 'Uitkomst',
};

export const accessActionLabel: Record<AccessAction, string> = {
  VIEW: 'Bekeken',
  LIST: 'In een lijst gezien',
  CREATE: 'Vastgelegd',
  CHANGE: 'Gewijzigd',
  EXPORT: 'Geëxporteerd',
  BREAK_GLASS: 'Noodtoegang',
  VIEW_ACCESS_LOG: 'Toegangslog bekeken',
};

/** The kinds of record the access log names (`recordKind`); a kind not listed is shown as it comes. */
const recordKindLabel: Record<string, string> = {
  case: 'Casus',
  'case-history': 'Tijdlijn van een casus',
  'case-consents': 'Toestemmingen van een casus',
  consent: 'Toestemming',
  signal: 'Signaal',
  'case-note': 'Notitie',
  student: 'Student',
  'student-directory': 'Student in de schoolbrede zoekfunctie',
  'access-log': 'Toegangslog',
};

export function recordKindText(kind: string): string {
  return recordKindLabel[kind] ?? kind;
}

/** The roles an access-log line names ("SLB,ZORGCOORDINATOR"), in Dutch. */
export function rolesText(roles: string): string {
  return roles
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean)
    .map((role) => roleLabel[role as Role] ?? role)
    .join(', ');
}

/** Why something was read: normal work, break-glass with its reason, a search of the log, or else as written. */
export type Purpose =
  | { kind: 'care'; text: string }
  | { kind: 'break-glass'; text: string; reason: string }
  | { kind: 'log-search'; text: string }
  | { kind: 'correction'; text: string }
  | { kind: 'other'; text: string };

const BREAK_GLASS_PREFIX = 'BREAK_GLASS:';
const LOG_SEARCH = /^studentId=(\S+) userId=(\S+) from=(\S+) to=(\S+)$/;
const EARLIEST = '1900-01-01';

export function purposeOf(purpose: string): Purpose {
  if (purpose === 'CARE') return { kind: 'care', text: 'Normaal werk' };
  if (purpose === 'CORRECTION') return { kind: 'correction', text: 'Correctie (AVG art. 16)' };
  if (purpose.startsWith(BREAK_GLASS_PREFIX)) {
    const reason = purpose.slice(BREAK_GLASS_PREFIX.length).trim();
    return { kind: 'break-glass', text: `Noodtoegang: ${reason}`, reason };
  }
  const search = LOG_SEARCH.exec(purpose);
  if (search) {
    const [, studentId, userId, from, to] = search;
    const parts = [
      studentId !== 'null' && `student ${studentId}`,
      userId !== 'null' && `gebruiker ${userId}`,
      from !== EARLIEST && `vanaf ${formatDate(from)}`,
      `t/m ${formatDate(to)}`,
    ].filter(Boolean);
    return { kind: 'log-search', text: `Zoeken in het toegangslog: ${parts.join(', ')}` };
  }
  return { kind: 'other', text: purpose };
}

/** What a notification is about (`kind`); a kind not listed gets a general word. */
const notificationKindLabel: Record<string, string> = {
  ACUTE_SIGNAL: 'Acuut signaal',
  BREAK_GLASS: 'Noodtoegang',
  HANDOVER_UNANSWERED: 'Overdracht niet beantwoord',
  JOINT_MEETING_PLANNED: 'Driegesprek gepland',
};

export function notificationKindText(kind: string): string {
  return notificationKindLabel[kind] ?? 'Melding';
}

/** What a notification means for someone whose role cannot open its link. */
export const notificationKindHint: Record<string, string> = {
  BREAK_GLASS:
    'Een zorgcoördinator van een andere locatie kan de casussen van deze student een paar uur lezen, maar niets wijzigen. ' +
    'De reden staat in het toegangslog; alleen de privacy officer bekijkt dat. Vragen? Neem contact op met je collega of de privacy officer.',
};

export function yesNo(value: boolean | undefined): string {
  return value ? 'Ja' : 'Nee';
}

/** A day of the week, lower case as in the middle of a Dutch sentence. */
export const dayLabel: Record<DayOfWeek, string> = {
  MONDAY: 'maandag',
  TUESDAY: 'dinsdag',
  WEDNESDAY: 'woensdag',
  THURSDAY: 'donderdag',
  FRIDAY: 'vrijdag',
  SATURDAY: 'zaterdag',
  SUNDAY: 'zondag',
};
