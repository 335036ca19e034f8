import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { fetchCase, keys, useLifecycle } from '../../api/queries';
import type { CaseEvent, CaseView } from '../../api/types';
import { ErrorState, LoadingState } from '../../components/States';
import { eventLabel, stateLabel } from '../../i18n/nl';
import { problemText } from '../../i18n/problems';
import { caseChanges, eventFormSpec, type CaseChange } from './eventForm';
import { CONSENT_GUARDED, needsConsentFirst } from './consent';
import { EventForm, type EventOutcome } from './EventForm';

type Notice =
  | { kind: 'done'; event: CaseEvent; state?: CaseView['state'] }
  | { kind: 'stale'; changes: CaseChange[] }
  | { kind: 'not-allowed' };

/** One button per event the API allows now (allowedEvents), each opening that event's form. */
export function CaseActions({ theCase }: { theCase: CaseView }) {
  const lifecycle = useLifecycle();
  const client = useQueryClient();
  const [open, setOpen] = useState<CaseEvent | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const buttons = useRef<Partial<Record<CaseEvent, HTMLButtonElement | null>>>({});
  const noticeRef = useRef<HTMLDivElement>(null);
  // an event whose guard will refuse for want of consent is not offered: the consent form comes first
  const waitingForConsent = needsConsentFirst(theCase);
  const allowed = (theCase.allowedEvents ?? []).filter(
    (event) => !(waitingForConsent && CONSENT_GUARDED.includes(event)),
  );

  async function finished(event: CaseEvent, outcome: EventOutcome) {
    setOpen(null);
    if (outcome.kind === 'done') {
      setNotice({ kind: 'done', event, state: outcome.after.state });
    } else {
      const before = theCase;
      const id = theCase.id ?? 0;
      const after = await client
        .fetchQuery({ queryKey: keys.case(id), queryFn: () => fetchCase(id), staleTime: 0 })
        .catch(() => undefined);
      void client.invalidateQueries({ queryKey: keys.caseHistory(theCase.id ?? 0) });
      setNotice(
        outcome.kind === 'stale'
          ? { kind: 'stale', changes: after ? caseChanges(before, after) : [] }
          : { kind: 'not-allowed' },
      );
    }
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  function cancel(event: CaseEvent) {
    setOpen(null);
    requestAnimationFrame(() => buttons.current[event]?.focus());
  }

  return (
    <section aria-labelledby="acties-kop" className="hr-section hr-actions">
      <Heading level={2} id="acties-kop">
        Wat kun je nu doen?
      </Heading>
      <div ref={noticeRef} tabIndex={-1}>
        {notice && <NoticeView notice={notice} />}
      </div>
      {waitingForConsent && (
        <div className="utrecht-alert utrecht-alert--info hr-next-step">
          <Paragraph>
            <strong>Volgende stap: eerst toestemming vastleggen.</strong> Op de wachtlijst plaatsen en de warme
            overdracht kunnen pas als de student toestemming gaf om met {theCase.provider?.name ?? 'de zorgaanbieder'}{' '}
            te delen.{' '}
            <a href="#toestemming-kop" className="utrecht-link">
              Naar het formulier
            </a>
          </Paragraph>
        </div>
      )}
      {allowed.length === 0 && !waitingForConsent && (
        <Paragraph>
          Er is nu geen stap die jij in de fase {theCase.state ? stateLabel[theCase.state].toLowerCase() : ''} kunt
          zetten.
        </Paragraph>
      )}
      {allowed.length > 0 && (
        <div className="hr-action-buttons">
          {allowed.map((event) => (
            <Button
              key={event}
              type="button"
              ref={(element) => {
                buttons.current[event] = element;
              }}
              appearance={open === event ? 'primary-action-button' : 'secondary-action-button'}
              aria-expanded={open === event}
              aria-controls={open === event ? `event-panel-${event}` : undefined}
              onClick={() => {
                setNotice(null);
                setOpen(open === event ? null : event);
              }}
            >
              {eventLabel[event]}
            </Button>
          ))}
        </div>
      )}
      {open && (
        <div id={`event-panel-${open}`} className="hr-event-panel">
          {lifecycle.isPending && <LoadingState />}
          {lifecycle.error && <ErrorState error={lifecycle.error} />}
          {lifecycle.data && theCase.state && (
            <EventForm
              key={open}
              theCase={theCase}
              spec={eventFormSpec(lifecycle.data, open, theCase.state)}
              onDone={(outcome) => void finished(open, outcome)}
              onCancel={() => cancel(open)}
            />
          )}
        </div>
      )}
    </section>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  if (notice.kind === 'done') {
    return (
      <div className="utrecht-alert utrecht-alert--ok" role="status">
        <Paragraph>
          Gelukt: {eventLabel[notice.event].toLowerCase()}.
          {notice.state && (
            <>
              {' '}
              De casus staat nu op <strong>{stateLabel[notice.state]}</strong>.
            </>
          )}
        </Paragraph>
      </div>
    );
  }
  if (notice.kind === 'not-allowed') {
    return (
      <div className="utrecht-alert utrecht-alert--warning" role="alert">
        <Paragraph>{problemText({ status: 409, code: 'case.event-not-allowed' })}</Paragraph>
      </div>
    );
  }
  return (
    <div className="utrecht-alert utrecht-alert--warning" role="alert">
      <p className="utrecht-heading-4">De casus is intussen gewijzigd</p>
      <Paragraph>{problemText({ status: 409, code: 'case.version-stale' })}</Paragraph>
      {notice.changes.length > 0 && (
        <>
          <Paragraph>Wat er veranderde:</Paragraph>
          <ul className="hr-changes">
            {notice.changes.map((change) => (
              <li key={change.label}>
                <strong>{change.label}:</strong> {change.before} → {change.after}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
