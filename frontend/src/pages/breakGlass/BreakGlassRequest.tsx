import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useBreakGlass } from '../../api/queries';
import type { BreakGlassGrant, DirectoryEntry } from '../../api/types';
import { Contacts } from '../../components/Contacts';
import { describedBy, Field } from '../../components/Form';
import { ErrorState } from '../../components/States';
import { formatDateTime } from '../../format';
import { caseloadLink, REASON_MAX, StudentFacts } from './studentLinks';

/** Why break-glass, or what is wrong with the reason; undefined when it can be sent. */
export function reasonError(reason: string): string | undefined {
  if (!reason.trim()) return 'Geef een reden.';
  if (reason.length > REASON_MAX) return `Gebruik hooguit ${REASON_MAX} tekens.`;
  return undefined;
}

/** A student of another location: what break-glass means, the reason, and then until when it holds. */
export function BreakGlassRequest({ student }: { student: DirectoryEntry }) {
  const [grant, setGrant] = useState<BreakGlassGrant | null>(null);
  return (
    <>
      <StudentFacts student={student} />
      <Contacts
        locationId={student.locationId}
        label={`Wie bereik je? De zorgcoördinatoren van ${student.locationName}:`}
      />
      {grant ? (
        <BreakGlassGranted student={student} grant={grant} />
      ) : (
        <BreakGlassForm student={student} onGranted={setGrant} />
      )}
    </>
  );
}

function BreakGlassForm({
  student,
  onGranted,
}: {
  student: DirectoryEntry;
  onGranted: (grant: BreakGlassGrant) => void;
}) {
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);
  const breakGlass = useBreakGlass(student.id);
  const error = showError ? reasonError(reason) : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reasonError(reason)) {
      setShowError(true);
      document.getElementById('reason')?.focus();
      return;
    }
    breakGlass.mutate(reason.trim(), { onSuccess: onGranted });
  }

  return (
    <>
      <div className="utrecht-alert utrecht-alert--warning">
        <Heading level={3} appearance="utrecht-heading-4">
          {student.name} studeert op {student.locationName}
        </Heading>
        <Paragraph>
          Dat is geen locatie waar jij werkt. Je ziet de casussen van deze student alleen met noodtoegang.
        </Paragraph>
      </div>
      <section aria-labelledby="noodtoegang-uitleg" className="hr-panel hr-explain">
        <Heading level={3} id="noodtoegang-uitleg" appearance="utrecht-heading-4">
          Wat betekent noodtoegang?
        </Heading>
        <UnorderedList>
          <UnorderedListItem>
            Je kunt de casussen van {student.name} <strong>4 uur lang lezen</strong>. Daarna vervalt de toegang vanzelf.
          </UnorderedListItem>
          <UnorderedListItem>Je kunt alleen lezen: je zet geen stappen en legt niets vast.</UnorderedListItem>
          <UnorderedListItem>
            Alles wat je bekijkt komt in het <strong>toegangslog</strong>, met jouw reden. De privacy officer
            controleert dat.
          </UnorderedListItem>
          <UnorderedListItem>
            De zorgcoördinatoren van {student.locationName} krijgen een melding dat jij noodtoegang gebruikte.
          </UnorderedListItem>
        </UnorderedList>
        <Paragraph>
          Gebruik noodtoegang alleen als je de student nu moet helpen en de eigen zorgcoördinator niet op tijd bereikt.
        </Paragraph>
      </section>
      <form className="hr-form hr-section" onSubmit={submit} noValidate aria-label="Noodtoegang gebruiken">
        <Field
          id="reason"
          label="Waarom heb je nu toegang nodig?"
          required
          description={`Kort en zonder medische details; de privacy officer leest dit in het toegangslog. Hooguit ${REASON_MAX} tekens.`}
          error={error}
        >
          <Textarea
            id="reason"
            rows={3}
            maxLength={REASON_MAX}
            value={reason}
            invalid={Boolean(error)}
            aria-describedby={describedBy('reason', true, Boolean(error))}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
        <p className="hr-muted hr-counter">Nog {REASON_MAX - reason.length} tekens.</p>
        {breakGlass.error && <ErrorState error={breakGlass.error} title="Je hebt geen noodtoegang gekregen" />}
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={breakGlass.isPending}
            disabled={breakGlass.isPending}
          >
            Noodtoegang gebruiken
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function BreakGlassGranted({ student, grant }: { student: DirectoryEntry; grant: BreakGlassGrant }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const until = formatDateTime(grant.expiresAt);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status">
      <Heading level={3} appearance="utrecht-heading-4" ref={heading} tabIndex={-1} className="hr-focus-target">
        Je hebt noodtoegang tot {until}
      </Heading>
      <Paragraph>
        Je kunt de casussen van <strong>{student.name}</strong> ({student.studentNumber}) lezen tot{' '}
        <strong>{until}</strong>. Je kunt geen stappen zetten. De zorgcoördinatoren van {student.locationName} hebben
        een melding gekregen.
      </Paragraph>
      <Paragraph>Je reden: {grant.reason}</Paragraph>
      <Paragraph>
        <Link to={caseloadLink(student.studentNumber)} className="utrecht-link">
          Bekijk de casussen van {student.name}
        </Link>
      </Paragraph>
    </div>
  );
}
