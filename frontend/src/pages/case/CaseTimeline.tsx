import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import {
  useBridgingContacts,
  useCaseConsents,
  useCaseHistory,
  useCaseSignals,
  useCorrectSignal,
} from '../../api/queries';
import { useJointMeetings } from '../../api/handover';
import type { CaseSignal, CaseTransition, PackageSection } from '../../api/types';
import { UrgencyBadge } from '../../components/Badges';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate, formatDateTime } from '../../format';
import {
  consentGiverLabel,
  eventDoneLabel,
  eventFieldLabel,
  lifeDomainLabel,
  outcomeLabel,
  packageSectionLabel,
  stateLabel,
  yesNo,
} from '../../i18n/nl';
import { CorrectionForm, CorrectionTrace } from './CorrectionForm';
import { buildTimeline } from './timeline';

/**
 * Tijdlijn: every signal and every step of the case, who and when; for a provider's professional only the parts
 * the student consented to share (signals, school support). The case's own zorgcoördinatoren correct what a signal
 * says was seen.
 */
export function CaseTimeline({
  caseId,
  sections,
  mayCorrect = false,
  showConsents = false,
  showMeetings = false,
}: {
  caseId: number;
  sections: readonly PackageSection[];
  mayCorrect?: boolean;
  /** Consents given and withdrawn, for the case team (who records them). */
  showConsents?: boolean;
  /** Joint meetings (driegesprek), for both sides of a handover. */
  showMeetings?: boolean;
}) {
  const showSignals = sections.includes('SIGNALS');
  const showSteps = sections.includes('SCHOOL_SUPPORT');
  const signals = useCaseSignals(caseId, showSignals);
  const history = useCaseHistory(caseId, showSteps);
  const showContacts = sections.includes('BRIDGING');
  const contacts = useBridgingContacts(caseId, showContacts);
  const consents = useCaseConsents(caseId, showConsents);
  const meetings = useJointMeetings(caseId, showMeetings);
  const error = signals.error ?? history.error;
  if (!showSignals && !showSteps && !showMeetings) return null;
  return (
    <section aria-labelledby="tijdlijn-kop" className="hr-section">
      <Heading level={2} id="tijdlijn-kop">
        Tijdlijn
      </Heading>
      {((showSignals && signals.isPending) || (showSteps && history.isPending)) && !error && (
        <LoadingState label="De tijdlijn wordt geladen…" />
      )}
      {error && (
        <ErrorState
          error={error}
          title="De tijdlijn kon niet worden geladen"
          onRetry={() => {
            void signals.refetch();
            void history.refetch();
          }}
        />
      )}
      {(!showSignals || signals.data) && (!showSteps || history.data) && (
        <TimelineList
          caseId={caseId}
          entries={buildTimeline(
            signals.data ?? [],
            history.data ?? [],
            showConsents ? (consents.data ?? []) : [],
            contacts.data ?? [],
            meetings.data ?? [],
          )}
          mayCorrect={mayCorrect}
        />
      )}
    </section>
  );
}

