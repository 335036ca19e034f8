import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { components } from './schema';
import labels from '../i18n/nl.json';

type Schemas = components['schemas'];

export type Agreement = Schemas['Agreement'];
export type AgreementRevision = Schemas['AgreementRevision'];
export type Measure = Schemas['Measure'];
export type MeasureInput = Schemas['MeasureInput'];
export type MeasureKind = MeasureInput['kind'];
export type Evaluation = Schemas['Evaluation'];
export type EvaluationRequest = Schemas['EvaluationRequest'];
export type Verdict = Schemas['OutcomeInput']['verdict'];
export type AcceptanceRequest = Schemas['AcceptanceRequest'];
export type AcceptedBy = AcceptanceRequest['acceptedBy'];
export type EndAgreementRequest = Schemas['EndAgreementRequest'];
export type NewAgreementRequest = Schemas['NewAgreementRequest'];
export type ChangeAgreementRequest = Schemas['ChangeAgreementRequest'];
export type MeasuresCard = Schemas['MeasuresCard'];
export type TeamMeasures = Schemas['TeamMeasures'];
export type EvaluationDue = Schemas['EvaluationDue'];
export type Compliance = Schemas['Compliance'];
export type ComplianceGroup = Schemas['ComplianceGroup'];
export type OverdueAgreement = Schemas['OverdueAgreement'];
export type GroupBy = 'location' | 'programme' | 'team';

export const agreementKeys = {
  all: ['agreements'] as const,
  ofStudent: (studentId: number) => ['agreements', 'student', studentId] as const,
  revisions: (id: number) => ['agreements', 'one', id, 'revisions'] as const,
  evaluations: (id: number) => ['agreements', 'one', id, 'evaluations'] as const,
  measures: (studentId: number) => ['agreements', 'measures', studentId] as const,
  teamMeasures: ['agreements', 'measures', 'team'] as const,
  due: ['agreements', 'due'] as const,
  compliance: (asOf: string, groupBy: GroupBy) => ['compliance', asOf, groupBy] as const,
  overdue: (asOf: string, groupBy: GroupBy, group: string) => ['compliance', 'overdue', asOf, groupBy, group] as const,
  trend: (groupBy: GroupBy) => ['compliance', 'trend', groupBy] as const,
};

export function useStudentAgreements(studentId: number) {
  return useQuery({
    queryKey: agreementKeys.ofStudent(studentId),
    queryFn: () => unwrap(api.GET('/api/students/{studentId}/agreements', { params: { path: { studentId } } })),
  });
}

export function useRevisions(id: number | undefined) {
  return useQuery({
    queryKey: agreementKeys.revisions(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/agreements/{id}/revisions', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

export function useEvaluations(id: number | undefined) {
  return useQuery({
    queryKey: agreementKeys.evaluations(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/agreements/{id}/evaluations', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined,
  });
}

export function useMeasuresCard(studentId: number) {
  return useQuery({
    queryKey: agreementKeys.measures(studentId),
    queryFn: () => unwrap(api.GET('/api/students/{studentId}/measures', { params: { path: { studentId } } })),
  });
}

/** Mijn team: the students of the teams I teach in who have measures in force. */
export function useTeamMeasures() {
  return useQuery({
    queryKey: agreementKeys.teamMeasures,
    queryFn: () => unwrap(api.GET('/api/students/team-measures')),
  });
}

export function useEvaluationsDue() {
  return useQuery({
    queryKey: agreementKeys.due,
    queryFn: () => unwrap(api.GET('/api/agreements/evaluations-due', { params: { query: { weeks: 8 } } })),
  });
}

/** Every change to an agreement makes the agreement screens stale, and the worklist and figures with them. */
function useAgreementMutation<T, R>(call: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: agreementKeys.all });
      await client.invalidateQueries({ queryKey: ['compliance'] });
    },
  });
}

export function useCreateAgreement(studentId: number) {
  return useAgreementMutation((body: NewAgreementRequest) =>
    unwrap(api.POST('/api/students/{studentId}/agreements', { params: { path: { studentId } }, body })),
  );
}

export function useChangeAgreement(id: number) {
  return useAgreementMutation((body: ChangeAgreementRequest) =>
    unwrap(api.PUT('/api/agreements/{id}', { params: { path: { id } }, body })),
  );
}

export function useAcceptAgreement(id: number) {
  return useAgreementMutation((body: AcceptanceRequest) =>
    unwrap(api.POST('/api/agreements/{id}/acceptance', { params: { path: { id } }, body })),
  );
}

export function useEndAgreement(id: number) {
  return useAgreementMutation((body: EndAgreementRequest) =>
    unwrap(api.POST('/api/agreements/{id}/end', { params: { path: { id } }, body })),
  );
}

export function useEvaluate(id: number) {
  return useAgreementMutation((body: EvaluationRequest) =>
    unwrap(api.POST('/api/agreements/{id}/evaluations', { params: { path: { id } }, body })),
  );
}

export function useCompliance(asOf: string, groupBy: GroupBy) {
  return useQuery({
    queryKey: agreementKeys.compliance(asOf, groupBy),
    queryFn: () =>
      unwrap(api.GET('/api/compliance/evaluations', { params: { query: { asOf, groupBy } } })) as Promise<Compliance>,
    placeholderData: keepPreviousData,
  });
}

export function useOverdue(asOf: string, groupBy: GroupBy, group: string | undefined) {
  return useQuery({
    queryKey: agreementKeys.overdue(asOf, groupBy, group ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/compliance/evaluations/overdue', { params: { query: { asOf, groupBy, group } } })),
    enabled: group !== undefined,
  });
}

export function useTrend(groupBy: GroupBy) {
  return useQuery({
    queryKey: agreementKeys.trend(groupBy),
    queryFn: () => unwrap(api.GET('/api/compliance/evaluations/trend', { params: { query: { months: 24, groupBy } } })),
  });
}

/** The address of the figures as a download (the browser sends the session cookie with it). */
export function complianceDownload(asOf: string, groupBy: GroupBy, format: 'csv' | 'pdf'): string {
  const query = new URLSearchParams({ asOf, groupBy, format });
  return `/api/compliance/evaluations?${query.toString()}`;
}

export const measureKindLabel: Record<MeasureKind, string> = labels.measureKind;

export const verdictLabel: Record<Verdict, string> = labels.verdict;

export const agreementStatusLabel: Record<Agreement['status'], string> = labels.agreementStatus;

export const revisionStatusLabel: Record<AgreementRevision['status'], string> = labels.revisionStatus;

export const acceptedByLabel: Record<AcceptedBy, string> = labels.acceptedBy;
