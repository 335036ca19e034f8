import { Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CorrectionCall } from '../../api/queries';
import { isApiError } from '../../api/problem';
import type { Correction } from '../../api/types';
import { describedBy, ErrorSummary, Field } from '../../components/Form';
import { problemText } from '../../i18n/problems';
import {
  CORRECTED_TEXT_MAX,
  CORRECTION_REASON_MAX,
  correctionProblemField,
  correctionText,
  isStale,
  toCorrectionRequest,
  validateCorrection,
  type CorrectionDraft,
  type CorrectionField,
} from './correction';

/**
 * Corrigeren (AVG art. 16): the corrected text replaces what was recorded, which is not kept; the reason stays with
 * the correction. Mistakes are listed at the top (ErrorSummary) and next to their field; the API's refusals in plain
 * Dutch. When someone else changed the text in between, the form takes the new text and says so.
 */
export function CorrectionForm({
  id,
  what,
  textLabel,
  target,
  current,
  version,
  correct,
  onDone,
  onCancel,
}: {
  /** Unique on the page: the ids of the fields start with it. */
  id: string;
  /** "notitie" or "signaal", in the heading and hints. */
  what: string;
  textLabel: string;
  /** The id of the note or signal. */
  target: number;
  current: string;
  version: number;
  correct: UseMutationResult<unknown, Error, CorrectionCall>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<CorrectionDraft>({ text: current, reason: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [refusal, setRefusal] = useState<{ field?: CorrectionField; message: string } | null>(null);
  const [seenVersion, setSeenVersion] = useState(version);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const fieldIds = { text: `${id}-text`, reason: `${id}-reason` };

  useEffect(() => heading.current?.focus(), []);

  // someone else corrected it in between (reloaded after a stale refusal): start again from what it says now
  if (version !== seenVersion) {
    setSeenVersion(version);
    setDraft({ ...draft, text: current });
  }

  const errors = showErrors ? validateCorrection(draft, current) : {};
  const hasErrors = Object.keys(errors).length > 0;
  const shown: Partial<Record<CorrectionField, string>> = { ...errors };
  if (refusal?.field && !shown[refusal.field]) shown[refusal.field] = refusal.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    if (Object.keys(validateCorrection(draft, current)).length > 0) {
      setShowErrors(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    correct.mutate(
      { id: target, request: toCorrectionRequest(seenVersion, draft) },
      {
        onSuccess: onDone,
        onError: (error) => {
          const code = isApiError(error) ? error.code : 'internal';
          setRefusal({
            field: correctionProblemField[code],
            message: isApiError(error) ? problemText(error.problem) : problemText({ status: 500, code: 'internal' }),
          });
          if (!isStale(code)) requestAnimationFrame(() => summary.current?.focus());
        },
      },
    );
  }

  const headingId = `${id}-heading`;
  return (
    <form className="hr-event-form hr-correction-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading level={3} appearance="utrecht-heading-4" id={headingId} ref={heading} tabIndex={-1}>
        {`${capitalised(what)} corrigeren`}
      </Heading>
      <Paragraph>
        Klopt er iets niet? Schrijf de juiste tekst op. De oude tekst wordt vervangen en niet bewaard; wel blijft
        zichtbaar wanneer, door wie en waarom de {what} is gecorrigeerd.
      </Paragraph>
      <ErrorSummary errors={errors} fieldIds={fieldIds} summaryRef={summary} />
      {refusal && !refusal.field && !hasErrors && (
        <div className="utrecht-alert utrecht-alert--error hr-error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p className="utrecht-heading-4 hr-error-summary__title">De correctie is niet opgeslagen</p>
          <Paragraph>{refusal.message}</Paragraph>
        </div>
      )}
      <Field id={fieldIds.text} label={textLabel} required error={shown.text}>
        <Textarea
          id={fieldIds.text}
          rows={4}
          maxLength={CORRECTED_TEXT_MAX}
          value={draft.text}
          invalid={Boolean(shown.text)}
          aria-required
          aria-describedby={describedBy(fieldIds.text, false, Boolean(shown.text))}
          onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        />
      </Field>
      <Field
        id={fieldIds.reason}
        label="Reden van de correctie"
        required
        description="Bijvoorbeeld: op verzoek van de student, omdat het niet klopte. Herhaal niet wat er onjuist stond."
        error={shown.reason}
      >
        <Textarea
          id={fieldIds.reason}
          rows={2}
          maxLength={CORRECTION_REASON_MAX}
          value={draft.reason}
          invalid={Boolean(shown.reason)}
          aria-required
          aria-describedby={describedBy(fieldIds.reason, true, Boolean(shown.reason))}
          onChange={(event) => setDraft({ ...draft, reason: event.target.value })}
        />
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={correct.isPending} disabled={correct.isPending}>
          Correctie opslaan
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** When, by whom and why a text was corrected; never what it said before (that is not kept). */
export function CorrectionTrace({ corrections }: { corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <ul className="hr-corrections" aria-label="Correcties">
      {corrections.map((correction, index) => (
        <li key={index} className="hr-muted">
          {correctionText(correction)}
        </li>
      ))}
    </ul>
  );
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
