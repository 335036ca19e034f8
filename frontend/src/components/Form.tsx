import {
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode, Ref } from 'react';

/** The ids that tie a field's description and error to its input (aria-describedby). */
export function describedBy(id: string, hasDescription: boolean, hasError: boolean): string | undefined {
  const ids = [hasDescription && `${id}-hint`, hasError && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** One labelled input with its hint and error, as NL Design System form fields are laid out. */
export function Field({
  id,
  label,
  required = false,
  markOptional = true,
  description,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  /** Says "(niet verplicht)" after the label of an optional field; not in a filter, where every field is. */
  markOptional?: boolean;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`utrecht-form-field hr-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {!required && markOptional && <span className="hr-optional"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      {description && <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <span className="hr-visually-hidden">Fout: </span>
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** A group of checkboxes or radio buttons with one legend, hint and error. */
export function ChoiceGroup({
  id,
  legend,
  description,
  error,
  children,
}: {
  id: string;
  legend: string;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      id={id}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hr-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(id, Boolean(description), Boolean(error))}
      tabIndex={-1}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <span className="hr-visually-hidden">Fout: </span>
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="hr-choices">{children}</div>
    </fieldset>
  );
}

/** One checkbox or radio button with its label (and an optional hint) to its right. */
export function Choice({
  id,
  type,
  name,
  label,
  hint,
  checked,
  onChange,
  value,
  disabled,
}: {
  id: string;
  type: 'checkbox' | 'radio';
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  value?: string;
  disabled?: boolean;
}) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--${type} hr-choice`}>
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        className={
          type === 'checkbox'
            ? 'utrecht-checkbox utrecht-checkbox--html-input'
            : 'utrecht-radio-button utrecht-radio-button--html-input'
        }
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <FormLabel htmlFor={id} type={type} checked={checked}>
        {label}
      </FormLabel>
      {hint && (
        <FormFieldDescription id={`${id}-hint`} className="hr-choice__hint">
          {hint}
        </FormFieldDescription>
      )}
    </div>
  );
}

/** The list of what is wrong, at the top of a form; its links move focus to the field. */
export function ErrorSummary({
  errors,
  fieldIds,
  summaryRef,
}: {
  errors: Partial<Record<string, string>>;
  fieldIds: Record<string, string>;
  summaryRef?: Ref<HTMLDivElement>;
}) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error hr-error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <p className="utrecht-heading-3 hr-error-summary__title">Controleer deze punten</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${fieldIds[field] ?? field}`}
              className="utrecht-link"
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldIds[field] ?? field)?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
