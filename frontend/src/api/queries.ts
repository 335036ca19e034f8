import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, backendFetch, unwrap } from './client';
import { ApiError } from './problem';
import type {
  AccessAction,
  AccessLogPage,
  AdminUser,
  AdminUserPage,
  LocationChangeRequest,
  NewLocationRequest,
  NewTeamRequest,
  TeamChangeRequest,
  ProviderChangeRequest,
  ProviderRequest,
  NewUserRequest,
  Role,
  UserChangeRequest,
  BreakGlassGrant,
  CaseEvent,
  CaseEventRequest,
  CasePage,
  CaseSort,
  CaseState,
  CaseView,
  ConsentRequest,
  CorrectionRequest,
  Line,
  Me,
  NotificationInbox,
  RaiseSignalRequest,
  Urgency,
  WriteNoteRequest,
  BridgingContactRequest,
  MailStatus,
} from './types';

/** Query keys, so mutations can say exactly what became stale. */
export const keys = {
  me: ['me'] as const,
  lifecycle: ['lifecycle'] as const,
  students: (q: string, page: number, size: number) => ['students', q, page, size] as const,
  mySignals: (page: number) => ['signals', 'mine', page] as const,
  caseload: (filter: CaseloadFilter) => ['cases', 'list', filter] as const,
  caseCounts: (filter: CaseloadFilter) => ['cases', 'counts', filter] as const,
  dashboard: (location: number | undefined) => ['cases', 'dashboard', location] as const,
  case: (id: number) => ['cases', 'one', id] as const,
  caseHistory: (id: number) => ['cases', 'one', id, 'history'] as const,
  caseSignals: (id: number) => ['cases', 'one', id, 'signals'] as const,
  caseConsents: (id: number) => ['cases', 'one', id, 'consents'] as const,
  caseNotes: (id: number) => ['cases', id, 'notes'] as const,
  providers: (age: number | undefined, municipality: string | undefined) => ['providers', age, municipality] as const,
  staff: (location: number, roles: string[]) => ['staff', location, roles] as const,
  directory: (term: string) => ['students', 'directory', term] as const,
  activeBreakGlass: ['students', 'break-glass'] as const,
  notifications: (page: number) => ['notifications', page] as const,
  accessLog: (filter: AccessLogFilter) => ['access-log', filter] as const,
  adminUsers: (filter: AdminUserFilter) => ['admin', 'users', filter] as const,
  adminUser: (id: number) => ['admin', 'user', id] as const,
  adminLocations: ['admin', 'locations'] as const,
  adminTeams: ['admin', 'teams'] as const,
  adminSettings: ['admin', 'settings'] as const,
  adminProviders: ['admin', 'providers'] as const,
  municipalities: ['municipalities'] as const,
  providerProposals: (caseId: number) => ['cases', 'one', caseId, 'provider-proposals'] as const,
  adminMail: (status: string | undefined, page: number) => ['admin', 'mail', status, page] as const,
  waitingList: (filter: WaitingListFilter, page: number) => ['waiting-list', filter, page] as const,
  bridgingContacts: (caseId: number) => ['cases', 'one', caseId, 'bridging-contacts'] as const,
};

/** The waiting list's filters: one provider, only the overdue. */
export interface WaitingListFilter {
  providerId?: number;
  overdueOnly: boolean;
}

// --- session ------------------------------------------------------------------------------------------------

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Where to sign in at the school's identity provider, when this installation signs in there (the prod profile says
 * so in its 401 answer); null where users sign in with a password.
 */
export async function fetchSchoolSignIn(): Promise<string | null> {
  try {
    await unwrap(api.GET('/api/me'));
    return null;
  } catch (error) {
    const signIn = error instanceof ApiError ? error.problem.signIn : undefined;
    return typeof signIn === 'string' && signIn.startsWith('/') && !signIn.startsWith('//') ? signIn : null;
  }
}

