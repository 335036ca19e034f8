import { Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useEvaluationsDue } from '../../api/agreements';
import { useStudents } from '../../api/queries';
import { Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useDebounced } from '../../components/useDebounced';
import { formatDate } from '../../format';

/** Evaluaties: the zorgcoördinator's worklist of yearly evaluations due within 8 weeks or overdue, and a way to any student's agreements. */
export function EvaluationsPage() {
  const due = useEvaluationsDue();
  return (
    <>
      <PageTitle>Evaluaties</PageTitle>
      <Paragraph lead>
        Ondersteuningsafspraken moeten minstens eens per jaar mét de student geëvalueerd worden. Hier staan de afspraken
        van jouw locaties waarvan de evaluatie binnen 8 weken moet, of te laat is.
      </Paragraph>
      <section aria-labelledby="due-kop" className="hr-section">
        <Heading level={2} id="due-kop">
          Binnenkort of te laat
        </Heading>
        {due.isPending && <LoadingState label="De evaluaties worden geladen…" />}
        {due.error && <ErrorState error={due.error} onRetry={() => void due.refetch()} />}
        {due.data && due.data.length === 0 && (
          <EmptyState title="Niets te evalueren in de komende 8 weken">
            <Paragraph>Alle lopende afspraken zijn op tijd geëvalueerd.</Paragraph>
          </EmptyState>
        )}
        {due.data && due.data.length > 0 && (
          <div className="hr-table-scroll">
            <table className="utrecht-table">
              <caption className="utrecht-table__caption">Evaluaties die binnen 8 weken moeten of te laat zijn</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Student
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Locatie
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Laatst geëvalueerd
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Uiterlijk
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Wanneer
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {due.data.map((line) => (
                  <tr key={line.agreementId} className="utrecht-table__row">
                    <td className="utrecht-table__cell">
                      <Link
                        to={`/afspraken/studenten/${line.studentId}`}
                        state={{ studentName: line.studentName }}
                        className="utrecht-link"
                      >
                        {line.studentName} ({line.studentNumber})
                      </Link>
                    </td>
                    <td className="utrecht-table__cell">{line.locationName}</td>
                    <td className="utrecht-table__cell">{formatDate(line.lastEvaluatedOn)}</td>
                    <td className="utrecht-table__cell">{formatDate(line.dueOn)}</td>
                    <td className="utrecht-table__cell">
                      {line.overdue ? (
                        <strong className="hr-overdue">{-line.daysUntilDue} dagen te laat</strong>
                      ) : (
                        `over ${line.daysUntilDue} dagen`
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <FindStudent />
    </>
  );
}

function FindStudent() {
  const [term, setTerm] = useState('');
  const q = useDebounced(term.trim());
  const students = useStudents(q, 0, 8, q.length > 0);
  return (
    <section aria-labelledby="zoek-kop" className="hr-section">
      <Heading level={2} id="zoek-kop">
        Afspraken van een student
      </Heading>
      <Field id="zoek-student" label="Zoek een student" description="Naam of studentnummer.">
        <Textbox id="zoek-student" value={term} onChange={(e) => setTerm(e.target.value)} autoComplete="off" />
      </Field>
      {students.data && (
        <ul aria-live="polite">
          {(students.data.content ?? []).map((student) => (
            <li key={student.id}>
              <Link
                to={`/afspraken/studenten/${student.id}`}
                state={{ studentName: student.name }}
                className="utrecht-link"
              >
                Afspraken van {student.name} ({student.studentNumber})
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
