import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

export type HandoverPackage = Schemas['HandoverPackage'];
export type SchoolContact = Schemas['SchoolContact'];
export type ReceivedHandover = Schemas['ReceivedHandover'];
export type JointMeeting = Schemas['JointMeeting'];
export type JointMeetingRequest = Schemas['JointMeetingRequest'];
export type JointMeetingHeldRequest = Schemas['JointMeetingHeldRequest'];

export const handoverKeys = {
  inbox: ['handovers'] as const,
  package: (caseId: number) => ['cases', 'one', caseId, 'handover-package'] as const,
  meetings: (caseId: number) => ['cases', 'one', caseId, 'joint-meetings'] as const,
};

/** The package of the case's latest handover as it was sent; a case never handed over has none (404). */
export function useHandoverPackage(caseId: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: handoverKeys.package(caseId),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/handover-package', { params: { path: { id: caseId } } })),
    retry: false,
  });
}

/** Mijn overdrachten: the handovers to my provider. */
export function useReceivedHandovers() {
  return useQuery({
    queryKey: handoverKeys.inbox,
    queryFn: () => unwrap(api.GET('/api/handovers')),
  });
}

export function useJointMeetings(caseId: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: handoverKeys.meetings(caseId),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/joint-meetings', { params: { path: { id: caseId } } })),
  });
}

export function usePlanJointMeeting(caseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: JointMeetingRequest) =>
      unwrap(api.POST('/api/cases/{id}/joint-meetings', { params: { path: { id: caseId } }, body: request })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: handoverKeys.meetings(caseId) }),
  });
}

export function useRecordJointMeetingHeld(caseId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, request }: { meetingId: number; request: JointMeetingHeldRequest }) =>
      unwrap(
        api.POST('/api/cases/{id}/joint-meetings/{meetingId}/held', {
          params: { path: { id: caseId, meetingId } },
          body: request,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: handoverKeys.meetings(caseId) }),
  });
}

/** Whom the receiver calls at school, in words. */
export const contactRoleLabel: Record<string, string> = {
  BRIDGING_CONTACT: 'contactpersoon overbrugging',
  ZORGCOORDINATOR: 'zorgcoördinator',
};