export function useSchoolSignIn() {
  return useQuery({ queryKey: ['sign-in-method'], queryFn: fetchSchoolSignIn, staleTime: Infinity });
}

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export async function signIn(username: string, password: string): Promise<void> {
  await backendFetch('/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
}

export async function signOut(): Promise<void> {
  await backendFetch('/logout', { method: 'POST' });
}

// --- students and signals -----------------------------------------------------------------------------------

export function useStudents(q: string, page = 0, size = 20, enabled = true) {
  return useQuery({
    queryKey: keys.students(q, page, size),
    queryFn: () => unwrap(api.GET('/api/students', { params: { query: { q: q || undefined, page, size } } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useRaiseSignal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: RaiseSignalRequest) => unwrap(api.POST('/api/signals', { body: request })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['signals'] }),
  });
}

export function useMySignals(page = 0) {
  return useQuery({
    queryKey: keys.mySignals(page),
    queryFn: () => unwrap(api.GET('/api/signals', { params: { query: { raisedBy: 'me', page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

// --- the caseload -------------------------------------------------------------------------------------------

export interface CaseloadFilter {
  states: CaseState[];
  line?: Line;
  urgencies: Urgency[];
  owner?: string;
  location?: number;
  q?: string;
  sort: CaseSort;
  page: number;
  size: number;
}

/** The query parameters of GET /api/cases (and, without state, paging and sort, of /api/cases/counts). */
export function caseloadQuery(filter: CaseloadFilter) {
  return {
    state: filter.states.length > 0 ? filter.states : undefined,
    line: filter.line,
    urgency: filter.urgencies.length > 0 ? filter.urgencies : undefined,
    owner: filter.owner,
    location: filter.location,
    q: filter.q || undefined,
    sort: filter.sort,
    page: filter.page,
    size: filter.size,
  };
}

export function useCaseload(filter: CaseloadFilter) {
  return useQuery({
    queryKey: keys.caseload(filter),
    queryFn: (): Promise<CasePage> => unwrap(api.GET('/api/cases', { params: { query: caseloadQuery(filter) } })),
    placeholderData: keepPreviousData,
  });
}

/** Cases per state under the caseload's other filters (the state filter itself left out). */
export function useCaseCounts(filter: CaseloadFilter) {
  const { line, urgency, owner, location, q } = caseloadQuery(filter);
  const query = { line, urgency, owner, location, q };
  return useQuery({
    queryKey: keys.caseCounts({ ...filter, states: [], page: 0, sort: 'URGENCY' }),
    queryFn: () => unwrap(api.GET('/api/cases/counts', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCaseloadDashboard(location: number | undefined) {
  return useQuery({
    queryKey: keys.dashboard(location),
    queryFn: () => unwrap(api.GET('/api/caseload/dashboard', { params: { query: { location } } })),
  });
}

/** Colleagues at a location with one of these roles, for the owner and bridging-contact pickers. */
export function useStaff(location: number, roles: ('ZORGCOORDINATOR' | 'SLB')[]) {
  return useQuery({
    queryKey: keys.staff(location, roles),
    queryFn: () => unwrap(api.GET('/api/staff', { params: { query: { location, role: roles } } })),
    enabled: location > 0,
    staleTime: 5 * 60_000,
  });
}

// --- one case -----------------------------------------------------------------------------------------------

export function fetchCase(id: number): Promise<CaseView> {
  return unwrap(api.GET('/api/cases/{id}', { params: { path: { id } } }));
}

export function useCase(id: number) {
  return useQuery({ queryKey: keys.case(id), queryFn: () => fetchCase(id) });
}

export function useCaseHistory(id: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: keys.caseHistory(id),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/history', { params: { path: { id } } })),
  });
}

export function useCaseSignals(id: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: keys.caseSignals(id),
    queryFn: () => unwrap(api.GET('/api/cases/{caseId}/signals', { params: { path: { caseId: id } } })),
  });
}

export function useCaseNotes(id: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: keys.caseNotes(id),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/notes', { params: { path: { id } } })),
  });
}

/** A note, or with `kind` STUDENT_STATEMENT the student's own statement. */
export function useWriteNote(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: WriteNoteRequest) =>
      unwrap(api.POST('/api/cases/{id}/notes', { params: { path: { id: caseId } }, body: request })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.caseNotes(caseId) }),
  });
}

/** Correcting one note or signal: which one, and the correction. */
export interface CorrectionCall {
  id: number;
  request: CorrectionRequest;
}

/**
 * Corrects a note's text (AVG art. 16). The notes are fetched again afterwards, also after a refusal: a stale version
 * means someone else changed the note, and the form should show what it says now.
 */
export function useCorrectNote(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: CorrectionCall) =>
      unwrap(
        api.POST('/api/cases/{id}/notes/{noteId}/correction', {
          params: { path: { id: caseId, noteId: id } },
          body: request,
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: keys.caseNotes(caseId) }),
  });
}

/** Corrects what a signal says was seen (AVG art. 16); the signals are fetched again afterwards, as for notes. */
export function useCorrectSignal(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: CorrectionCall) =>
      unwrap(
        api.POST('/api/cases/{caseId}/signals/{signalId}/correction', {
          params: { path: { caseId, signalId: id } },
          body: request,
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: keys.caseSignals(caseId) }),
  });
}

export function useCaseConsents(id: number, enabled = true) {
  return useQuery({
    queryKey: keys.caseConsents(id),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/consents', { params: { path: { id } } })),
    enabled,
  });
}

export function useLifecycle() {
  return useQuery({
    queryKey: keys.lifecycle,
    queryFn: () => unwrap(api.GET('/api/lifecycle')),
    staleTime: Infinity,
  });
}

export function useProviders(age: number | undefined, municipality: string | undefined, enabled = true) {
  return useQuery({
    queryKey: keys.providers(age, municipality),
    queryFn: () => unwrap(api.GET('/api/providers', { params: { query: { age, municipality } } })),
    enabled,
  });
}

/** The gemeenten to choose from (the reference list); it changes once a year at most. */
export function useMunicipalities() {
  return useQuery({
    queryKey: keys.municipalities,
    queryFn: () => unwrap(api.GET('/api/municipalities')),
    staleTime: Infinity,
  });
}

/** Loads CBS's yearly list of gemeenten (CSV as CBS publishes it); the pickers offer it at once. */
export function useImportMunicipalities() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: string) =>
      unwrap(
        api.POST('/api/admin/municipalities/import', {
          body: file,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: keys.municipalities }),
  });
}

