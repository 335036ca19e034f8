import { Button, Textarea, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import {
  acceptedByLabel,
  measureKindLabel,
  verdictLabel,
  type AcceptedBy,
  type Measure,
  type MeasureInput,
  type MeasureKind,
  type Verdict,
} from '../../api/agreements';
import { Choice, ChoiceGroup, Field } from '../../components/Form';
import { ErrorState } from '../../components/States';
import { todayIso } from '../../format';

const KINDS = Object.keys(measureKindLabel) as MeasureKind[];

function emptyMeasure(): MeasureInput {
  return { kind: 'ADAPTED_ASSESSMENT', description: '', responsible: '', appliesDuringInternship: false };
}

/** The need in the student's own words and the measures: for a new agreement, a draft, or a new revision. */
export function AgreementForm({
  initialNeed = '',
  initialMeasures,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initialNeed?: string;
  initialMeasures?: Measure[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (need: string, measures: MeasureInput[]) => void;
  onCancel?: () => void;
}) {
  const [need, setNeed] = useState(initialNeed);
  const [measures, setMeasures] = useState<MeasureInput[]>(
    initialMeasures && initialMeasures.length > 0
      ? initialMeasures.map(({ kind, description, responsible, appliesDuringInternship }) => ({
          kind,
          description,
          responsible,
          appliesDuringInternship,
        }))
      : [emptyMeasure()],
  );
  const [tried, setTried] = useState(false);
  const complete =
    need.trim() !== '' && measures.every((m) => m.description.trim() !== '' && m.responsible.trim() !== '');

  function update(index: number, change: Partial<MeasureInput>) {
    setMeasures((current) => current.map((m, i) => (i === index ? { ...m, ...change } : m)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (complete) onSubmit(need.trim(), measures);
  }

  return (
    <form className="hr-form" aria-label={submitLabel} onSubmit={submit} noValidate>
      <Field
        id="need"
        label="Ondersteuningsbehoefte in de woorden van de student"
        required
        error={tried && need.trim() === '' ? 'Schrijf op wat de student zelf zegt nodig te hebben.' : undefined}
      >
        <Textarea id="need" value={need} rows={3} onChange={(e) => setNeed(e.target.value)} required />
      </Field>
      {measures.map((measure, index) => (
        <fieldset key={index} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hr-fieldset">
          <legend className="utrecht-form-fieldset__legend">Maatregel {index + 1}</legend>
          <Field id={`kind-${index}`} label="Soort" required>
            <select
              id={`kind-${index}`}
              className="utrecht-select utrecht-select--html-select"
              value={measure.kind}
              onChange={(e) => update(index, { kind: e.target.value as MeasureKind })}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {measureKindLabel[kind]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`description-${index}`}
            label="Wat houdt de maatregel in"
            required
            error={tried && measure.description.trim() === '' ? 'Beschrijf de maatregel.' : undefined}
          >
            <Textbox
              id={`description-${index}`}
              value={measure.description}
              onChange={(e) => update(index, { description: e.target.value })}
            />
          </Field>
          <Field
            id={`responsible-${index}`}
            label="Wie zorgt ervoor"
            required
            error={tried && measure.responsible.trim() === '' ? 'Zeg wie ervoor zorgt.' : undefined}
          >
            <Textbox
              id={`responsible-${index}`}
              value={measure.responsible}
              onChange={(e) => update(index, { responsible: e.target.value })}
            />
          </Field>
          <Choice
            id={`internship-${index}`}
            type="checkbox"
            name={`internship-${index}`}
            label="Geldt ook tijdens de bpv (stage)"
            checked={measure.appliesDuringInternship}
            onChange={(checked) => update(index, { appliesDuringInternship: checked })}
          />
          {measures.length > 1 && (
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => setMeasures((current) => current.filter((_, i) => i !== index))}
            >
              Maatregel {index + 1} verwijderen
            </Button>
          )}
        </fieldset>
      ))}
      <p>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => setMeasures((current) => [...current, emptyMeasure()])}
        >
          Maatregel toevoegen
        </Button>
      </p>
      {error != null && <ErrorState error={error} />}
      <div className="hr-form__actions">
        <Button type="submit" appearance="primary-action-button" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            Annuleren
          </Button>
        )}
      </div>
    </form>
  );
}

