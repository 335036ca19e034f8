import { Button, ButtonGroup, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/problem';
import type { AdminLocation, AdminProvider, Role } from '../../api/types';
import { ROLES } from '../../api/types';
import { Choice, ChoiceGroup, describedBy, ErrorSummary, Field } from '../../components/Form';
import { ErrorState } from '../../components/States';
import { problemText } from '../../i18n/problems';
import { roleLabel } from '../../i18n/nl';
import {
  isProfessional,
  needsLocation,
  PASSWORD_MIN,
  problemField,
  validateUser,
  type UserDraft,
  type UserErrors,
  type UserField,
} from './userDraft';

const FIELD_IDS: Record<UserField, string> = {
  username: 'user-username',
  displayName: 'user-name',
  email: 'user-email',
  phone: 'user-phone',
  roles: 'user-roles',
  locationIds: 'user-locations',
  providerId: 'user-provider',
  password: 'user-password',
};

const ROLE_HINT: Record<Role, string> = {
  SLB: 'Meldt signalen over eigen studenten; ziet alleen de status.',
  ZORGCOORDINATOR: 'Triage en caseload van de eigen locaties.',
  EXTERNAL_PROFESSIONAL: 'Ontvangt warme overdrachten voor de eigen zorgaanbieder.',
  AUDITOR: 'Controleert; ziet het toegangslog, geen inhoud.',
  ADMIN: 'Beheert gebruikers, locaties en de sociale kaart; geen inhoud.',
};

/**
 * Registering or changing a user. Checks the rules before sending and places an API refusal next to its field;
 * `mode` new also asks for username, name, e-mail and (where passwords are used) a first password.
 */
export function UserForm({
  mode,
  initial,
  locations,
  providers,
  busy,
  error,
  submitLabel,
  onSubmit,
}: {
  mode: 'new' | 'edit';
  initial: UserDraft;
  locations: AdminLocation[];
  providers: AdminProvider[];
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (draft: UserDraft) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [showErrors, setShowErrors] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const errors: UserErrors = showErrors ? validateUser(draft, mode) : {};
  const refusal = isApiError(error) ? error.problem : undefined;
  const refusedField = refusal ? problemField[refusal.code] : undefined;
  if (refusal && refusedField && !errors[refusedField]) errors[refusedField] = problemText(refusal);

  function update(change: Partial<UserDraft>) {
    setDraft((current) => ({ ...current, ...change }));
  }

  function toggle<T>(list: T[], value: T, on: boolean): T[] {
    return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (Object.keys(validateUser(draft, mode)).length > 0) {
      setShowErrors(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSubmit(draft);
  }

  function text(
    name: 'username' | 'displayName' | 'email' | 'phone' | 'password',
    label: string,
    description?: string,
  ) {
    const id = FIELD_IDS[name];
    return (
      <Field
        id={id}
        label={label}
        required={name === 'username' || name === 'displayName'}
        description={description}
        error={errors[name]}
      >
        <Textbox
          id={id}
          type={name === 'password' ? 'password' : name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
          autoComplete={name === 'password' ? 'new-password' : 'off'}
          value={draft[name]}
          invalid={Boolean(errors[name])}
          aria-describedby={describedBy(id, Boolean(description), Boolean(errors[name]))}
          onChange={(event) => update({ [name]: event.target.value })}
        />
      </Field>
    );
  }

  return (
    <form className="hr-form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} summaryRef={summary} />
      {mode === 'new' && (
        <>
          {text(
            'username',
            'Gebruikersnaam',
            'Zoals de school-inlog hem doorgeeft (vaak het e-mailadres); zonder spaties.',
          )}
          {text('displayName', 'Naam')}
          {text('email', 'E-mailadres')}
        </>
      )}
      {text(
        'phone',
        'Telefoonnummer',
        'Waarop collega’s deze persoon bereiken als het dringend is; een zorgcoördinator staat ermee in de acute instructies en bij de casus.',
      )}
      <ChoiceGroup id={FIELD_IDS.roles} legend="Rollen" error={errors.roles}>
        {ROLES.map((role) => (
          <Choice
            key={role}
            id={`user-role-${role}`}
            type="checkbox"
            name="roles"
            label={roleLabel[role]}
            hint={ROLE_HINT[role]}
            checked={draft.roles.includes(role)}
            onChange={(on) => update({ roles: toggle(draft.roles, role, on) })}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup
        id={FIELD_IDS.locationIds}
        legend="Locaties"
        description={
          needsLocation(draft)
            ? 'Een zorgcoördinator ziet de studenten van deze locaties; een SLB’er werkt hier.'
            : 'Niet nodig voor deze rollen.'
        }
        error={errors.locationIds}
      >
        {locations.map((location) => (
          <Choice
            key={location.id}
            id={`user-location-${location.id}`}
            type="checkbox"
            name="locations"
            label={`${location.name} (${location.code})`}
            checked={draft.locationIds.includes(location.id)}
            onChange={(on) => update({ locationIds: toggle(draft.locationIds, location.id, on) })}
          />
        ))}
      </ChoiceGroup>
      {isProfessional(draft) && (
        <Field
          id={FIELD_IDS.providerId}
          label="Zorgaanbieder"
          required
          description="De professional ziet alleen overdrachten aan deze aanbieder, met toestemming van de student."
          error={errors.providerId}
        >
          <Select
            id={FIELD_IDS.providerId}
            value={draft.providerId}
            invalid={Boolean(errors.providerId)}
            aria-describedby={describedBy(FIELD_IDS.providerId, true, Boolean(errors.providerId))}
            onChange={(event) => update({ providerId: event.target.value })}
          >
            <SelectOption value="">Kies een zorgaanbieder</SelectOption>
            {providers.map((provider) => (
              <SelectOption key={provider.id} value={String(provider.id)}>
                {provider.enabled ? provider.name : `${provider.name} (gedeactiveerd)`}
              </SelectOption>
            ))}
          </Select>
        </Field>
      )}
      {mode === 'new' &&
        text(
          'password',
          'Eerste wachtwoord',
          `Alleen waar met een wachtwoord wordt ingelogd (demo en test), minstens ${PASSWORD_MIN} tekens. Bij inloggen via de school blijft dit leeg.`,
        )}
      {mode === 'edit' && (
        <ChoiceGroup id="user-enabled" legend="Toegang">
          <Choice
            id="user-enabled-on"
            type="checkbox"
            name="enabled"
            label="Mag inloggen"
            hint="Zonder vinkje kan deze gebruiker niet meer inloggen, ook niet via de school, tot je het weer aanzet."
            checked={draft.enabled}
            onChange={(on) => update({ enabled: on })}
          />
        </ChoiceGroup>
      )}
      {refusal && !refusedField && <ErrorState error={error} title="Dit is niet opgeslagen" />}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {submitLabel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
