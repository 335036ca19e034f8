import { Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useStudents } from '../../api/queries';
import type { Student } from '../../api/types';
import { ChoiceGroup, Field } from '../../components/Form';
import { ErrorState, LoadingState } from '../../components/States';
import { useDebounced } from '../../components/useDebounced';

/** Focus an element once React has drawn the next state (the element may not exist yet). */
function focusSoon(selector: string) {
  setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
}

function describe(student: Student): string {
  return `${student.name ?? ''} (${student.studentNumber ?? ''})`;
}

/**
 * Find one of my students by name or number and pick them. Only the caller's own students are listed. Once a student
 * is picked, focus moves on to the field named by `nextFieldSelector` (the button that was pressed is gone); choosing
 * another student puts it back in the search box.
 */
export function StudentPicker({
  selected,
  onSelect,
  error,
  nextFieldSelector,
}: {
  selected: Student | null;
  onSelect: (student: Student | null) => void;
  error?: string;
  nextFieldSelector?: string;
}) {
  const [term, setTerm] = useState('');
  const q = useDebounced(term.trim());
  const students = useStudents(q, 0, 8, !selected);

  if (selected) {
    return (
      <div className="hr-picked" id="student" tabIndex={-1}>
        <p className="hr-picked__label">Student</p>
        <p className="hr-picked__name">
          {selected.name} <span className="hr-muted">· {selected.studentNumber}</span>
        </p>
        <p className="hr-muted">
          {selected.programme}, niveau {selected.level} · {selected.teamName}
        </p>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            onSelect(null);
            focusSoon('#student-search');
          }}
        >
          Andere student kiezen
        </Button>
      </div>
    );
  }

  const found = students.data?.content ?? [];
  return (
    <div className="hr-student-picker">
      <Field
        id="student-search"
        label="Zoek je student"
        required
        description="Typ (het begin van) voornaam, tussenvoegsel, achternaam of studentnummer, in elke volgorde, bijvoorbeeld Sem J. Je ziet alleen je eigen studenten."
      >
        <Textbox
          id="student-search"
          type="search"
          autoComplete="off"
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          aria-describedby="student-search-hint"
        />
      </Field>
      <ChoiceGroup id="student" legend="Kies de student" error={error}>
        {students.isPending && <LoadingState label="Studenten worden gezocht…" />}
        {students.error && <ErrorState error={students.error} onRetry={() => void students.refetch()} />}
        {!students.isPending && !students.error && found.length === 0 && (
          <Paragraph>
            {q
              ? `Geen eigen student gevonden voor "${q}". Controleer de spelling of zoek op studentnummer.`
              : 'Je hebt nog geen studenten gekoppeld gekregen.'}
          </Paragraph>
        )}
        {found.length > 0 && (
          <ul className="hr-student-results">
            {found.map((student) => (
              <li key={student.id}>
                <button
                  type="button"
                  className="hr-student-result"
                  onClick={() => {
                    onSelect(student);
                    if (nextFieldSelector) focusSoon(nextFieldSelector);
                  }}
                  aria-describedby={`student-${student.id}-hint`}
                >
                  <span className="hr-student-result__name">
                    <span className="hr-visually-hidden">Kies </span>
                    {describe(student)}
                  </span>
                  <span id={`student-${student.id}-hint`} className="hr-student-result__hint" aria-hidden="true">
                    {student.programme}, niveau {student.level} · {student.teamName}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {(students.data?.totalElements ?? 0) > found.length && (
          <Paragraph className="hr-muted">
            Er zijn meer studenten. Typ een deel van de naam om verder te zoeken.
          </Paragraph>
        )}
      </ChoiceGroup>
    </div>
  );
}