/** The providers that fit the case, best first, with reasons, waiting time and warnings. */
export function useProviderProposals(caseId: number) {
  return useQuery({
    queryKey: keys.providerProposals(caseId),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/provider-proposals', { params: { path: { id: caseId } } })),
  });
}

export function useFireEvent(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ event, request }: { event: CaseEvent; request: CaseEventRequest }) =>
      unwrap(api.POST('/api/cases/{id}/events/{event}', { params: { path: { id: caseId, event } }, body: request })),
    onSuccess: (updated: CaseView) => {
      client.setQueryData(keys.case(caseId), updated);
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['signals'] });
    },
  });
}

export function useGiveConsent(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ConsentRequest) =>
      unwrap(api.POST('/api/cases/{id}/consents', { params: { path: { id: caseId } }, body: request })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.caseConsents(caseId) });
      void client.invalidateQueries({ queryKey: keys.case(caseId) });
    },
  });
}

/** Withdrawal ends the provider's access at once; the case shows it. */
export function useWithdrawConsent(caseId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (consentId: number) =>
      unwrap(
        api.POST('/api/cases/{id}/consents/{consentId}/withdrawal', {
          params: { path: { id: caseId, consentId } },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.caseConsents(caseId) });
      void client.invalidateQueries({ queryKey: keys.case(caseId) });
    },
  });
}

/** The zorgcoördinatoren of a location with phone and e-mail: whom to reach. */
export function useLocationContacts(locationId: number | undefined) {
  return useQuery({
    queryKey: ['contacts', locationId] as const,
    queryFn: () => unwrap(api.GET('/api/locations/{id}/contacts', { params: { path: { id: locationId ?? 0 } } })),
    enabled: locationId !== undefined && locationId > 0,
    staleTime: 10 * 60_000,
  });
}

// --- break-glass ----------------------------------------------------------------------------------------------

/** Students of any location by name or number (any words, any order): who and where, nothing about care. */
export function useDirectory(term: string) {
  return useQuery({
    queryKey: keys.directory(term),
    queryFn: () => unwrap(api.GET('/api/students/directory', { params: { query: { q: term } } })),
    enabled: term.length > 0,
    // each look-up is logged: asked again when the term changes, not when the window gets focus
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
  });
}

