import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type Role = NonNullable<Me['roles']>[number];
export type Permission = NonNullable<Me['permissions']>[number];
export type Student = Schemas['Student'];
export type StudentPage = Schemas['PageViewStudent'];
export type RaiseSignalRequest = Schemas['RaiseSignalRequest'];
export type RaisedSignal = Schemas['Signal'];
export type MySignal = Schemas['RaisedSignal'];
export type LifeDomain = RaiseSignalRequest['lifeDomains'][number];
export type Urgency = RaiseSignalRequest['urgency'];
export type SignalStatus = NonNullable<MySignal['status']>;
export type BridgingView = Schemas['BridgingView'];
export type CaseView = Schemas['Case'];
export type CaseState = NonNullable<CaseView['state']>;
export type CaseEvent = NonNullable<CaseView['allowedEvents']>[number];
export type Line = NonNullable<CaseView['line']>;
export type DeadlineKind = NonNullable<CaseView['nextDeadlineKind']>;
export type Outcome = NonNullable<CaseView['outcome']>;
export type CaseStudent = Schemas['CaseStudent'];
export type CaseSignal = Schemas['CaseSignal'];
export type CaseTransition = Schemas['CaseTransition'];
export type CaseEventRequest = Schemas['CaseEventRequest'];
export type Consent = Schemas['Consent'];
export type ConsentGiver = NonNullable<Consent['givenBy']>;
export type ConsentMethod = Consent['givenHow'];
export type ConsentRequest = Schemas['ConsentRequest'];
export type PackageSection = Consent['sections'][number];
export type CaseNote = Schemas['CaseNote'];
export type Confidentiality = CaseNote['confidentiality'];
export type NoteKind = CaseNote['kind'];
export type WriteNoteRequest = Schemas['WriteNoteRequest'];
export type Correction = Schemas['Correction'];
export type CorrectionRequest = Schemas['CorrectionRequest'];
export type Lifecycle = Schemas['Lifecycle'];
export type LifecycleTransition = Schemas['LifecycleTransition'];
export type Provider = Schemas['Provider'];
export type ProviderKind = NonNullable<Provider['kind']>;
export type Track = NonNullable<Student['track']>;
export type PersonRef = Schemas['PersonRef'];

export type CaseSummary = Schemas['CaseSummary'];
export type CasePage = Schemas['PageViewCaseSummary'];
export type CaseCounts = Schemas['CaseCounts'];
export type CaseloadDashboard = Schemas['CaseloadDashboard'];
export type CaseloadWeek = Schemas['Week'];
export type StaffMember = Schemas['StaffMember'];

export type DirectoryEntry = Schemas['DirectoryEntry'];
export type BreakGlassRequest = Schemas['BreakGlassRequest'];
export type BreakGlassGrant = Schemas['BreakGlassGrant'];
export type ActiveBreakGlass = Schemas['ActiveBreakGlass'];
export type AppNotification = Schemas['Notification'];
export type NotificationInbox = Schemas['NotificationInbox'];
export type AccessLogEntry = Schemas['AccessLogLine'];
export type AccessLogPage = Schemas['PageViewAccessLogLine'];
export type AccessAction = AccessLogEntry['action'];

export type AdminUser = Schemas['AdminUser'];
export type AdminUserPage = Schemas['PageViewAdminUser'];
export type NewUserRequest = Schemas['NewUserRequest'];
export type UserChangeRequest = Schemas['UserChangeRequest'];
export type AdminLocation = Schemas['AdminLocation'];
export type NewLocationRequest = Schemas['NewLocationRequest'];
export type LocationChangeRequest = Schemas['LocationChangeRequest'];
export type AdminTeam = Schemas['AdminTeam'];
export type NewTeamRequest = Schemas['NewTeamRequest'];
export type TeamChangeRequest = Schemas['TeamChangeRequest'];
export type AdminSettings = Schemas['AdminSettings'];
export type AdminProvider = Schemas['AdminProvider'];
export type ProviderRequest = Schemas['ProviderRequest'];
export type ProviderChangeRequest = Schemas['ProviderChangeRequest'];
export type ProviderContact = Schemas['ProviderContact'];
export type EmbeddedPresence = Schemas['EmbeddedPresence'];
export type DayOfWeek = EmbeddedPresence['days'][number];
export type Municipality = Schemas['Municipality'];
export type ProviderProposals = Schemas['ProviderProposals'];
export type ProviderProposal = Schemas['ProviderProposal'];
export type ProposalReason = Schemas['ProposalReason'];
export type ProposalWarning = Schemas['ProposalWarning'];
export type ProposalWaitingTime = Schemas['ProposalWaitingTime'];
/** The school days a provider can be in school on (the API takes the weekend too). */
export const SCHOOL_DAYS: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
export const PROVIDER_KINDS: readonly ProviderKind[] = [
  'GGZ',
  'WIJKTEAM',
  'JEUGDHULP',
  'WMO',
  'VERSLAVINGSZORG',
  'SCHULDHULP',
  'SCHOOLMAATSCHAPPELIJK_WERK',
  'JONGERENWERK',
  'DOORSTROOMPUNT',
];

export const ROLES: readonly Role[] = ['SLB', 'ZORGCOORDINATOR', 'EXTERNAL_PROFESSIONAL', 'AUDITOR', 'ADMIN'];

export type CaseSort = 'URGENCY' | 'OLDEST_FIRST' | 'NEWEST_FIRST' | 'STATE';

export const CASE_STATES: readonly CaseState[] = [
  'SIGNALLED',
  'TRIAGE',
  'FIRST_LINE',
  'SECOND_LINE',
  'REFERRED',
  'WAITING',
  'HANDOVER',
  'EXTERNAL_CARE',
  'CLOSED',
];
export const URGENCIES: readonly Urgency[] = ['NORMAL', 'URGENT', 'ACUTE'];
export const PACKAGE_SECTIONS: readonly PackageSection[] = ['STUDENT', 'SIGNALS', 'SCHOOL_SUPPORT', 'BRIDGING'];
export const LINES: readonly Line[] = ['FIRST', 'SECOND', 'THIRD'];
export const LIFE_DOMAINS: readonly LifeDomain[] = [
  'MENTAL_HEALTH',
  'PHYSICAL_HEALTH',
  'WELLBEING_SOCIAL',
  'HOME_FAMILY',
  'HOUSING',
  'FINANCES_DEBT',
  'WORK_INTERNSHIP',
  'JUSTICE_SAFETY',
  'SUBSTANCE_USE',
  'LEARNING_SCHOOL',
];
export const OUTCOMES: readonly Outcome[] = [
  'NO_FOLLOW_UP_NEEDED',
  'RESOLVED_IN_SCHOOL',
  'CONTINUES_IN_EXTERNAL_CARE',
  'STUDENT_DECLINED_SUPPORT',
  'STUDENT_LEFT_SCHOOL',
  'OTHER',
];
export type WaitingListRow = Schemas['WaitingListRow'];
export type BridgingContact = Schemas['BridgingContact'];
export type BridgingContactRequest = Schemas['BridgingContactRequest'];
export type MailOutbox = Schemas['MailOutbox'];
export type AdminMail = Schemas['AdminMail'];
export type MailStatus = AdminMail['status'];
