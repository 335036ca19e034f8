import { Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useCaseNotes, useWriteNote } from '../../api/queries';
import type { CaseView, Confidentiality } from '../../api/types';
import { Choice, ChoiceGroup, Field } from '../../components/Form';
import { EmptyState, ErrorState, errorText, LoadingState } from '../../components/States';
import { formatDateTime } from '../../format';
import { confidentialityLabel } from '../../i18n/nl';
import { hasRole, useSession } from '../../session/SessionContext';

/**
 * Notities: what the people on the case want each other to know. A confidential note is for the case's own
 * zorgcoördinatoren only; the API never sends a reader a note above their level.
 */
export function CaseNotesSection({ theCase, mayWrite }: { theCase: CaseView; mayWrite: boolean }) {
  const me = useSession();
  const shown = theCase.visibleSections.includes('SCHOOL_SUPPORT');
  const notes = useCaseNotes(theCase.id, shown);
  if (!shown) return null;
  return (
    <section aria-labelledby="notities-kop" className="hr-section">
      <Heading level={2} id="notities-kop">
        Notities
      </Heading>
      {notes.isPending && <LoadingState label="De notities worden geladen…" />}
      {notes.error && <ErrorState error={notes.error} />}
      {notes.data && notes.data.length === 0 && (
        <EmptyState title="Nog geen notities">
          <Paragraph>Wat je collega’s op deze casus moeten weten, schrijf je hier.</Paragraph>
        </EmptyState>
      )}
      {notes.data && notes.data.length > 0 && (
        <ul className="hr-notes">
          {notes.data.map((note) => (
            <li
              key={note.id}
              className={note.confidentiality === 'CONFIDENTIAL' ? 'hr-note hr-note--confidential' : 'hr-note'}
            >
              <p className="hr-muted">
                {formatDateTime(note.writtenAt)} · {note.author.name}
                {note.confidentiality === 'CONFIDENTIAL' && <strong> · Vertrouwelijk</strong>}
              </p>
              <p className="hr-note__text">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && <NoteForm caseId={theCase.id} mayWriteConfidential={hasRole(me, 'ZORGCOORDINATOR')} />}
    </section>
  );
}

function NoteForm({ caseId, mayWriteConfidential }: { caseId: number; mayWriteConfidential: boolean }) {
  const [text, setText] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('NORMAL');
  const write = useWriteNote(caseId);

  function submit(event: FormEvent) {
    event.preventDefault();
    write.mutate({ text, confidentiality }, { onSuccess: () => setText('') });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="notitie-form-kop" className="hr-consent-form">
      <Heading level={3} id="notitie-form-kop" appearance="utrecht-heading-4">
        Notitie schrijven
      </Heading>
      {write.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{errorText(write.error)}</Paragraph>
        </div>
      )}
      <Field id="note-text" label="Notitie" required>
        <Textarea
          id="note-text"
          rows={3}
          maxLength={4000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      {mayWriteConfidential && (
        <ChoiceGroup id="note-confidentiality" legend="Wie mag dit lezen">
          {(Object.keys(confidentialityLabel) as Confidentiality[]).map((level) => (
            <Choice
              key={level}
              id={`note-confidentiality-${level}`}
              type="radio"
              name="note-confidentiality"
              value={level}
              label={confidentialityLabel[level]}
              checked={confidentiality === level}
              onChange={() => setConfidentiality(level)}
            />
          ))}
        </ChoiceGroup>
      )}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={write.isPending}
          disabled={write.isPending || !text.trim()}
        >
          Notitie opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
