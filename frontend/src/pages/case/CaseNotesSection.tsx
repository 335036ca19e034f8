import { Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useCaseNotes, useCorrectNote, useWriteNote } from '../../api/queries';
import type { CaseNote, CaseView, Confidentiality, NoteKind } from '../../api/types';
import { Choice, ChoiceGroup, Field } from '../../components/Form';
import { EmptyState, ErrorState, errorText, LoadingState } from '../../components/States';
import { formatDateTime } from '../../format';
import { confidentialityLabel } from '../../i18n/nl';
import { hasRole, useSession } from '../../session/SessionContext';
import { CorrectionForm, CorrectionTrace } from './CorrectionForm';

/**
 * Notities: what the people on the case want each other to know, and the student's own statements. A confidential
 * note is for the case's own zorgcoördinatoren only; the API never sends a reader a note above their level. The
 * case's own zorgcoördinatoren correct a note that is wrong and write down what the student wants to add.
 */
export function CaseNotesSection({
  theCase,
  mayWrite,
  mayCorrect,
}: {
  theCase: CaseView;
  mayWrite: boolean;
  mayCorrect: boolean;
}) {
  const me = useSession();
  const shown = theCase.visibleSections.includes('SCHOOL_SUPPORT');
  const notes = useCaseNotes(theCase.id, shown);
  const correct = useCorrectNote(theCase.id);
  const [correcting, setCorrecting] = useState<number | null>(null);
  const [corrected, setCorrected] = useState<number | null>(null);
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
            <li key={note.id} className={noteClass(note)}>
              <NoteItem note={note} />
              {corrected === note.id && correcting === null && (
                <p role="status" className="hr-correction-done">
                  De {noteWord(note.kind)} is gecorrigeerd.
                </p>
              )}
              {mayCorrect && correcting !== note.id && (
                <ButtonGroup>
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={`Corrigeren: ${noteWord(note.kind)} van ${formatDateTime(note.writtenAt)}`}
                    onClick={() => {
                      correct.reset();
                      setCorrected(null);
                      setCorrecting(note.id);
                    }}
                  >
                    Corrigeren
                  </Button>
                </ButtonGroup>
              )}
              {mayCorrect && correcting === note.id && (
                <CorrectionForm
                  id={`note-${note.id}-correction`}
                  what={noteWord(note.kind)}
                  textLabel={note.kind === 'STUDENT_STATEMENT' ? 'Juiste verklaring' : 'Juiste tekst van de notitie'}
                  target={note.id}
                  current={note.text}
                  version={note.version}
                  correct={correct}
                  onDone={() => {
                    setCorrecting(null);
                    setCorrected(note.id);
                  }}
                  onCancel={() => setCorrecting(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {mayWrite && <NoteForm caseId={theCase.id} kind="NOTE" mayWriteConfidential={hasRole(me, 'ZORGCOORDINATOR')} />}
      {mayCorrect && <NoteForm caseId={theCase.id} kind="STUDENT_STATEMENT" mayWriteConfidential />}
    </section>
  );
}

function noteClass(note: CaseNote): string {
  return [
    'hr-note',
    note.confidentiality === 'CONFIDENTIAL' && 'hr-note--confidential',
    note.kind === 'STUDENT_STATEMENT' && 'hr-note--statement',
  ]
    .filter(Boolean)
    .join(' ');
}

function noteWord(kind: NoteKind): string {
  return kind === 'STUDENT_STATEMENT' ? 'verklaring' : 'notitie';
}

/** One note: who and when, its level, the text, and the trace of every correction. */
export function NoteItem({ note }: { note: CaseNote }) {
  const statement = note.kind === 'STUDENT_STATEMENT';
  return (
    <>
      <p className="hr-muted">
        {statement && <strong className="hr-badge hr-badge--statement">Verklaring van de student</strong>}
        {statement && ' '}
        {formatDateTime(note.writtenAt)} · {statement ? `vastgelegd door ${note.author.name}` : note.author.name}
        {note.confidentiality === 'CONFIDENTIAL' && <strong> · Vertrouwelijk</strong>}
      </p>
      {statement ? (
        <blockquote className="hr-quote hr-note__text">
          <span className="hr-visually-hidden">De student zegt: </span>
          {note.text}
        </blockquote>
      ) : (
        <p className="hr-note__text">{note.text}</p>
      )}
      <CorrectionTrace corrections={note.corrections} />
    </>
  );
}

const FORMS: Record<
  NoteKind,
  { heading: string; label: string; description?: string; button: string; headingId: string; prefix: string }
> = {
  NOTE: {
    heading: 'Notitie schrijven',
    label: 'Notitie',
    button: 'Notitie opslaan',
    headingId: 'notitie-form-kop',
    prefix: 'note',
  },
  STUDENT_STATEMENT: {
    heading: 'Verklaring van de student toevoegen',
    label: 'Wat de student zelf wil laten vastleggen',
    description:
      'De eigen woorden van de student, bijvoorbeeld als aanvulling op wat er over hem of haar staat. Het wordt getoond als verklaring van de student.',
    button: 'Verklaring opslaan',
    headingId: 'verklaring-form-kop',
    prefix: 'statement',
  },
};

function NoteForm({
  caseId,
  kind,
  mayWriteConfidential,
}: {
  caseId: number;
  kind: NoteKind;
  mayWriteConfidential: boolean;
}) {
  const [text, setText] = useState('');
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('NORMAL');
  const write = useWriteNote(caseId);
  const form = FORMS[kind];
  const textId = `${form.prefix}-text`;

  function submit(event: FormEvent) {
    event.preventDefault();
    write.mutate({ text, confidentiality, kind }, { onSuccess: () => setText('') });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={form.headingId} className="hr-consent-form">
      <Heading level={3} id={form.headingId} appearance="utrecht-heading-4">
        {form.heading}
      </Heading>
      {write.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{errorText(write.error)}</Paragraph>
        </div>
      )}
      <Field id={textId} label={form.label} required description={form.description}>
        <Textarea
          id={textId}
          rows={3}
          maxLength={4000}
          value={text}
          aria-describedby={form.description ? `${textId}-hint` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      {mayWriteConfidential && (
        <ChoiceGroup id={`${form.prefix}-confidentiality`} legend="Wie mag dit lezen">
          {(Object.keys(confidentialityLabel) as Confidentiality[]).map((level) => (
            <Choice
              key={level}
              id={`${form.prefix}-confidentiality-${level}`}
              type="radio"
              name={`${form.prefix}-confidentiality`}
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
          {form.button}
        </Button>
      </ButtonGroup>
    </form>
  );
}
