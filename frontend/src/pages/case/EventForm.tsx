import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFireEvent, useStaff } from '../../api/queries';
import { isApiError } from '../../api/problem';
import type { CaseView, Me, PackageSection, Role } from '../../api/types';
import { OUTCOMES } from '../../api/types';
import { describedBy, Field } from '../../components/Form';
import { SectionChoice, withStudent } from '../../components/SectionChoice';
import { ErrorState } from '../../components/States';
import { todayIso } from '../../format';
import { eventFieldLabel, eventHint, eventLabel, outcomeLabel, roleLabel, stateLabel } from '../../i18n/nl';
import { firstInvalidField, problemText } from '../../i18n/problems';
import { useSession } from '../../session/SessionContext';
import { ProviderProposalsChoice } from './ProviderProposalsChoice';
import { toEventRequest, type EventFormSpec, type EventFormValues } from './eventForm';

/** What happened to a submitted event that the case page must know about. */
export type EventOutcome = { kind: 'done'; after: CaseView } | { kind: 'stale' } | { kind: 'not-allowed' };

/** The form of one event, with exactly that event's fields; the API's refusal is shown in Dutch at its field. */
export function EventForm({
  theCase,
  spec,
  onDone,
  onCancel,
}: {
  theCase: CaseView;
  spec: EventFormSpec;
  onDone: (outcome: EventOutcome) => void;
  onCancel: () => void;
}) {
  // consent is chosen once: the package starts with what the consent covers (and always the student's details)
  const [values, setValues] = useState<EventFormValues>(
    spec.fields.includes('sections') ? { sections: initialSections(theCase).join(',') } : {},
  );
  const [refusal, setRefusal] = useState<{ field?: string; message: string } | null>(null);
  const fire = useFireEvent(theCase.id ?? 0);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => heading.current?.focus(), []);

  function set(name: string, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    fire.mutate(
      { event: spec.event, request: toEventRequest(theCase.version ?? 0, spec, values) },
      {
        onSuccess: (after) => onDone({ kind: 'done', after }),
        onError: (error) => {
          if (isApiError(error) && error.code === 'case.version-stale') return onDone({ kind: 'stale' });
          if (isApiError(error) && error.code === 'case.event-not-allowed') return onDone({ kind: 'not-allowed' });
          // what was typed stays in the form; the refusal names the field and says how to put it right
          const invalid =
            isApiError(error) && error.code === 'request.invalid' ? firstInvalidField(error.problem) : undefined;
          const field = invalid?.field ?? (isApiError(error) ? spec.guardFields[error.code] : undefined);
          setRefusal({
            field: field && spec.fields.includes(field) ? field : undefined,
            message:
              invalid?.message ??
              (isApiError(error) ? problemText(error.problem) : problemText({ status: 500, code: 'internal' })),
          });
          requestAnimationFrame(() => summary.current?.focus());
        },
      },
    );
  }

  const fieldError = (name: string) => (refusal?.field === name ? refusal.message : undefined);
  const headingId = `event-form-${spec.event}`;
  return (
    <form className="hr-event-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading level={3} id={headingId} ref={heading} tabIndex={-1}>
        {eventLabel[spec.event]}
      </Heading>
      <Paragraph>
        {eventHint[spec.event]}
        {spec.to && (
          <>
            {' '}
            De casus gaat naar <strong>{stateLabel[spec.to]}</strong>.
          </>
        )}
      </Paragraph>
      {refusal && (
        <div className="utrecht-alert utrecht-alert--error hr-error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p className="utrecht-heading-4 hr-error-summary__title">Hulproute heeft deze stap niet uitgevoerd</p>
          <Paragraph>{refusal.message}</Paragraph>
        </div>
      )}
      {spec.fields.map((field) => (
        <EventField
          key={field}
          name={field}
          theCase={theCase}
          required={spec.required.has(field)}
          values={values}
          onChange={set}
          error={fieldError(field)}
        />
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={fire.isPending} disabled={fire.isPending}>
          {eventLabel[spec.event]}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

function EventField({
  name,
  theCase,
  required,
  values,
  onChange,
  error,
}: {
  name: string;
  theCase: CaseView;
  required: boolean;
  values: EventFormValues;
  onChange: (name: string, value: string) => void;
  error?: string;
}) {
  const id = `field-${name}`;
  const label = eventFieldLabel[name] ?? name;
  const common = {
    id,
    invalid: Boolean(error),
    'aria-required': required || undefined,
  };
  switch (name) {
    case 'reason':
    case 'advice':
    case 'noBridgingReason':
    case 'summary':
      return (
        <Field id={id} label={label} required={required} error={error} description={textHint[name]}>
          <Textarea
            {...common}
            rows={3}
            maxLength={2000}
            value={values[name] ?? ''}
            aria-describedby={describedBy(id, Boolean(textHint[name]), Boolean(error))}
            onChange={(event) => onChange(name, event.target.value)}
          />
        </Field>
      );
    case 'checkInDate':
    case 'expectedStartDate':
    case 'firstContactDate':
    case 'careStartedOn':
      return (
        <Field id={id} label={label} required={required} error={error}>
          <Textbox
            {...common}
            type="date"
            min={name === 'checkInDate' ? todayIso() : undefined}
            max={name === 'careStartedOn' ? todayIso() : undefined}
            value={values[name] ?? ''}
            aria-describedby={describedBy(id, false, Boolean(error))}
            onChange={(event) => onChange(name, event.target.value)}
          />
        </Field>
      );
    case 'outcome':
      return (
        <Field id={id} label={label} required={required} error={error}>
          <Select
            {...common}
            value={values.outcome ?? ''}
            aria-describedby={describedBy(id, false, Boolean(error))}
            onChange={(event) => onChange(name, event.target.value)}
          >
            <SelectOption value="">Kies een uitkomst</SelectOption>
            {OUTCOMES.map((outcome) => (
              <SelectOption key={outcome} value={outcome}>
                {outcomeLabel[outcome]}
              </SelectOption>
            ))}
          </Select>
        </Field>
      );
    case 'ownerId':
      return (
        <Field id={id} label={label} required={required} error={error} description={staffHint}>
          <ColleagueSelect
            {...common}
            location={theCase.locationId ?? 0}
            roles={['ZORGCOORDINATOR']}
            value={values.ownerId ?? ''}
            describedBy={describedBy(id, true, Boolean(error))}
            onChange={(value) => onChange(name, value)}
          />
        </Field>
      );
    case 'providerId':
      return (
        <ProviderProposalsChoice
          id={id}
          caseId={theCase.id ?? 0}
          legend={label}
          value={values.providerId ?? ''}
          error={error}
          onChange={(value) => onChange(name, value)}
        />
      );
    case 'sections':
      return (
        <SectionChoice
          id={id}
          legend={label}
          description="Aangevinkt is waar de toestemming voor geldt; alleen dat kan mee. De zorgaanbieder ziet niets anders."
          error={error}
          value={(values.sections ?? 'STUDENT').split(',') as PackageSection[]}
          onChange={(sections) => onChange(name, sections.join(','))}
        />
      );
    case 'bridging':
      return (
        <fieldset
          className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hr-fieldset"
          aria-describedby={error ? `${id}-error` : undefined}
        >
          <legend className="utrecht-form-fieldset__legend">
            {label}
            {!required && <span className="hr-optional"> (niet verplicht)</span>}
          </legend>
          {error && (
            <p id={`${id}-error`} className="utrecht-form-field-error-message">
              {error}
            </p>
          )}
          <Field id={`${id}-contact`} label="Contactpersoon op school" required={required} description={staffHint}>
            <ColleagueSelect
              id={`${id}-contact`}
              invalid={Boolean(error)}
              location={theCase.locationId ?? 0}
              roles={['ZORGCOORDINATOR', 'SLB']}
              value={values['bridging.contactUserId'] ?? ''}
              describedBy={`${id}-contact-hint`}
              onChange={(value) => onChange('bridging.contactUserId', value)}
            />
          </Field>
          <Field id={`${id}-days`} label="Contact elke … dagen" required={required}>
            <Textbox
              id={`${id}-days`}
              type="number"
              inputMode="numeric"
              min={1}
              max={90}
              value={values['bridging.contactEveryDays'] ?? ''}
              onChange={(event) => onChange('bridging.contactEveryDays', event.target.value)}
            />
          </Field>
        </fieldset>
      );
    default:
      return (
        <Field id={id} label={label} required={required} error={error}>
          <Textbox {...common} value={values[name] ?? ''} onChange={(event) => onChange(name, event.target.value)} />
        </Field>
      );
  }
}

const textHint: Record<string, string | undefined> = {
  advice: 'Wat kan de SLB’er in de les doen? De SLB’er leest dit.',
  summary: 'Geen medische details; alleen wat school nodig heeft om de student te steunen.',
};

const staffHint = 'Collega’s op de locatie van de student.';

/** A colleague at the case's location: the signed-in user, plus the location's staff once that endpoint exists. */
function ColleagueSelect({
  id,
  invalid,
  location,
  roles,
  value,
  onChange,
  describedBy: description,
  ...rest
}: {
  id: string;
  invalid: boolean;
  location: number;
  roles: ('ZORGCOORDINATOR' | 'SLB')[];
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  'aria-required'?: boolean;
}) {
  const me: Me = useSession();
  const staff = useStaff(location, roles);
  const others = (staff.data ?? []).filter((member) => member.id !== me.id);
  const meToo = (staff.data ?? []).some((member) => member.id === me.id);
  if (staff.error) return <ErrorState error={staff.error} title="De lijst van collega’s is niet beschikbaar" />;
  return (
    <Select
      id={id}
      invalid={invalid}
      value={value}
      busy={staff.isPending}
      aria-describedby={description}
      aria-required={rest['aria-required']}
      onChange={(event) => onChange(event.target.value)}
    >
      <SelectOption value="">{staff.isPending ? 'Collega’s worden geladen…' : 'Kies een collega'}</SelectOption>
      {meToo && <SelectOption value={String(me.id)}>{`Ikzelf (${me.displayName ?? ''})`}</SelectOption>}
      {others.map((member) => (
        <SelectOption key={member.id} value={String(member.id)}>
          {staffLabel(member)}
        </SelectOption>
      ))}
    </Select>
  );
}

/** A colleague by name, role and the teams they coach: two colleagues with the same name are told apart. */
function staffLabel(member: { name: string; roles: Role[]; teams?: string[] }): string {
  const roles = member.roles
    .filter((role) => role === 'ZORGCOORDINATOR' || role === 'SLB')
    .map((role) => roleLabel[role]);
  const teams = member.teams ?? [];
  return [member.name, [...roles, ...teams].join(', ')].filter(Boolean).join(' — ');
}

/** The sections a new handover starts with: those the consent in force covers, and always the student's details. */
export function initialSections(theCase: CaseView): PackageSection[] {
  return withStudent(theCase.consentedSections ?? []);
}
