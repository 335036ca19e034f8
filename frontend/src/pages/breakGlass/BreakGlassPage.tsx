import { Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDirectory } from '../../api/queries';
import type { DirectoryEntry } from '../../api/types';
import { describedBy, Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { ActiveBreakGlass } from './ActiveBreakGlass';
import { BreakGlassRequest } from './BreakGlassRequest';
import { caseloadLink, STUDENT_NUMBER_MAX, StudentFacts } from './studentLinks';

/**
 * Noodtoegang: a zorgcoördinator finds any student of the school by student number and, for a student of another
 * location, asks for read access with a reason. The number searched for lives in the address.
 */
export function BreakGlassPage() {
  const [params, setParams] = useSearchParams();
  const studentNumber = params.get('studentnummer')?.trim() ?? '';
  return (
    <>
      <PageTitle>Noodtoegang</PageTitle>
      <Paragraph lead>
        Moet je nu een student van een andere locatie helpen, bijvoorbeeld na een acute melding of omdat de student bij
        jou binnenloopt? Zoek de student op studentnummer.
      </Paragraph>
      <DirectorySearch
        key={`zoek-${studentNumber}`}
        initial={studentNumber}
        onSearch={(number) => setParams(number ? { studentnummer: number } : {})}
      />
      {studentNumber && <DirectoryResult key={studentNumber} studentNumber={studentNumber} />}
      <ActiveBreakGlass />
    </>
  );
}

function DirectorySearch({ initial, onSearch }: { initial: string; onSearch: (studentNumber: string) => void }) {
  const [term, setTerm] = useState(initial);
  const [error, setError] = useState<string | undefined>();

  function search(event: FormEvent) {
    event.preventDefault();
    const number = term.trim();
    if (!number) {
      setError('Vul een studentnummer in.');
      document.getElementById('student-number')?.focus();
      return;
    }
    setError(undefined);
    onSearch(number);
  }

  return (
    <form
      role="search"
      aria-label="Student zoeken op studentnummer"
      onSubmit={search}
      noValidate
      className="hr-form hr-search-form"
    >
      <Field
        id="student-number"
        label="Studentnummer"
        required
        description="Het volledige nummer; je zoekt in alle locaties van de school."
        error={error}
      >
        <div className="hr-search-row">
          <Textbox
            id="student-number"
            value={term}
            maxLength={STUDENT_NUMBER_MAX}
            autoComplete="off"
            spellCheck={false}
            invalid={Boolean(error)}
            aria-describedby={describedBy('student-number', true, Boolean(error))}
            onChange={(event) => setTerm(event.target.value)}
          />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Zoeken
          </button>
        </div>
      </Field>
    </form>
  );
}

function DirectoryResult({ studentNumber }: { studentNumber: string }) {
  const found = useDirectory(studentNumber);
  return (
    <section aria-labelledby="resultaat-kop" className="hr-section" aria-busy={found.isFetching}>
      <h2 id="resultaat-kop" className="utrecht-heading-2">
        Gevonden student
      </h2>
      {found.isPending && <LoadingState label="De student wordt gezocht…" />}
      {found.error && <ErrorState error={found.error} onRetry={() => void found.refetch()} />}
      {found.data && found.data.length === 0 && (
        <EmptyState title={`Geen student met studentnummer ${studentNumber}`}>
          <Paragraph>Controleer het nummer: het moet precies kloppen, ook letters en streepjes.</Paragraph>
        </EmptyState>
      )}
      {found.data?.[0] &&
        (found.data[0].atMyLocation ? (
          <OwnStudent student={found.data[0]} />
        ) : (
          <BreakGlassRequest student={found.data[0]} />
        ))}
    </section>
  );
}

/** A student of one of my own locations: no break-glass needed, their cases are in my caseload. */
function OwnStudent({ student }: { student: DirectoryEntry }) {
  return (
    <>
      <StudentFacts student={student} />
      <div className="utrecht-alert utrecht-alert--info">
        <Paragraph>
          {student.name} studeert op {student.locationName}, een locatie waar jij werkt. Je hebt geen noodtoegang nodig:
          je ziet de casussen van deze student al.
        </Paragraph>
        <Paragraph>
          <Link to={caseloadLink(student.studentNumber)} className="utrecht-link">
            Bekijk de casussen van {student.name} in je caseload
          </Link>
        </Paragraph>
      </div>
    </>
  );
}
