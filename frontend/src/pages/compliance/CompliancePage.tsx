import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  complianceDownload,
  useCompliance,
  useOverdue,
  useTrend,
  type Compliance,
  type GroupBy,
} from '../../api/agreements';
import { Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate, formatShortDate, todayIso } from '../../format';

const GROUPINGS: Record<GroupBy, string> = { location: 'Locatie', programme: 'Opleiding', team: 'Team' };

function percent(value: number | null | undefined): string {
  return value === null || value === undefined
    ? '–'
    : `${value.toLocaleString('nl-NL', { minimumFractionDigits: 1 })}%`;
}

/** Naleving: for the auditor (and the zorgcoördinator's own locations), the yearly evaluation at any past peildatum. */
export function CompliancePage() {
  const [params, setParams] = useSearchParams();
  const asOf = params.get('peildatum') ?? todayIso();
  const groupBy = (params.get('indeling') as GroupBy | null) ?? 'location';
  const group = params.get('groep') ?? undefined;
  const figures = useCompliance(asOf, groupBy);
  const [draftAsOf, setDraftAsOf] = useState(asOf);
  const [draftGroupBy, setDraftGroupBy] = useState<GroupBy>(groupBy);

  function apply(event: FormEvent) {
    event.preventDefault();
    setParams({ peildatum: draftAsOf, indeling: draftGroupBy });
  }

  return (
    <>
      <PageTitle>Naleving</PageTitle>
      <Paragraph lead>
        Hoeveel ondersteuningsafspraken op de peildatum liepen, en of ze op tijd – binnen 12 maanden – mét de student
        zijn geëvalueerd. Alleen data en aantallen, geen inhoud. Elke opvraging komt in het toegangslog.
      </Paragraph>
      <form className="hr-form hr-filters" aria-label="Peildatum kiezen" onSubmit={apply}>
        <Field id="peildatum" label="Peildatum" description="Vandaag of een dag in het verleden." markOptional={false}>
          <Textbox
            id="peildatum"
            type="date"
            max={todayIso()}
            value={draftAsOf}
            onChange={(e) => setDraftAsOf(e.target.value)}
          />
        </Field>
        <Field id="indeling" label="Indelen per" markOptional={false}>
          <select
            id="indeling"
            className="utrecht-select utrecht-select--html-select"
            value={draftGroupBy}
            onChange={(e) => setDraftGroupBy(e.target.value as GroupBy)}
          >
            {(Object.keys(GROUPINGS) as GroupBy[]).map((key) => (
              <option key={key} value={key}>
                {GROUPINGS[key]}
              </option>
            ))}
          </select>
        </Field>
        <div className="hr-form__actions">
          <Button type="submit" appearance="primary-action-button">
            Toon cijfers
          </Button>
        </div>
      </form>
      <div aria-live="polite" aria-busy={figures.isFetching}>
        {figures.isPending && <LoadingState label="De cijfers worden berekend…" />}
        {figures.error && <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />}
        {figures.data && (
          <Figures
            figures={figures.data}
            groupBy={groupBy}
            selected={group}
            onSelect={(key) => setParams({ peildatum: asOf, indeling: groupBy, groep: key })}
          />
        )}
      </div>
      {group !== undefined && <OverdueList asOf={asOf} groupBy={groupBy} group={group} />}
      <Trend groupBy={groupBy} />
    </>
  );
}

