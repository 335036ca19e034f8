import { FormLabel, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { measureKindLabel, useTeamMeasures } from '../../api/agreements';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate } from '../../format';

/**
 * Mijn team: what the students of the teams I teach in may count on, so every teacher applies the same measures.
 * Only the measures: the API gives nothing about the need behind them.
 */
export function TeamMeasures() {
  const team = useTeamMeasures();
  const [filter, setFilter] = useState('');
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (team.data ?? []).filter((student) =>
    words.every((word) => `${student.studentName} ${student.studentNumber}`.toLowerCase().includes(word)),
  );
  return (
    <section aria-labelledby="team-kop" className="hr-section">
      <Heading level={2} id="team-kop">
        Waar kunnen de studenten van je team op rekenen?
      </Heading>
      <Paragraph>
        De studenten van de teams waarin jij lesgeeft met afspraken over extra ondersteuning die nu gelden. Je ziet
        alleen wat er is afgesproken, niet waarom.
      </Paragraph>
      {team.isPending && <LoadingState label="De afspraken van je team worden geladen…" />}
      {team.error && <ErrorState error={team.error} onRetry={() => void team.refetch()} />}
      {team.data && team.data.length === 0 && (
        <EmptyState title="Geen afspraken in je team">
          <Paragraph>Voor geen enkele student van je team gelden nu afspraken over extra ondersteuning.</Paragraph>
        </EmptyState>
      )}
      {team.data && team.data.length > 0 && (
        <>
          <div className="hr-filter hr-filter--search">
            <FormLabel htmlFor="team-filter">Zoek een student van je team</FormLabel>
            <Textbox
              id="team-filter"
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
          </div>
          <div className="hr-table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Afspraken per student van je team</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    Student
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Team
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    Afspraken
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {shown.map((student) => (
                  <tr className="utrecht-table__row" key={student.studentId}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {student.studentName}
                      <br />
                      <span className="hr-muted">{student.studentNumber}</span>
                    </th>
                    <td className="utrecht-table__cell">{student.teamName}</td>
                    <td className="utrecht-table__cell">
                      <ul>
                        {student.measures.map((measure) => (
                          <li key={measure.id}>
                            {measure.description}{' '}
                            <span className="hr-muted">
                              ({measureKindLabel[measure.kind]} · {measure.responsible}
                              {measure.appliesDuringInternship ? ' · ook in de bpv' : ''})
                            </span>
                          </li>
                        ))}
                      </ul>
                      <span className="hr-muted">Geldt sinds {formatDate(student.inForceSince)}.</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && <Paragraph>Geen student van je team past bij ‘{filter}’.</Paragraph>}
        </>
      )}
    </section>
  );
}
