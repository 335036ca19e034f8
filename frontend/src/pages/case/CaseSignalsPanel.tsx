import { Heading } from '@utrecht/component-library-react';
import { useCaseSignals } from '../../api/queries';
import type { CaseView } from '../../api/types';
import { UrgencyBadge } from '../../components/Badges';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDateTime } from '../../format';
import { lifeDomainLabel, yesNo } from '../../i18n/nl';

/**
 * What was seen: the case's signals, newest first, at the top of the case page, so whoever opens the case reads why
 * before deciding what to do. Only for those who may see the signals (a provider only when consented).
 */
export function CaseSignalsPanel({ theCase }: { theCase: CaseView }) {
  const visible = theCase.visibleSections.includes('SIGNALS');
  const signals = useCaseSignals(theCase.id, visible);
  if (!visible) return null;
  const list = [...(signals.data ?? [])].sort((a, b) => (b.raisedAt ?? '').localeCompare(a.raisedAt ?? ''));
  return (
    <section aria-labelledby="signaal-kop" className="hr-section hr-panel">
      <Heading level={2} id="signaal-kop" appearance="utrecht-heading-3">
        {list.length > 1 ? `Wat is gezien (${list.length} signalen)` : 'Wat is gezien'}
      </Heading>
      {signals.isPending && <LoadingState label="Het signaal wordt geladen…" />}
      {signals.error && <ErrorState error={signals.error} onRetry={() => void signals.refetch()} />}
      {list.map((signal) => (
        <article key={signal.id} className="hr-signal" aria-label={`Signaal van ${formatDateTime(signal.raisedAt)}`}>
          <p className="hr-timeline__title">
            {signal.raisedByName || 'Onbekend'}, {formatDateTime(signal.raisedAt)}{' '}
            <UrgencyBadge urgency={signal.urgency} />
          </p>
          <p>
            <span className="hr-muted">Over: </span>
            {(signal.lifeDomains ?? []).map((domain) => lifeDomainLabel[domain]).join(', ')}
          </p>
          <blockquote className="hr-quote">{signal.observation}</blockquote>
          <p className="hr-muted">Besproken met de student: {yesNo(signal.discussedWithStudent)}</p>
        </article>
      ))}
    </section>
  );
}
