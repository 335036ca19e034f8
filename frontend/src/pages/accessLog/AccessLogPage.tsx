import { Paragraph } from '@utrecht/component-library-react';
import { Link, useSearchParams } from 'react-router';
import { accessLogExportUrl, useAccessLog } from '../../api/queries';
import { PageTitle } from '../../components/PageTitle';
import { Pager, totalOf } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { AccessLogFilters } from './AccessLogFilters';
import { AccessLogTable } from './AccessLogTable';
import { filterFromParams, GROUP_MINUTES, isFiltered, paramsFromFilter } from './accessLogFilter';

/** Toegangslog: who read or changed which student's data, when, in which role and why. For the privacy officer. */
export function AccessLogPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const log = useAccessLog(filter);
  const filtered = isFiltered(filter);
  const entries = log.data?.content ?? [];
  return (
    <>
      <PageTitle>Toegangslog</PageTitle>
      <Paragraph lead>
        Wie welke gegevens van een student bekeek, vastlegde of wijzigde: wanneer, in welke rol en waarom. Het log wordt
        alleen aangevuld, nooit gewijzigd. Ook dat jij hier zoekt, komt erin.
      </Paragraph>
      <AccessLogFilters
        key={paramsFromFilter({ ...filter, page: 0 }).toString()}
        filter={filter}
        onApply={(next) => setParams(paramsFromFilter(next))}
      />
      {filtered && (
        <Paragraph>
          <Link to="/toegangslog" className="utrecht-link">
            Alle filters wissen
          </Link>
        </Paragraph>
      )}
      <section aria-labelledby="log-kop" className="hr-section">
        <h2 id="log-kop" className="utrecht-heading-2">
          Regels
          {log.data && <span className="hr-muted hr-count"> ({totalOf(log.data)})</span>}
        </h2>
        <Paragraph className="hr-muted">
          Regels met noodtoegang zijn gemarkeerd. Herhaald lezen door dezelfde persoon van dezelfde student binnen{' '}
          {GROUP_MINUTES} minuten staat op één regel (elke keer blijft in het log). Kies een gebruiker of student in de
          tabel om alleen diens regels te zien.
        </Paragraph>
        {log.data && log.data.totalElements > 0 && (
          <Paragraph>
            <a className="utrecht-link" href={accessLogExportUrl(filter)} download>
              Deze regels downloaden (CSV)
            </a>{' '}
            <span className="hr-muted">— ook de download komt in het log.</span>
          </Paragraph>
        )}
        <div aria-live="polite" aria-busy={log.isFetching}>
          {log.isPending && <LoadingState label="Het toegangslog wordt geladen…" />}
          {log.error && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
          {log.data && entries.length === 0 && (
            <EmptyState title={filtered ? 'Geen regels met deze filters' : 'Het toegangslog is nog leeg'}>
              <Paragraph>
                {filtered
                  ? 'Pas de filters aan of wis ze om alle regels te zien.'
                  : 'Zodra iemand gegevens van een student bekijkt of wijzigt, staat het hier.'}
              </Paragraph>
            </EmptyState>
          )}
          {entries.length > 0 && <AccessLogTable entries={entries} filter={filter} />}
        </div>
        {log.data && (
          <Pager
            page={filter.page}
            totalPages={log.data.totalPages}
            more={log.data.totalIsLowerBound}
            onPage={(page) => setParams(paramsFromFilter({ ...filter, page }))}
            label="Pagina's van het toegangslog"
          />
        )}
      </section>
    </>
  );
}
