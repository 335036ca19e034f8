import { Button, ButtonGroup, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import {
  useJointMeetings,
  usePlanJointMeeting,
  useRecordJointMeetingHeld,
  type JointMeeting,
} from '../../api/handover';
import type { CaseView } from '../../api/types';
import { Field } from '../../components/Form';
import { EmptyState, ErrorState, errorText, LoadingState } from '../../components/States';
import { formatDate, todayIso } from '../../format';

/**
 * Driegesprek: the student, school and the receiver together. The case's zorgcoördinator or the receiving
 * professional plans one while the case is with the receiver, and records it as held once it took place.
 */
export function JointMeetingsSection({ theCase, mayWork }: { theCase: CaseView; mayWork: boolean }) {
  const withReceiver = theCase.state === 'HANDOVER' || theCase.state === 'EXTERNAL_CARE';
  const meetings = useJointMeetings(theCase.id, withReceiver);
  if (!withReceiver) return null;
  return (
    <section aria-labelledby="driegesprek-kop" className="hr-section">
      <Heading level={2} id="driegesprek-kop">
        Driegesprek
      </Heading>
      <Paragraph className="hr-muted">
        De student, school en {theCase.provider?.name ?? 'de zorgaanbieder'} samen aan tafel. Beide kanten zien het in
        de tijdlijn. Houd de notitie kort en zonder medische details.
      </Paragraph>
      {meetings.isPending && <LoadingState label="Driegesprekken worden geladen…" />}
      {meetings.error && <ErrorState error={meetings.error} />}
      {meetings.data && meetings.data.length === 0 && (
        <EmptyState title="Nog geen driegesprek gepland">
          <Paragraph>Plan er een zodra de student, school en de zorgaanbieder een moment hebben.</Paragraph>
        </EmptyState>
      )}
      {meetings.data && meetings.data.length > 0 && (
        <ul className="hr-meetings">
          {meetings.data.map((meeting) => (
            <MeetingItem key={meeting.id} caseId={theCase.id} meeting={meeting} mayWork={mayWork} />
          ))}
        </ul>
      )}
      {mayWork && <PlanForm caseId={theCase.id} />}
    </section>
  );
}

function MeetingItem({ caseId, meeting, mayWork }: { caseId: number; meeting: JointMeeting; mayWork: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      {meeting.heldOn ? (
        <>
          <strong>Gehouden op {formatDate(meeting.heldOn)}</strong>
          <span className="hr-muted"> · vastgelegd door {meeting.heldBy?.name || 'onbekend'}</span>
        </>
      ) : (
        <>
          <strong>Gepland op {formatDate(meeting.plannedOn)}</strong>
          <span className="hr-muted"> · door {meeting.plannedBy.name || 'onbekend'}</span>
        </>
      )}
      {meeting.note && <p>{meeting.note}</p>}
      {mayWork && !meeting.heldOn && !open && (
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-label={`Vastleggen als gehouden: driegesprek van ${formatDate(meeting.plannedOn)}`}
            onClick={() => setOpen(true)}
          >
            Vastleggen als gehouden
          </Button>
        </ButtonGroup>
      )}
      {open && <HeldForm caseId={caseId} meeting={meeting} onClose={() => setOpen(false)} />}
    </li>
  );
}

function PlanForm({ caseId }: { caseId: number }) {
  const [plannedOn, setPlannedOn] = useState('');
  const [note, setNote] = useState('');
  const plan = usePlanJointMeeting(caseId);

  function submit(event: FormEvent) {
    event.preventDefault();
    plan.mutate(
      { plannedOn, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setPlannedOn('');
          setNote('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="driegesprek-plannen-kop" className="hr-consent-form">
      <Heading level={3} id="driegesprek-plannen-kop" appearance="utrecht-heading-4">
        Driegesprek plannen
      </Heading>
      {plan.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{errorText(plan.error)}</Paragraph>
        </div>
      )}
      <Field id="driegesprek-datum" label="Datum" required>
        <Textbox
          id="driegesprek-datum"
          type="date"
          min={todayIso()}
          value={plannedOn}
          aria-required
          onChange={(event) => setPlannedOn(event.target.value)}
        />
      </Field>
      <Field id="driegesprek-notitie" label="Notitie" description="Bijvoorbeeld waar: 'Op school, lokaal 2.14'.">
        <Textbox
          id="driegesprek-notitie"
          maxLength={300}
          value={note}
          aria-describedby="driegesprek-notitie-hint"
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={plan.isPending} disabled={plan.isPending}>
          Driegesprek plannen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function HeldForm({ caseId, meeting, onClose }: { caseId: number; meeting: JointMeeting; onClose: () => void }) {
  const [heldOn, setHeldOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const held = useRecordJointMeetingHeld(caseId);
  const id = `driegesprek-${meeting.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    held.mutate(
      { meetingId: meeting.id, request: { version: meeting.version, heldOn, note: note.trim() || undefined } },
      { onSuccess: onClose },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Driegesprek van ${formatDate(meeting.plannedOn)} vastleggen`}>
      {held.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <Paragraph>{errorText(held.error)}</Paragraph>
        </div>
      )}
      <Field id={`${id}-datum`} label="Gehouden op" required>
        <Textbox
          id={`${id}-datum`}
          type="date"
          max={todayIso()}
          value={heldOn}
          aria-required
          onChange={(event) => setHeldOn(event.target.value)}
        />
      </Field>
      <Field id={`${id}-notitie`} label="Notitie" description="Kort en zonder medische details.">
        <Textbox
          id={`${id}-notitie`}
          maxLength={300}
          value={note}
          aria-describedby={`${id}-notitie-hint`}
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={held.isPending} disabled={held.isPending}>
          Vastleggen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
