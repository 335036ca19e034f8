import type { CaseState, SignalStatus, Urgency } from '../api/types';
import { signalStatusLabel, stateLabel, urgencyLabel } from '../i18n/nl';

export function UrgencyBadge({ urgency }: { urgency: Urgency | undefined }) {
  if (!urgency) return null;
  return <span className={`hr-badge hr-badge--urgency-${urgency.toLowerCase()}`}>{urgencyLabel[urgency]}</span>;
}

export function StateBadge({ state }: { state: CaseState | undefined }) {
  if (!state) return null;
  return <span className={`hr-badge hr-badge--state-${state.toLowerCase()}`}>{stateLabel[state]}</span>;
}

export function SignalStatusBadge({ status }: { status: SignalStatus | undefined }) {
  if (!status) return null;
  return <span className={`hr-badge hr-badge--status-${status.toLowerCase()}`}>{signalStatusLabel[status]}</span>;
}
