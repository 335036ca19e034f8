import { Button, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useCaseCounts, useCaseload, type CaseloadFilter } from '../../api/queries';
import type { CaseState } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Pager, totalOf } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { hasRole, useSession } from '../../session/SessionContext';
import { HandoverInbox } from '../handovers/HandoverInbox';
import { CaseloadDashboard } from './CaseloadDashboard';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseTable } from './CaseTable';
import { filterFromParams, paramsFromFilter, withChange } from './caseloadFilter';
import { StateCounts } from './StateCounts';

/** The phases a case has while it is with a provider: all an external professional's list holds. */
const PROVIDER_STATES: readonly CaseState[] = ['HANDOVER', 'EXTERNAL_CARE'];

/** The zorgcoördinator's caseload, or an external professional's handovers: the same endpoint, the same table. */
export function CaseloadPage() {
  const me = useSession();
  // an external professional's list is their inbox: only what concerns them
  if (!hasRole(me, 'ZORGCOORDINATOR')) return <HandoverInbox />;
  return <Caseload />;
}

function Caseload() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const coordinator = hasRole(me, 'ZORGCOORDINATOR');
  const cases = useCaseload(filter);
  const counts = useCaseCounts(filter);

  function change(next: Partial<CaseloadFilter>) {
    setParams(paramsFromFilter(withChange(filter, next)));
  }

  function toggleState(state: CaseState) {
    const states = filter.states.includes(state)
      ? filter.states.filter((chosen) => chosen !== state)
      : [...filter.states, state];
    change({ states });
  }

  const filtered = filter.states.length > 0 || filter.line || filter.urgencies.length > 0 || filter.owner || filter.q;
  const list = cases.data?.content ?? [];
  return (
    <>
      <PageTitle>{coordinator ? 'Caseload' : 'Mijn overdrachten'}</PageTitle>
      {!coordinator && (
        <Paragraph>
          Studenten die een school via een warme overdracht aan jouw organisatie overdraagt. Je ziet een casus zolang de
          overdracht loopt en de student bij jullie in zorg is.
        </Paragraph>
      )}
      {coordinator && <CaseloadDashboard location={filter.location} />}

      <section aria-labelledby="lijst-kop" className="hr-section">
        <h2 id="lijst-kop" className="utrecht-heading-2">
          {coordinator ? (filter.states.length > 0 ? 'Casussen' : 'Open casussen') : 'Overdrachten'}
          {cases.data && <span className="hr-muted hr-count"> ({totalOf(cases.data)})</span>}
        </h2>
        {coordinator && filter.states.length === 0 && (
          <Paragraph className="hr-muted">
            Afgesloten casussen staan hier niet; kies de fase Afgesloten om ze te zien.
          </Paragraph>
        )}
        {counts.data && (
          <StateCounts
            counts={counts.data}
            selected={filter.states}
            onToggle={toggleState}
            states={coordinator ? undefined : PROVIDER_STATES}
          />
        )}
        <CaseloadFilters key={filter.q ?? ''} filter={filter} onChange={change} showOwnerAndLocation={coordinator} />
        {filtered && (
          <Button type="button" appearance="subtle-button" onClick={() => setParams(new URLSearchParams())}>
            Alle filters wissen
          </Button>
        )}
        <div aria-live="polite" aria-busy={cases.isFetching}>
          {cases.isPending && <LoadingState label="De casussen worden geladen…" />}
          {cases.error && <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />}
          {cases.data && list.length === 0 && (
            <EmptyState title={filtered ? 'Geen casussen met deze filters' : 'Er zijn geen casussen'}>
              <Paragraph>
                {filtered
                  ? 'Pas de filters aan of wis ze om alle casussen te zien.'
                  : coordinator
                    ? 'Zodra een SLB’er een signaal meldt over een student van jouw locatie, staat het hier.'
                    : 'Zodra een school een student aan jouw organisatie overdraagt, staat die hier.'}
              </Paragraph>
            </EmptyState>
          )}
          {list.length > 0 && (
            <CaseTable
              cases={list}
              sort={filter.sort}
              onSort={(sort) => change({ sort })}
              caption={coordinator ? 'Casussen van je locatie' : 'Overdrachten aan jouw organisatie'}
            />
          )}
        </div>
        {cases.data && (
          <Pager
            page={filter.page}
            totalPages={cases.data.totalPages ?? 0}
            more={cases.data.totalIsLowerBound}
            onPage={(page) => setParams(paramsFromFilter({ ...filter, page }))}
            label="Pagina's van de caseload"
          />
        )}
      </section>
    </>
  );
}
