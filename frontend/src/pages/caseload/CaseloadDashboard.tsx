import { Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useCaseloadDashboard } from '../../api/queries';
import type { CaseloadDashboard as DashboardData, Line } from '../../api/types';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate, formatDays } from '../../format';
import { lineLabel } from '../../i18n/nl';

// the chart library is large: it loads only when the dashboard is shown
const CaseloadChart = lazy(() => import('./CaseloadChart'));

const LINE_ORDER: Line[] = ['FIRST', 'SECOND', 'THIRD'];

/** The caseload filtered on signals waiting for triage, the longest-waiting first. */
export const UNTRIAGED_LIST = '/caseload?fase=SIGNALLED&sortering=OLDEST_FIRST';

/** The figures above the caseload: per line, new this week, the oldest untriaged signal, 12 weeks. */
export function CaseloadDashboard({ location }: { location: number | undefined }) {
  const dashboard = useCaseloadDashboard(location);
  if (dashboard.isPending) return <LoadingState label="Het dashboard wordt geladen…" />;
  if (dashboard.error) {
    return (
      <ErrorState
        error={dashboard.error}
        title="Het dashboard is niet beschikbaar"
        onRetry={() => void dashboard.refetch()}
      />
    );
  }
  return <DashboardView data={dashboard.data} />;
}

export function DashboardView({ data }: { data: DashboardData }) {
  const oldest = data.oldestUntriaged;
  return (
    <section aria-labelledby="dashboard-kop" className="hr-dashboard">
      <Heading level={2} id="dashboard-kop" className="hr-visually-hidden">
        Dashboard
      </Heading>
      <ul className="hr-tiles">
        <li className="hr-tile">
          <p className="hr-tile__label">Open casussen per lijn</p>
          <dl className="hr-tile__lines">
            <div>
              <dt>Nog geen lijn</dt>
              <dd>{data.casesBeforeALine ?? 0}</dd>
            </div>
            {LINE_ORDER.map((line) => (
              <div key={line}>
                <dt>{lineLabel[line]}</dt>
                <dd>{data.casesPerLine?.[line] ?? 0}</dd>
              </div>
            ))}
          </dl>
          <p className="hr-tile__note">
            Nog geen lijn: gesignaleerd of in triage. Eerste en tweede lijn zijn de fases met die naam hieronder; de
            derde lijn telt Verwezen, Wachtlijst, Warme overdracht en In zorg extern samen.
          </p>
        </li>
        <li className="hr-tile">
          <p className="hr-tile__label">Nieuwe signalen deze week</p>
          <p className="hr-tile__value">{data.newSignalsThisWeek ?? 0}</p>
        </li>
        <li className="hr-tile">
          <p className="hr-tile__label">Oudste signaal zonder triage</p>
          {oldest?.caseId ? (
            <>
              <p className="hr-tile__value">{formatDays(oldest.daysWaiting)}</p>
              <Link to={UNTRIAGED_LIST} className="utrecht-link hr-block">
                Alle signalen zonder triage, oudste eerst
              </Link>
              <Link to={`/casussen/${oldest.caseId}`} className="utrecht-link hr-block">
                Open het oudste (gemeld {formatDate(oldest.signalledAt)})
              </Link>
            </>
          ) : (
            <p className="hr-tile__value">Geen</p>
          )}
        </li>
      </ul>
      {data.weeks && data.weeks.length > 0 ? (
        <Suspense fallback={<LoadingState label="De grafiek wordt geladen…" />}>
          <CaseloadChart weeks={data.weeks} />
        </Suspense>
      ) : (
        <EmptyState title="Verloop over 12 weken">
          <Paragraph>Er zijn nog geen cijfers over de afgelopen weken.</Paragraph>
        </EmptyState>
      )}
    </section>
  );
}