/** Read access to a student of another location, with a reason; their cases then show in the caseload. */
export function useBreakGlass(studentId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string): Promise<BreakGlassGrant> =>
      unwrap(api.POST('/api/students/{id}/break-glass', { params: { path: { id: studentId } }, body: { reason } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: keys.activeBreakGlass });
    },
  });
}

/** My break-glass grants in force now, the one ending first on top. */
export function useActiveBreakGlass() {
  return useQuery({
    queryKey: keys.activeBreakGlass,
    queryFn: () => unwrap(api.GET('/api/students/break-glass')),
    // each look is logged, like the directory
    refetchOnWindowFocus: false,
  });
}

// --- notifications --------------------------------------------------------------------------------------------

/** How often the inbox is asked again while the app is in view (and always when the window gets focus again). */
export const NOTIFICATIONS_POLL_MS = 30_000;
export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The unread count and a page of my notifications, newest first; the menu shares the first page with the list. */
export function useNotifications(page = 0) {
  return useQuery({
    queryKey: keys.notifications(page),
    queryFn: (): Promise<NotificationInbox> =>
      unwrap(api.GET('/api/notifications', { params: { query: { page, size: NOTIFICATIONS_PAGE_SIZE } } })),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 5_000,
    placeholderData: keepPreviousData,
  });
}

/** Alles gelezen: every unread notification of mine is read. */
export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read')),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    // on the hook, not per call: the count is brought up to date even when the page is left for the link
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

// --- the access log -------------------------------------------------------------------------------------------

export interface AccessLogFilter {
  studentId?: number;
  /** a student number or name: any words, any order */
  student?: string;
  userId?: number;
  /** part of a user's name or username */
  user?: string;
  action?: AccessAction;
  /** only what was done under break-glass */
  breakGlass?: boolean;
  /** yyyy-mm-dd, inclusive */
  from?: string;
  /** yyyy-mm-dd, inclusive */
  to?: string;
  page: number;
  size: number;
}

/**
 * The access log for the privacy officer. Every read of it is itself logged, so it is read when the filter changes
 * or the officer asks, not each time the window gets focus.
 */
/** The address of the filtered log as CSV (the browser downloads it; the export is logged). */
export function accessLogExportUrl(filter: AccessLogFilter): string {
  const params = new URLSearchParams();
  Object.entries(filter).forEach(([name, value]) => {
    if (value !== undefined && value !== '' && value !== false && name !== 'page' && name !== 'size') {
      params.set(name, String(value));
    }
  });
  return `/api/access-log/export?${params.toString()}`;
}

export function useAccessLog(filter: AccessLogFilter) {
  return useQuery({
    queryKey: keys.accessLog(filter),
    queryFn: (): Promise<AccessLogPage> => unwrap(api.GET('/api/access-log', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
  });
}

// --- administration (functioneel beheerder) -------------------------------------------------------------------

export interface AdminUserFilter {
  q?: string;
  role?: Role;
  location?: number;
  page: number;
  size: number;
}

/** Users by name, role and location; never anything about the students they work with. */
export function useAdminUsers(filter: AdminUserFilter) {
  return useQuery({
    queryKey: keys.adminUsers(filter),
    queryFn: (): Promise<AdminUserPage> => unwrap(api.GET('/api/admin/users', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useAdminUser(id: number) {
  return useQuery({
    queryKey: keys.adminUser(id),
    queryFn: (): Promise<AdminUser> => unwrap(api.GET('/api/admin/users/{id}', { params: { path: { id } } })),
  });
}

export function useRegisterUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUserRequest): Promise<AdminUser> => unwrap(api.POST('/api/admin/users', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

/** A change against the version shown; on any answer the user and the lists are read again. */
export function useChangeUser(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UserChangeRequest): Promise<AdminUser> =>
      unwrap(api.PUT('/api/admin/users/{id}', { params: { path: { id } }, body })),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.adminUser(id) }),
        client.invalidateQueries({ queryKey: ['admin', 'users'] }),
      ]),
  });
}

export function useAdminLocations() {
  return useQuery({
    queryKey: keys.adminLocations,
    queryFn: () => unwrap(api.GET('/api/admin/locations')),
    staleTime: 60_000,
  });
}

/** Every team of every location, each with its number of enrolled students. */
export function useAdminTeams() {
  return useQuery({ queryKey: keys.adminTeams, queryFn: () => unwrap(api.GET('/api/admin/teams')) });
}

function useLocationsAndTeamsChange<Body, Result>(send: (body: Body) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.adminLocations }),
        client.invalidateQueries({ queryKey: keys.adminTeams }),
      ]),
  });
}

