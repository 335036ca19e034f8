import {
  caseLineAnyOf0Values,
  caseOutcomeAnyOf0Values,
  caseStateValues,
  consentSectionsValues,
  embeddedPresenceDaysValues,
  meRolesValues,
  providerKindValues,
  raiseSignalRequestLifeDomainsValues,
  raiseSignalRequestUrgencyValues,
  type components,
  type paths,
} from './schema';

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
/** The value lists of the API's enumerations, generated from openapi.json with the types (`npm run generate:api`). */
export const ROLES: readonly Role[] = meRolesValues;
export const PROVIDER_KINDS: readonly ProviderKind[] = providerKindValues;
export const CASE_STATES: readonly CaseState[] = caseStateValues;
export const URGENCIES: readonly Urgency[] = raiseSignalRequestUrgencyValues;
export const PACKAGE_SECTIONS: readonly PackageSection[] = consentSectionsValues;
export const LINES: readonly Line[] = nonNull(caseLineAnyOf0Values);
export const LIFE_DOMAINS: readonly LifeDomain[] = raiseSignalRequestLifeDomainsValues;
export const OUTCOMES: readonly Outcome[] = nonNull(caseOutcomeAnyOf0Values);
/** The school days a provider can be in school on: the API's days (it takes the weekend too) without the weekend. */
export const SCHOOL_DAYS: readonly DayOfWeek[] = embeddedPresenceDaysValues.filter(
  (day) => day !== 'SATURDAY' && day !== 'SUNDAY',
);

/** The list of a nullable member is typed with `null` as well, though it holds only the values. */
function nonNull<T>(values: readonly (T | null)[]): readonly T[] {
  return values.filter((value): value is T => value !== null);
}

export type CaseSort = NonNullable<NonNullable<paths['/api/cases']['get']['parameters']['query']>['sort']>;

export type WaitingListRow = Schemas['WaitingListRow'];
export type WaitingListOverview = Schemas['WaitingListOverview'];
export type BridgingContact = Schemas['BridgingContact'];
export type BridgingContactRequest = Schemas['BridgingContactRequest'];
export type MailOutbox = Schemas['MailOutbox'];
export type AdminMail = Schemas['AdminMail'];
export type MailStatus = AdminMail['status'];