function TimelineList({
  caseId,
  entries,
  mayCorrect,
}: {
  caseId: number;
  entries: ReturnType<typeof buildTimeline>;
  mayCorrect: boolean;
}) {
  if (entries.length === 0) {
    return (
      <EmptyState title="Nog niets gebeurd">
        <Paragraph>Er zijn nog geen signalen of stappen vastgelegd.</Paragraph>
      </EmptyState>
    );
  }
  return (
    <ol className="hr-timeline" aria-label="Gebeurtenissen, nieuwste eerst">
      {entries.map((entry) =>
        entry.kind === 'meeting-planned' || entry.kind === 'meeting-held' ? (
          <li key={`${entry.kind}${entry.meeting.id}`} className="hr-timeline__item">
            <p className="hr-timeline__title">
              {entry.kind === 'meeting-planned' ? 'Driegesprek gepland' : 'Driegesprek gehouden'}
            </p>
            <p className="hr-timeline__meta">
              {entry.kind === 'meeting-planned'
                ? `${formatDateTime(entry.at)} door ${entry.meeting.plannedBy.name || 'onbekend'}, voor ${formatDate(entry.meeting.plannedOn)}`
                : `${formatDate(entry.meeting.heldOn ?? undefined)}, vastgelegd door ${entry.meeting.heldBy?.name || 'onbekend'}`}
            </p>
            {entry.kind === 'meeting-held' && entry.meeting.note && <p>{entry.meeting.note}</p>}
          </li>
        ) : entry.kind === 'contact' ? (
          <li key={`c${entry.contact.id}`} className="hr-timeline__item">
            <p className="hr-timeline__title">Overbruggingscontact</p>
            <p className="hr-timeline__meta">
              {formatDate(entry.contact.contactedOn)}, vastgelegd door {entry.contact.recordedBy.name || 'onbekend'}
            </p>
            {entry.contact.note && <p>{entry.contact.note}</p>}
          </li>
        ) : entry.kind === 'consent-given' || entry.kind === 'consent-withdrawn' ? (
          <li key={`${entry.kind}${entry.consent.id}`} className="hr-timeline__item hr-timeline__item--consent">
            <p className="hr-timeline__title">
              {entry.kind === 'consent-given' ? 'Toestemming vastgelegd' : 'Toestemming ingetrokken'}
              <span className="hr-muted"> · {entry.consent.provider.name}</span>
            </p>
            <p className="hr-timeline__meta">
              {formatDateTime(entry.at)} door{' '}
              {(entry.kind === 'consent-given' ? entry.consent.recordedBy : entry.consent.withdrawnBy)?.name ||
                'onbekend'}
            </p>
            {entry.kind === 'consent-given' && (
              <p>
                <span className="hr-muted">Gegeven door: </span>
                {consentGiverLabel[entry.consent.givenBy]}, voor{' '}
                {entry.consent.sections.map((section) => packageSectionLabel[section]).join(', ')}, tot{' '}
                {formatDate(entry.consent.validUntil)}
              </p>
            )}
          </li>
        ) : entry.kind === 'signal' ? (
          <li key={`s${entry.signal.id}`} className="hr-timeline__item hr-timeline__item--signal">
            <p className="hr-timeline__title">
              Signaal van {entry.signal.raisedByName || 'onbekend'} <UrgencyBadge urgency={entry.signal.urgency} />
            </p>
            <p className="hr-timeline__meta">{formatDateTime(entry.signal.raisedAt)}</p>
            <p>
              <span className="hr-muted">Over: </span>
              {(entry.signal.lifeDomains ?? []).map((domain) => lifeDomainLabel[domain]).join(', ')}
            </p>
            <blockquote className="hr-quote">{entry.signal.observation}</blockquote>
            <p className="hr-muted">Besproken met de student: {yesNo(entry.signal.discussedWithStudent)}</p>
            <CorrectionTrace corrections={entry.signal.corrections} />
            {mayCorrect && <SignalCorrection caseId={caseId} signal={entry.signal} />}
          </li>
        ) : (
          <li key={`t${entry.transition.id}`} className="hr-timeline__item">
            <p className="hr-timeline__title">
              {entry.transition.event ? eventDoneLabel[entry.transition.event] : 'Stap'}
              {entry.transition.from && entry.transition.to && (
                <span className="hr-muted">
                  {' '}
                  · {stateLabel[entry.transition.from]} → {stateLabel[entry.transition.to]}
                </span>
              )}
            </p>
            <p className="hr-timeline__meta">
              {formatDateTime(entry.transition.occurredAt)} door {entry.transition.actor?.name || 'onbekend'}
            </p>
            {entry.transition.reason && (
              <p>
                <span className="hr-muted">Reden: </span>
                {entry.transition.reason}
              </p>
            )}
            <PayloadDetails transition={entry.transition} />
          </li>
        ),
      )}
    </ol>
  );
}

/** The event's fields as they were sent, in words; ids of people and providers are left to the case summary. */
function PayloadDetails({ transition }: { transition: CaseTransition }) {
  const payload = transition.payload as Record<string, unknown> | undefined;
  if (!payload || typeof payload !== 'object') return null;
  const shown = Object.entries(payload).flatMap(([name, value]): [string, string][] => {
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    if (name === 'ownerId' || name === 'providerId') return [];
    if (name === 'outcome')
      return [[eventFieldLabel.outcome, outcomeLabel[value as keyof typeof outcomeLabel] ?? String(value)]];
    if (/Date$/.test(name)) return [[eventFieldLabel[name] ?? name, formatDate(String(value))]];
    return [[eventFieldLabel[name] ?? name, String(value)]];
  });
  if (shown.length === 0) return null;
  return (
    <dl className="hr-payload">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Corrigeren of what a signal says was seen: a button, then the form in place. */
function SignalCorrection({ caseId, signal }: { caseId: number; signal: CaseSignal }) {
  const correct = useCorrectSignal(caseId);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  if (!open) {
    return (
      <>
        {done && (
          <p role="status" className="hr-correction-done">
            Het signaal is gecorrigeerd.
          </p>
        )}
        <ButtonGroup>
          <Button
            type="button"
            appearance="subtle-button"
            aria-label={`Corrigeren: signaal van ${formatDateTime(signal.raisedAt)}`}
            onClick={() => {
              correct.reset();
              setDone(false);
              setOpen(true);
            }}
          >
            Corrigeren
          </Button>
        </ButtonGroup>
      </>
    );
  }
  return (
    <CorrectionForm
      id={`signal-${signal.id}-correction`}
      what="signaal"
      textLabel="Wat is er gezien of gehoord (juiste tekst)"
      target={signal.id}
      current={signal.observation}
      version={signal.version}
      correct={correct}
      onDone={() => {
        setOpen(false);
        setDone(true);
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
