import { Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useRaiseSignal } from '../../api/queries';
import type { RaisedSignal } from '../../api/types';
import { LIFE_DOMAINS, URGENCIES } from '../../api/types';
import { AcuteInstructions } from '../../components/AcuteInstructions';
import { SignalStatusBadge } from '../../components/Badges';
import { Choice, ChoiceGroup, describedBy, ErrorSummary, Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState } from '../../components/States';
import { lifeDomainLabel, signalStatusHint, urgencyHint, urgencyLabel } from '../../i18n/nl';
import { useSession } from '../../session/SessionContext';
import { StudentPicker } from './StudentPicker';
import { emptyDraft, OBSERVATION_MAX, toRequest, validateSignal, type SignalDraft } from './signalDraft';

const FIELD_IDS = {
  student: 'student',
  lifeDomains: 'lifeDomains',
  urgency: 'urgency',
  observation: 'observation',
  discussedWithStudent: 'discussedWithStudent',
};

/** Signaal melden: one form, then a confirmation. */
export function RaiseSignalPage() {
  const [sent, setSent] = useState<{ signal: RaisedSignal; locationId?: number } | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (sent) {
    return (
      <SignalSent
        signal={sent.signal}
        locationId={sent.locationId}
        onAnother={() => {
          setSent(null);
          setFormKey((key) => key + 1);
        }}
      />
    );
  }
  return <SignalForm key={formKey} onSent={(signal, locationId) => setSent({ signal, locationId })} />;
}

function SignalForm({ onSent }: { onSent: (signal: RaisedSignal, locationId: number | undefined) => void }) {
  const me = useSession();
  const [draft, setDraft] = useState<SignalDraft>(emptyDraft);
  const [showErrors, setShowErrors] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const raise = useRaiseSignal();
  const errors = showErrors ? validateSignal(draft) : {};

  function update(change: Partial<SignalDraft>) {
    setDraft((current) => ({ ...current, ...change }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (Object.keys(validateSignal(draft)).length > 0) {
      setShowErrors(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const locationId = draft.student?.locationId ?? me.locations?.[0]?.id;
    raise.mutate(toRequest(draft), { onSuccess: (signal) => onSent(signal, locationId) });
  }

  return (
    <>
      <PageTitle>Signaal melden</PageTitle>
      <Paragraph lead>
        Zie je dat het met een student niet goed gaat? Meld het hier. De zorgcoördinator van je locatie pakt het op.
      </Paragraph>
      <form className="hr-form" onSubmit={submit} noValidate aria-label="Signaal melden">
        <ErrorSummary errors={errors} fieldIds={FIELD_IDS} summaryRef={summary} />
        <StudentPicker
          selected={draft.student}
          onSelect={(student) => update({ student })}
          error={errors.student}
          nextFieldSelector="#lifeDomains input"
        />

        <ChoiceGroup
          id="lifeDomains"
          legend="Waar gaat het over?"
          description="Kies een of meer levensgebieden."
          error={errors.lifeDomains}
        >
          <div className="hr-choices--columns">
            {LIFE_DOMAINS.map((domain) => (
              <Choice
                key={domain}
                id={`domain-${domain}`}
                type="checkbox"
                name="lifeDomains"
                value={domain}
                label={lifeDomainLabel[domain]}
                checked={draft.lifeDomains.includes(domain)}
                onChange={(checked) =>
                  update({
                    lifeDomains: checked
                      ? [...draft.lifeDomains, domain]
                      : draft.lifeDomains.filter((chosen) => chosen !== domain),
                  })
                }
              />
            ))}
          </div>
        </ChoiceGroup>

        <ChoiceGroup id="urgency" legend="Hoe dringend is het?" error={errors.urgency}>
          {URGENCIES.map((urgency) => (
            <Choice
              key={urgency}
              id={`urgency-${urgency}`}
              type="radio"
              name="urgency"
              value={urgency}
              label={urgencyLabel[urgency]}
              hint={urgencyHint[urgency]}
              checked={draft.urgency === urgency}
              onChange={() => update({ urgency })}
            />
          ))}
        </ChoiceGroup>
        {draft.urgency === 'ACUTE' && (
          <AcuteInstructions locationId={draft.student?.locationId ?? me.locations?.[0]?.id} />
        )}

        <Field
          id="observation"
          label="Wat zag of hoorde je?"
          required
          description="Beschrijf wat je zelf zag of hoorde, zonder conclusies of diagnoses."
          error={errors.observation}
        >
          <Textarea
            id="observation"
            rows={5}
            maxLength={OBSERVATION_MAX}
            value={draft.observation}
            invalid={Boolean(errors.observation)}
            aria-describedby={describedBy('observation', true, Boolean(errors.observation))}
            onChange={(event) => update({ observation: event.target.value })}
          />
        </Field>

        <ChoiceGroup
          id="discussedWithStudent"
          legend="Heb je dit met de student besproken?"
          error={errors.discussedWithStudent}
        >
          <Choice
            id="discussed-yes"
            type="radio"
            name="discussedWithStudent"
            label="Ja"
            checked={draft.discussedWithStudent === true}
            onChange={() => update({ discussedWithStudent: true })}
          />
          <Choice
            id="discussed-no"
            type="radio"
            name="discussedWithStudent"
            label="Nee"
            checked={draft.discussedWithStudent === false}
            onChange={() => update({ discussedWithStudent: false })}
          />
        </ChoiceGroup>

        {raise.error && <ErrorState error={raise.error} title="Het signaal is niet verstuurd" />}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={raise.isPending} disabled={raise.isPending}>
            Signaal versturen
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function SignalSent({
  signal,
  onAnother,
  locationId,
}: {
  signal: RaisedSignal;
  onAnother: () => void;
  locationId: number | undefined;
}) {
  return (
    <>
      <PageTitle>Signaal verstuurd</PageTitle>
      {signal.urgency === 'ACUTE' && <AcuteInstructions locationId={locationId} />}
      <div className="utrecht-alert utrecht-alert--ok" role="status">
        <Paragraph>
          Je signaal over <strong>{signal.studentName}</strong> is verstuurd naar de zorgcoördinator.
        </Paragraph>
      </div>
      <Heading level={2}>Wat gebeurt er nu?</Heading>
      <Paragraph>
        Status: <SignalStatusBadge status={signal.status} /> {signal.status && signalStatusHint[signal.status]}
      </Paragraph>
      <Paragraph>
        Je ziet in{' '}
        <Link to="/mijn-signalen" className="utrecht-link">
          Mijn signalen
        </Link>{' '}
        wanneer het signaal is opgepakt. De inhoud van de begeleiding blijft vertrouwelijk; je ziet alleen de status.
      </Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={onAnother}>
          Nog een signaal melden
        </Button>
      </ButtonGroup>
    </>
  );
}
