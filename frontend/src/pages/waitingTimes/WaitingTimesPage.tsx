import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  useWaitingTimes,
  waitingTimesCsv,
  type WaitingTimeGroup,
  type WaitingTimes,
  type WaitingTimesGroupBy,
} from '../../api/reports';
import { Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate, todayIso } from '../../format';

const GROUPINGS: Record<WaitingTimesGroupBy, string> = { provider: 'Aanbieder', municipality: 'Gemeente' };

/** A year back from a day (yyyy-mm-dd), the day after: a period of twelve whole months. */
export function yearBefore(day: string): string {
  const date = new Date(`${day}T12:00:00`);
  date.setFullYear(date.getFullYear() - 1);
  date.setDate(date.getDate() + 1);
  return todayIso(date);
}

/** Days as people read them: "35", "35,5". */
export function days(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}

/**
 * Wachttijden: for the zorgcoördinator (their locations) and the auditor (the whole school), how long students
 * waited for external care, per provider or gemeente, in a period. Groups of fewer than five cases show no figures.
 */
export function WaitingTimesPage() {
  const [params, setParams] = useSearchParams();
  const to = params.get('tot') ?? todayIso();
  const from = params.get('van') ?? yearBefore(to);
  const groupBy = (params.get('indeling') as WaitingTimesGroupBy | null) ?? 'provider';
  const report = useWaitingTimes(groupBy, from, to);
  const [draftFrom, setDraftFrom] = useState(from);
  const [draftTo, setDraftTo] = useState(to);
  const [draftGroupBy, setDraftGroupBy] = useState<WaitingTimesGroupBy>(groupBy);

  function apply(event: FormEvent) {
    event.preventDefault();
    setParams({ indeling: draftGroupBy, van: draftFrom, tot: draftTo });
  }

  return (
    <>
      <PageTitle>Wachttijden</PageTitle>
      <Paragraph lead>
        Hoe lang studenten wachtten op externe zorg: van verwijzing tot de start van de zorg, en hoe lang op de
        wachtlijst, voor de verwijzingen waarvan de zorg in de gekozen periode startte. Alleen aantallen en dagen; een
        groep met minder dan 5 casussen toont geen cijfers, zodat niemand erin te herkennen is.
      </Paragraph>
      <form className="hr-form hr-filters" aria-label="Periode en indeling kiezen" onSubmit={apply}>
        <Field id="indeling" label="Indelen per" markOptional={false}>
          <select
            id="indeling"
            className="utrecht-select utrecht-select--html-select"
            value={draftGroupBy}
            onChange={(e) => setDraftGroupBy(e.target.value as WaitingTimesGroupBy)}
          >
            {(Object.keys(GROUPINGS) as WaitingTimesGroupBy[]).map((key) => (
              <option key={key} value={key}>
                {GROUPINGS[key]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="van" label="Zorg gestart vanaf" markOptional={false}>
          <Textbox
            id="van"
            type="date"
            value={draftFrom}
            max={draftTo}
            onChange={(e) => setDraftFrom(e.target.value)}
          />
        </Field>
        <Field id="tot" label="tot en met" markOptional={false}>
          <Textbox id="tot" type="date" value={draftTo} min={draftFrom} onChange={(e) => setDraftTo(e.target.value)} />
        </Field>
        <div className="hr-form__actions">
          <Button type="submit" appearance="primary-action-button">
            Toon wachttijden
          </Button>
        </div>
      </form>
      <div aria-live="polite" aria-busy={report.isFetching}>
        {report.isPending && <LoadingState label="De wachttijden worden berekend…" />}
        {report.error && <ErrorState error={report.error} onRetry={() => void report.refetch()} />}
        {report.data && <Report report={report.data} groupBy={groupBy} />}
      </div>
    </>
  );
}

function Report({ report, groupBy }: { report: WaitingTimes; groupBy: WaitingTimesGroupBy }) {
  const shown = report.groups.filter((group) => !group.suppressed);
  const suppressed = report.groups.length - shown.length;
  const noun = GROUPINGS[groupBy].toLowerCase();
  return (
    <section aria-labelledby="wachttijden-kop" className="hr-section">
      <Heading level={2} id="wachttijden-kop">
        Zorg gestart van {formatDate(report.from)} tot en met {formatDate(report.to)}
      </Heading>
      <Paragraph>
        {report.groups.length === 1 ? `1 ${noun}` : `${report.groups.length} ${noun}s`}
        {suppressed > 0 && `, waarvan ${suppressed} met te weinig casussen om te tonen`}.{' '}
        <a className="utrecht-link" href={waitingTimesCsv(groupBy, report.from, report.to)} download>
          Download als CSV
        </a>
      </Paragraph>
      {report.groups.length === 0 ? (
        <EmptyState title="In deze periode startte bij niemand de zorg">
          Kies een langere periode, of een periode verder terug.
        </EmptyState>
      ) : (
        <>
          {shown.length > 0 && <Chart groups={shown} noun={noun} />}
          <FiguresTable groups={report.groups} groupBy={groupBy} minimum={report.minimumCases} />
        </>
      )}
    </section>
  );
}

function Chart({ groups, noun }: { groups: WaitingTimeGroup[]; noun: string }) {
  const data = groups.map((group) => ({
    name: group.name,
    median: group.referralToCareMedianDays ?? null,
    p90: group.referralToCareP90Days ?? null,
    waiting: group.waitingListMedianDays ?? null,
  }));
  return (
    <figure className="hr-chart" aria-labelledby="wachttijden-grafiek">
      <figcaption id="wachttijden-grafiek">
        Dagen van verwijzing tot start van de zorg per {noun}: mediaan en 90e percentiel, en de mediaan op de
        wachtlijst. Dezelfde cijfers staan in de tabel hieronder.
      </figcaption>
      <div className="hr-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={Math.max(220, 48 * data.length + 60)}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#d0d0d0" strokeDasharray="3 3" />
            <XAxis type="number" tick={{ fill: '#333' }} />
            <YAxis type="category" dataKey="name" width={180} tick={{ fill: '#333' }} />
            <Tooltip />
            <Legend />
            <Bar dataKey="median" name="Verwijzing → zorg, mediaan" fill="#4b2c8f" />
            <Bar dataKey="p90" name="Verwijzing → zorg, 90e percentiel" fill="#b58df0" />
            <Bar dataKey="waiting" name="Op de wachtlijst, mediaan" fill="#1f6f5c" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function FiguresTable({
  groups,
  groupBy,
  minimum,
}: {
  groups: WaitingTimeGroup[];
  groupBy: WaitingTimesGroupBy;
  minimum: number;
}) {
  const headers = [
    'Casussen',
    'Verwijzing → zorg, mediaan (dagen)',
    'Verwijzing → zorg, 90e percentiel (dagen)',
    'Op de wachtlijst',
    'Wachtlijst, mediaan (dagen)',
    'Wachtlijst, 90e percentiel (dagen)',
    'Met overbruggingsplan',
    'Contacten gedaan / gepland',
  ];
  return (
    <div className="hr-table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">Wachttijden per {GROUPINGS[groupBy].toLowerCase()}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {GROUPINGS[groupBy]}
            </th>
            {headers.map((header) => (
              <th key={header} scope="col" className="utrecht-table__header-cell">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {groups.map((group) => (
            <tr key={group.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {group.name}
              </th>
              {group.suppressed ? (
                <td className="utrecht-table__cell" colSpan={headers.length}>
                  Minder dan {minimum} casussen: geen cijfers, zodat niemand te herkennen is
                </td>
              ) : (
                <>
                  <td className="utrecht-table__cell">{group.cases}</td>
                  <td className="utrecht-table__cell">{days(group.referralToCareMedianDays)}</td>
                  <td className="utrecht-table__cell">{days(group.referralToCareP90Days)}</td>
                  <td className="utrecht-table__cell">{group.waitedCases}</td>
                  <td className="utrecht-table__cell">{days(group.waitingListMedianDays)}</td>
                  <td className="utrecht-table__cell">{days(group.waitingListP90Days)}</td>
                  <td className="utrecht-table__cell">
                    {group.bridgingPlanPercent === null || group.bridgingPlanPercent === undefined
                      ? '–'
                      : `${group.bridgingPlanPercent}%`}
                  </td>
                  <td className="utrecht-table__cell">
                    {group.contactsMade === null || group.contactsMade === undefined
                      ? '–'
                      : `${group.contactsMade} / ${group.contactsPlanned}`}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Paragraph className="hr-muted">
        Mediaan: de middelste waarde. 90e percentiel: 9 van de 10 studenten wachtten niet langer. Wachtlijstcijfers gaan
        over de studenten die op de wachtlijst stonden, en ontbreken (–) als dat er minder dan {minimum} waren.
      </Paragraph>
    </div>
  );
}