function Figures({
  figures,
  groupBy,
  selected,
  onSelect,
}: {
  figures: Compliance;
  groupBy: GroupBy;
  selected: string | undefined;
  onSelect: (key: string) => void;
}) {
  return (
    <section aria-labelledby="cijfers-kop" className="hr-section">
      <Heading level={2} id="cijfers-kop">
        Op {formatDate(figures.asOf)}: {percent(figures.total.compliantPercent)} op tijd geëvalueerd
      </Heading>
      <Paragraph>
        {figures.total.active} lopende afspraken, {figures.total.compliant} op tijd, {figures.total.overdue} te laat.{' '}
        <a className="utrecht-link" href={complianceDownload(figures.asOf, groupBy, 'csv')} download>
          Download als CSV
        </a>{' '}
        ·{' '}
        <a className="utrecht-link" href={complianceDownload(figures.asOf, groupBy, 'pdf')} download>
          Download rapport (PDF)
        </a>
      </Paragraph>
      {figures.groups.length === 0 ? (
        <EmptyState title="Geen lopende afspraken op deze peildatum" />
      ) : (
        <div className="hr-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Naleving per {GROUPINGS[groupBy].toLowerCase()}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {GROUPINGS[groupBy]}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Lopend
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Op tijd
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Te laat
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  % op tijd
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Bewijs
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {figures.groups.map((group) => (
                <tr key={group.key} className="utrecht-table__row" aria-current={group.key === selected || undefined}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {group.name}
                  </th>
                  <td className="utrecht-table__cell">{group.active}</td>
                  <td className="utrecht-table__cell">{group.compliant}</td>
                  <td className="utrecht-table__cell">{group.overdue}</td>
                  <td className="utrecht-table__cell">{percent(group.compliantPercent)}</td>
                  <td className="utrecht-table__cell">
                    {group.overdue > 0 ? (
                      <Button appearance="subtle-button" onClick={() => onSelect(group.key)}>
                        Te late van {group.name}
                      </Button>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
              <tr className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  Totaal
                </th>
                <td className="utrecht-table__cell">{figures.total.active}</td>
                <td className="utrecht-table__cell">{figures.total.compliant}</td>
                <td className="utrecht-table__cell">{figures.total.overdue}</td>
                <td className="utrecht-table__cell">{percent(figures.total.compliantPercent)}</td>
                <td className="utrecht-table__cell" />
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OverdueList({ asOf, groupBy, group }: { asOf: string; groupBy: GroupBy; group: string }) {
  const overdue = useOverdue(asOf, groupBy, group);
  return (
    <section aria-labelledby="te-laat-kop" className="hr-section">
      <Heading level={2} id="te-laat-kop">
        Te late evaluaties{overdue.data && overdue.data[0] ? ` van ${overdue.data[0].groupName}` : ''}
      </Heading>
      {overdue.isPending && <LoadingState label="De lijst wordt geladen…" />}
      {overdue.error && <ErrorState error={overdue.error} />}
      {overdue.data && (
        <div className="hr-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Te late evaluaties met gedateerd bewijs</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Studentnummer
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Eerst geaccepteerd
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Laatst geëvalueerd met student
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Uiterlijk op
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Dagen te laat
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {overdue.data.map((line) => (
                <tr key={line.agreementId} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{line.studentNumber}</td>
                  <td className="utrecht-table__cell">{formatDate(line.firstAcceptedOn)}</td>
                  <td className="utrecht-table__cell">{formatDate(line.lastEvaluatedOn)}</td>
                  <td className="utrecht-table__cell">{formatDate(line.dueOn)}</td>
                  <td className="utrecht-table__cell">{line.daysOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Trend({ groupBy }: { groupBy: GroupBy }) {
  const trend = useTrend(groupBy);
  if (!trend.data) return trend.isPending ? <LoadingState label="Het verloop wordt berekend…" /> : null;
  const data = trend.data.map((point) => ({
    label: formatShortDate(point.asOf),
    asOf: point.asOf,
    percent: point.total.compliantPercent ?? null,
    active: point.total.active,
  }));
  return (
    <section aria-labelledby="verloop-kop" className="hr-section">
      <Heading level={2} id="verloop-kop">
        Verloop
      </Heading>
      <figure className="hr-chart" aria-labelledby="verloop-caption">
        <figcaption id="verloop-caption">
          Percentage op tijd geëvalueerd aan het eind van elke maand, 24 maanden
        </figcaption>
        <div className="hr-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#d0d0d0" strokeDasharray="3 3" />
              <XAxis dataKey="label" tick={{ fill: '#333' }} />
              <YAxis domain={[0, 100]} tick={{ fill: '#333' }} />
              <Tooltip />
              <Line type="monotone" dataKey="percent" name="% op tijd" stroke="#4b2c8f" strokeWidth={3} dot={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <details className="hr-chart__table">
          <summary>Toon de cijfers als tabel</summary>
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Peildatum
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Lopend
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  % op tijd
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.map((point) => (
                <tr key={point.asOf} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDate(point.asOf)}</td>
                  <td className="utrecht-table__cell">{point.active}</td>
                  <td className="utrecht-table__cell">{percent(point.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  );
}