/** Who accepted, on which day, and how. */
export function AcceptanceForm({
  awaiting,
  pending,
  error,
  onSubmit,
}: {
  awaiting: AcceptedBy[];
  pending: boolean;
  error: unknown;
  onSubmit: (acceptedOn: string, acceptedBy: AcceptedBy, how: string) => void;
}) {
  const [acceptedOn, setAcceptedOn] = useState(todayIso());
  const [acceptedBy, setAcceptedBy] = useState<AcceptedBy>(awaiting[0] ?? 'STUDENT');
  const [how, setHow] = useState('');
  return (
    <form
      className="hr-form"
      aria-label="Acceptatie vastleggen"
      onSubmit={(event) => {
        event.preventDefault();
        if (how.trim() !== '') onSubmit(acceptedOn, acceptedBy, how.trim());
      }}
    >
      <Field id="accepted-on" label="Geaccepteerd op" required description="Vandaag of eerder.">
        <Textbox
          id="accepted-on"
          type="date"
          value={acceptedOn}
          max={todayIso()}
          onChange={(e) => setAcceptedOn(e.target.value)}
        />
      </Field>
      <ChoiceGroup id="accepted-by" legend="Geaccepteerd door">
        {awaiting.map((party) => (
          <Choice
            key={party}
            id={`accepted-by-${party}`}
            type="radio"
            name="accepted-by"
            label={acceptedByLabel[party]}
            checked={acceptedBy === party}
            onChange={() => setAcceptedBy(party)}
          />
        ))}
      </ChoiceGroup>
      <Field id="how" label="Hoe" required description="Bijvoorbeeld: getekend op papier, in een gesprek.">
        <Textbox id="how" value={how} onChange={(e) => setHow(e.target.value)} />
      </Field>
      {error != null && <ErrorState error={error} />}
      <div className="hr-form__actions">
        <Button type="submit" appearance="primary-action-button" disabled={pending || how.trim() === ''}>
          Acceptatie opslaan
        </Button>
      </div>
    </form>
  );
}

/** The evaluation: when, with whom, a verdict per measure in force, the student's view and the next date. */
export function EvaluationForm({
  measures,
  pending,
  error,
  onSubmit,
}: {
  measures: Measure[];
  pending: boolean;
  error: unknown;
  onSubmit: (request: {
    heldOn: string;
    studentPresent: boolean;
    participants: string[];
    outcomes: { measureId: number; verdict: Verdict }[];
    studentView?: string;
  }) => void;
}) {
  const [heldOn, setHeldOn] = useState(todayIso());
  const [studentPresent, setStudentPresent] = useState(true);
  const [participants, setParticipants] = useState('');
  const [studentView, setStudentView] = useState('');
  const [verdicts, setVerdicts] = useState<Record<number, Verdict>>(
    Object.fromEntries(measures.map((m) => [m.id, 'EFFECTIVE' as Verdict])),
  );
  return (
    <form
      className="hr-form"
      aria-label="Evaluatie vastleggen"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          heldOn,
          studentPresent,
          participants: participants
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p !== ''),
          outcomes: measures.map((m) => ({ measureId: m.id, verdict: verdicts[m.id] ?? 'EFFECTIVE' })),
          studentView: studentView.trim() === '' ? undefined : studentView.trim(),
        });
      }}
    >
      <Field id="held-on" label="Gehouden op" required description="Vandaag of eerder.">
        <Textbox id="held-on" type="date" value={heldOn} max={todayIso()} onChange={(e) => setHeldOn(e.target.value)} />
      </Field>
      <Choice
        id="student-present"
        type="checkbox"
        name="student-present"
        label="De student was erbij"
        hint="Alleen een evaluatie mét de student telt voor de wet."
        checked={studentPresent}
        onChange={setStudentPresent}
      />
      <Field id="participants" label="Wie waren er verder bij" description="Rollen, gescheiden door komma's.">
        <Textbox id="participants" value={participants} onChange={(e) => setParticipants(e.target.value)} />
      </Field>
      {measures.map((measure) => (
        <ChoiceGroup key={measure.id} id={`verdict-${measure.id}`} legend={`Werkt "${measure.description}"?`}>
          {(Object.keys(verdictLabel) as Verdict[]).map((verdict) => (
            <Choice
              key={verdict}
              id={`verdict-${measure.id}-${verdict}`}
              type="radio"
              name={`verdict-${measure.id}`}
              label={verdictLabel[verdict]}
              checked={verdicts[measure.id] === verdict}
              onChange={() => setVerdicts((current) => ({ ...current, [measure.id]: verdict }))}
            />
          ))}
        </ChoiceGroup>
      ))}
      <Field id="student-view" label="Wat vindt de student ervan">
        <Textarea id="student-view" rows={2} value={studentView} onChange={(e) => setStudentView(e.target.value)} />
      </Field>
      {error != null && <ErrorState error={error} />}
      <div className="hr-form__actions">
        <Button type="submit" appearance="primary-action-button" disabled={pending}>
          Evaluatie opslaan
        </Button>
      </div>
    </form>
  );
}

/** The end of the agreement: from which day, and why. */
export function EndForm({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: unknown;
  onSubmit: (endedOn: string, reason: string) => void;
}) {
  const [endedOn, setEndedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  return (
    <form
      className="hr-form"
      aria-label="Afspraak beëindigen"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() !== '') onSubmit(endedOn, reason.trim());
      }}
    >
      <Field id="ended-on" label="Beëindigd op" required>
        <Textbox
          id="ended-on"
          type="date"
          value={endedOn}
          max={todayIso()}
          onChange={(e) => setEndedOn(e.target.value)}
        />
      </Field>
      <Field
        id="end-reason"
        label="Waarom"
        required
        description="Bijvoorbeeld: de student is van school, geen ondersteuning meer nodig."
      >
        <Textbox id="end-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {error != null && <ErrorState error={error} />}
      <div className="hr-form__actions">
        <Button type="submit" appearance="primary-action-button" disabled={pending || reason.trim() === ''}>
          Afspraak beëindigen
        </Button>
      </div>
    </form>
  );
}
