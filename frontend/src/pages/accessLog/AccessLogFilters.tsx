import {
  Button,
  ButtonGroup,
  Checkbox,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import type { AccessLogFilter } from '../../api/queries';
import { describedBy, ErrorSummary, Field } from '../../components/Form';
import type { AccessAction } from '../../api/types';
import { accessActionLabel } from '../../i18n/nl';
import {
  ACCESS_ACTIONS,
  draftFromFilter,
  filterFromDraft,
  validateDraft,
  type AccessLogDraft,
} from './accessLogFilter';

type TextField = 'student' | 'user' | 'from' | 'to';

const FIELD_IDS: Record<keyof AccessLogDraft, string> = {
  student: 'log-student',
  user: 'log-user',
  action: 'log-action',
  breakGlass: 'log-break-glass',
  from: 'log-from',
  to: 'log-to',
};

/**
 * Student (number or name), user (name), action, break-glass only and period; applied together with one button, so
 * each search is one line in the log.
 */
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
    onApply(filterFromDraft(draft, filter));
  }

  function field(name: TextField, label: string, type: 'text' | 'date', description?: string) {
    const id = FIELD_IDS[name];
    return (
      <div className="hr-filter">
        <Field id={id} label={label} markOptional={false} description={description} error={errors[name]}>
          <Textbox
            id={id}
            type={type}
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
        {field(
          'student',
          'Student',
          'text',
          filter.studentId && !filter.student
            ? `Nu: de student gekozen in de tabel. Of typ een studentnummer of naam.`
            : 'Studentnummer of naam, in elke volgorde',
        )}
        {field(
          'user',
          'Gebruiker',
          'text',
          filter.userId && !filter.user
            ? 'Nu: de gebruiker gekozen in de tabel. Of typ (een deel van) een naam.'
            : '(Een deel van) de naam of gebruikersnaam',
        )}
        <div className="hr-filter">
          <FormLabel htmlFor={FIELD_IDS.action}>Actie</FormLabel>
          <Select
            id={FIELD_IDS.action}
            value={draft.action}
            onChange={(event) => update({ action: event.target.value as AccessAction | '' })}
          >
            <SelectOption value="">Alle acties</SelectOption>
            {ACCESS_ACTIONS.map((action) => (
              <SelectOption key={action} value={action}>
                {accessActionLabel[action]}
              </SelectOption>
            ))}
          </Select>
        </div>
        {field('from', 'Van', 'date')}
        {field('to', 'Tot en met', 'date')}
        <div className="hr-filter hr-filter--checkbox">
          <Checkbox
            id={FIELD_IDS.breakGlass}
            checked={draft.breakGlass}
            onChange={(event) => update({ breakGlass: event.target.checked })}
          />
          <FormLabel htmlFor={FIELD_IDS.breakGlass} type="checkbox">
            Alleen noodtoegang
          </FormLabel>
        </div>
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Filteren
        </Button>
      </ButtonGroup>
    </form>
  );
}