export function useAddLocation() {
  return useLocationsAndTeamsChange((body: NewLocationRequest) => unwrap(api.POST('/api/admin/locations', { body })));
}

export function useChangeLocation(id: number) {
  return useLocationsAndTeamsChange((body: LocationChangeRequest) =>
    unwrap(api.PUT('/api/admin/locations/{id}', { params: { path: { id } }, body })),
  );
}

export function useAddTeam() {
  return useLocationsAndTeamsChange((body: NewTeamRequest) => unwrap(api.POST('/api/admin/teams', { body })));
}

export function useChangeTeam(id: number) {
  return useLocationsAndTeamsChange((body: TeamChangeRequest) =>
    unwrap(api.PUT('/api/admin/teams/{id}', { params: { path: { id } }, body })),
  );
}

/** The settings that govern privacy and the lifecycle; they change only with the server configuration. */
export function useAdminSettings() {
  return useQuery({
    queryKey: keys.adminSettings,
    queryFn: () => unwrap(api.GET('/api/admin/settings')),
    staleTime: 5 * 60_000,
  });
}

/** Every provider, deactivated ones too. */
export function useAdminProviders() {
  return useQuery({ queryKey: keys.adminProviders, queryFn: () => unwrap(api.GET('/api/admin/providers')) });
}

export function useAddProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProviderRequest) => unwrap(api.POST('/api/admin/providers', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['providers'] }),
    onSettled: () => client.invalidateQueries({ queryKey: keys.adminProviders }),
  });
}

export function useChangeProvider(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProviderChangeRequest) =>
      unwrap(api.PUT('/api/admin/providers/{id}', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['providers'] }),
    onSettled: () => client.invalidateQueries({ queryKey: keys.adminProviders }),
  });
}

// --- the waiting list and bridging -------------------------------------------------------------------------------

/** A page of the waiting list under the filters, with the whole list's summary and its providers. */
export function useWaitingList(filter: WaitingListFilter, page: number) {
  return useQuery({
    queryKey: keys.waitingList(filter, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/waiting-list/overview', {
          params: { query: { providerId: filter.providerId, overdueOnly: filter.overdueOnly, page, size: 50 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useBridgingContacts(caseId: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: keys.bridgingContacts(caseId),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/bridging-contacts', { params: { path: { id: caseId } } })),
  });
}

/** Records a bridging contact; the waiting list, the case and its contacts then show the new due date. */
export function useRecordBridgingContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, request }: { caseId: number; request: BridgingContactRequest }) =>
      unwrap(api.POST('/api/cases/{id}/bridging-contacts', { params: { path: { id: caseId } }, body: request })),
    onSuccess: (_, { caseId }) => {
      void queryClient.invalidateQueries({ queryKey: ['waiting-list'] });
      void queryClient.invalidateQueries({ queryKey: keys.case(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}

/** The provider (or the case's zorgcoördinator) sets the expected start of a waiting case; empty clears it. */
export function useSetExpectedStart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, expectedStartDate }: { caseId: number; expectedStartDate: string | undefined }) =>
      unwrap(
        api.PUT('/api/cases/{id}/expected-start', {
          params: { path: { id: caseId } },
          body: { expectedStartDate },
        }),
      ),
    onSuccess: (_, { caseId }) => {
      void queryClient.invalidateQueries({ queryKey: ['waiting-list'] });
      void queryClient.invalidateQueries({ queryKey: keys.case(caseId) });
    },
  });
}

// --- the e-mail outbox (functioneel beheerder) --------------------------------------------------------------------

export function useMailOutbox(status: MailStatus | undefined, page: number) {
  return useQuery({
    queryKey: keys.adminMail(status, page),
    queryFn: () => unwrap(api.GET('/api/admin/mail', { params: { query: { status, page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

/** Sends a failed mail again (it keeps its Message-ID). */
export function useResendMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.POST('/api/admin/mail/{id}/resend', { params: { path: { id } }, body: { version } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'mail'] }),
  });
}
