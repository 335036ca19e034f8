import { Button, ButtonGroup, Textbox } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import type { AccessLogFilter } from '../../api/queries';
import { describedBy, ErrorSummary, Field } from '../../components/Form';
import { draftFromFilter, filterFromDraft, validateDraft, type AccessLogDraft } from './accessLogFilter';

const FIELD_IDS: Record<keyof AccessLogDraft, string> = {
  studentId: 'log-student',
  userId: 'log-user',
  from: 'log-from',
  to: 'log-to',
};

/** Student, user and period; applied together with one button, so each search is one line in the log. */
export function AccessLogFilters({
  filter,
  onApply,
}: {
  filter: AccessLogFilter;
  onApply: (filter: AccessLogFilter) => void;
}) {
  const [draft, setDraft] = useState<AccessLogDraft>(() => draftFromFilter(filter));
  const [showErrors, setShowErrors] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const errors = showErrors ? validateDraft(draft) : {};

  function update(change: Partial<AccessLogDraft>) {
    setDraft((current) => ({ ...current, ...change }));
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    if (Object.keys(validateDraft(draft)).length > 0) {
      setShowErrors(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onApply(filterFromDraft(draft));
  }

  function field(name: keyof AccessLogDraft, label: string, type: 'text' | 'date', description?: string) {
    const id = FIELD_IDS[name];
    return (
      <div className="hr-filter">
        <Field id={id} label={label} markOptional={false} description={description} error={errors[name]}>
          <Textbox
            id={id}
            type={type}
            inputMode={type === 'text' ? 'numeric' : undefined}
            value={draft[name]}
            invalid={Boolean(errors[name])}
            aria-describedby={describedBy(id, Boolean(description), Boolean(errors[name]))}
            onChange={(event) => update({ [name]: event.target.value })}
          />
        </Field>
      </div>
    );
  }

  return (
    <form onSubmit={apply} noValidate aria-label="Toegangslog filteren" className="hr-log-filters">
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} summaryRef={summary} />
      <div className="hr-filters">
        {field('studentId', 'Student', 'text', 'Het nummer van de student in Hulproute')}
        {field('userId', 'Gebruiker', 'text', 'Het nummer van de gebruiker in Hulproute')}
        {field('from', 'Van', 'date')}
        {field('to', 'Tot en met', 'date')}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Filteren
        </Button>
      </ButtonGroup>
    </form>
  );
}
