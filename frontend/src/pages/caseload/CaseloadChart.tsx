import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CaseloadWeek } from '../../api/types';
import { formatShortDate } from '../../format';

/** The caseload over the last weeks, as a chart with the same figures in a table for screen readers. */
export default function CaseloadChart({ weeks }: { weeks: CaseloadWeek[] }) {
  const data = weeks.map((week) => ({ ...week, label: week.weekStart ? formatShortDate(week.weekStart) : '' }));
  return (
    <figure className="hr-chart" aria-labelledby="chart-caption">
      <figcaption id="chart-caption">Caseload per week, de laatste {weeks.length} weken</figcaption>
      <div className="hr-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#d0d0d0" strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fill: '#333' }} />
            <YAxis allowDecimals={false} tick={{ fill: '#333' }} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="open" name="Open" stroke="#4b2c8f" strokeWidth={3} dot={false} />
            <Line
              type="monotone"
              dataKey="opened"
              name="Nieuw"
              stroke="#0a6b48"
              strokeWidth={2}
              strokeDasharray="6 3"
            />
            <Line
              type="monotone"
              dataKey="closed"
              name="Afgesloten"
              stroke="#8a4a00"
              strokeWidth={2}
              strokeDasharray="2 3"
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="hr-chart__table">
        <summary>Toon de cijfers als tabel</summary>
        <table className="utrecht-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Week van
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Open
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Nieuw
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Afgesloten
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {data.map((week) => (
              <tr key={week.weekStart} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {week.label}
                </th>
                <td className="utrecht-table__cell">{week.open}</td>
                <td className="utrecht-table__cell">{week.opened}</td>
                <td className="utrecht-table__cell">{week.closed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
