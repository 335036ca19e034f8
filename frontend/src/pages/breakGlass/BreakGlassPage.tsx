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
import { caseloadLink, DIRECTORY_LIMIT, SEARCH_MAX, StudentFacts } from './studentLinks';

/**
 * Noodtoegang: a zorgcoördinator finds any student of the school by name or student number and, for a student of
 * another location, asks for read access with a reason. What was searched for, and whom was chosen, live in the
 * address.
 */
export function BreakGlassPage() {
  const [params, setParams] = useSearchParams();
  const term = (params.get('zoek') ?? params.get('studentnummer'))?.trim() ?? '';
  const chosen = Number(params.get('student')) || undefined;
  return (
    <>
      <PageTitle>Noodtoegang</PageTitle>
      <Paragraph lead>
        Moet je nu een student van een andere locatie helpen, bijvoorbeeld na een acute melding of omdat de student bij
        jou binnenloopt? Zoek de student op naam of studentnummer.
      </Paragraph>
      <DirectorySearch
        key={`zoek-${term}`}
        initial={term}
        onSearch={(value) => setParams(value ? { zoek: value } : {})}
      />
      {term && (
        <DirectoryResult
          key={term}
          term={term}
          chosen={chosen}
          onChoose={(id) => setParams({ zoek: term, student: String(id) })}
        />
      )}
      <ActiveBreakGlass />
    </>
  );
}

function DirectorySearch({ initial, onSearch }: { initial: string; onSearch: (term: string) => void }) {
  const [term, setTerm] = useState(initial);
  const [error, setError] = useState<string | undefined>();

  function search(event: FormEvent) {
    event.preventDefault();
    const value = term.trim();
    if (!value) {
      setError('Vul een naam of studentnummer in.');
      document.getElementById('student-search')?.focus();
      return;
    }
    setError(undefined);
    onSearch(value);
  }

  return (
    <form
      role="search"
      aria-label="Student zoeken op naam of studentnummer"
      onSubmit={search}
      noValidate
      className="hr-form hr-search-form"
    >
      <Field
        id="student-search"
        label="Naam of studentnummer"
        required
        description="Voornaam, achternaam, tussenvoegsel of nummer, in elke volgorde, bijvoorbeeld Sem J of van den Berg; je zoekt in alle locaties van de school."
        error={error}
      >
        <div className="hr-search-row">
          <Textbox
            id="student-search"
            value={term}
            maxLength={SEARCH_MAX}
            autoComplete="off"
            spellCheck={false}
            invalid={Boolean(error)}
            aria-describedby={describedBy('student-search', true, Boolean(error))}
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

function DirectoryResult({
  term,
  chosen,
  onChoose,
}: {
  term: string;
  chosen: number | undefined;
  onChoose: (id: number) => void;
}) {
  const found = useDirectory(term);
  const students = found.data ?? [];
  const student = students.length === 1 ? students[0] : students.find((entry) => entry.id === chosen);
  return (
    <section aria-labelledby="resultaat-kop" className="hr-section" aria-busy={found.isFetching}>
      <h2 id="resultaat-kop" className="utrecht-heading-2">
        {students.length > 1 ? `Gevonden studenten (${students.length})` : 'Gevonden student'}
      </h2>
      {found.isPending && <LoadingState label="De student wordt gezocht…" />}
      {found.error && <ErrorState error={found.error} onRetry={() => void found.refetch()} />}
      {found.data && students.length === 0 && (
        <EmptyState title={`Geen student gevonden voor „${term}”`}>
          <Paragraph>Controleer de spelling, of zoek op minder woorden of op het studentnummer.</Paragraph>
        </EmptyState>
      )}
      {students.length > 1 && (
        <ul className="hr-choice-list" aria-label="Kies de student">
          {students.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                aria-pressed={entry.id === student?.id}
                onClick={() => onChoose(entry.id)}
              >
                {entry.name} ({entry.studentNumber}) — {entry.locationName}
              </button>
            </li>
          ))}
        </ul>
      )}
      {students.length >= DIRECTORY_LIMIT && (
        <Paragraph>Er zijn misschien meer studenten: typ meer van de naam of het nummer.</Paragraph>
      )}
      {student &&
        (student.atMyLocation ? (
          <OwnStudent student={student} />
        ) : (
          <BreakGlassRequest key={student.id} student={student} />
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
