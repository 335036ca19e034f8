import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import {
  acceptedByLabel,
  agreementStatusLabel,
  measureKindLabel,
  revisionStatusLabel,
  useAcceptAgreement,
  useChangeAgreement,
  useCreateAgreement,
  useEndAgreement,
  useEvaluate,
  useEvaluations,
  useRevisions,
  useStudentAgreements,
  verdictLabel,
  type Agreement,
  type Measure,
} from '../../api/agreements';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate } from '../../format';
import { AcceptanceForm, AgreementForm, EndForm, EvaluationForm } from './AgreementForms';

/** Afspraken: a student's support agreement for their zorgcoördinator: draft, accept, evaluate, revise, end. */
export function StudentAgreementsPage() {
  const studentId = Number(useParams().studentId);
  const location = useLocation();
  const agreements = useStudentAgreements(studentId);
  const running = agreements.data?.find((agreement) => agreement.status !== 'ENDED');
  const earlier = agreements.data?.filter((agreement) => agreement.status === 'ENDED') ?? [];
  const named = agreements.data?.[0];
  const fromWorklist = (location.state as { studentName?: string } | null)?.studentName;
  return (
    <>
      <PageTitle>Ondersteuningsafspraken</PageTitle>
      <Paragraph lead>
        {named ? `${named.studentName} (${named.studentNumber})` : (fromWorklist ?? 'Deze student')}: de afspraken over
        extra ondersteuning, hun acceptatie en de jaarlijkse evaluatie met de student.
      </Paragraph>
      <Paragraph>
        <Link to="/afspraken" className="utrecht-link">
          Terug naar Evaluaties
        </Link>
      </Paragraph>
      {agreements.isPending && <LoadingState label="De afspraken worden geladen…" />}
      {agreements.error && <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />}
      {agreements.data && !running && <NewAgreement studentId={studentId} />}
      {running && <RunningAgreement key={running.id} agreement={running} />}
      {earlier.length > 0 && (
        <section aria-labelledby="eerder-kop" className="hr-section">
          <Heading level={2} id="eerder-kop">
            Eerdere afspraken
          </Heading>
          <ul>
            {earlier.map((agreement) => (
              <li key={agreement.id}>
                Afspraak {agreement.id}: geaccepteerd op {formatDate(agreement.firstAcceptedOn)}, beëindigd op{' '}
                {formatDate(agreement.endedOn)} ({agreement.endReason})
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function NewAgreement({ studentId }: { studentId: number }) {
  const create = useCreateAgreement(studentId);
  return (
    <section aria-labelledby="nieuw-kop" className="hr-section">
      <Heading level={2} id="nieuw-kop">
        Nieuwe afspraak
      </Heading>
      <Paragraph>
        Deze student heeft nog geen lopende afspraak. Leg vast wat de student nodig heeft en welke maatregelen de school
        neemt; daarna legt u de acceptatie door de student vast.
      </Paragraph>
      <AgreementForm
        submitLabel="Concept opslaan"
        pending={create.isPending}
        error={create.error}
        onSubmit={(needInOwnWords, measures) => create.mutate({ needInOwnWords, measures })}
      />
    </section>
  );
}

type Action = 'change' | 'accept' | 'evaluate' | 'end' | null;

function RunningAgreement({ agreement }: { agreement: Agreement }) {
  const [action, setAction] = useState<Action>(null);
  const [announcement, setAnnouncement] = useState('');
  const revisions = useRevisions(agreement.id);
  const evaluations = useEvaluations(agreement.id);
  const change = useChangeAgreement(agreement.id);
  const accept = useAcceptAgreement(agreement.id);
  const evaluate = useEvaluate(agreement.id);
  const end = useEndAgreement(agreement.id);
  const inForce = revisions.data?.find((revision) => revision.revision === agreement.inForceRevision);
  const done = (message: string) => {
    setAction(null);
    setAnnouncement(message);
  };

  return (
    <section aria-labelledby="afspraak-kop" className="hr-section">
      <Heading level={2} id="afspraak-kop">
        Afspraak {agreement.id} · versie {agreement.revision} · {agreementStatusLabel[agreement.status]}
      </Heading>
      <p role="status" className="hr-muted">
        {announcement}
      </p>
      <dl className="hr-facts">
        <dt>Geldt nu</dt>
        <dd>{agreement.inForceRevision ? `Versie ${agreement.inForceRevision}` : 'Nog geen geaccepteerde versie'}</dd>
        <dt>Eerst geaccepteerd op</dt>
        <dd>{formatDate(agreement.firstAcceptedOn)}</dd>
        <dt>Laatst geëvalueerd met de student</dt>
        <dd>{formatDate(agreement.lastEvaluatedOn)}</dd>
        <dt>Volgende evaluatie uiterlijk</dt>
        <dd>{formatDate(agreement.nextEvaluationDueOn)}</dd>
        {agreement.awaitingAcceptanceBy.length > 0 && (
          <>
            <dt>Wacht op acceptatie door</dt>
            <dd>{agreement.awaitingAcceptanceBy.map((party) => acceptedByLabel[party]).join(' en ')}</dd>
          </>
        )}
      </dl>
      <Heading level={3}>Wat de student nodig heeft (versie {agreement.revision})</Heading>
      <Paragraph>{agreement.needInOwnWords}</Paragraph>
      <MeasuresTable measures={agreement.measures} caption={`Maatregelen van versie ${agreement.revision}`} />

      <div className="hr-form__actions">
        <Button appearance="secondary-action-button" onClick={() => setAction('change')}>
          Afspraak wijzigen
        </Button>
        {agreement.status === 'DRAFT' && (
          <Button appearance="primary-action-button" onClick={() => setAction('accept')}>
            Acceptatie vastleggen
          </Button>
        )}
        {inForce && (
          <Button appearance="secondary-action-button" onClick={() => setAction('evaluate')}>
            Evaluatie vastleggen
          </Button>
        )}
        <Button appearance="subtle-button" onClick={() => setAction('end')}>
          Afspraak beëindigen
        </Button>
      </div>

      {action === 'change' && (
        <AgreementForm
          initialNeed={agreement.needInOwnWords}
          initialMeasures={agreement.measures}
          submitLabel={agreement.status === 'DRAFT' ? 'Concept bijwerken' : 'Nieuwe versie opslaan'}
          pending={change.isPending}
          error={change.error}
          onCancel={() => setAction(null)}
          onSubmit={(needInOwnWords, measures) =>
            change.mutate(
              { version: agreement.version, needInOwnWords, measures },
              { onSuccess: () => done('De afspraak is opgeslagen.') },
            )
          }
        />
      )}
      {action === 'accept' && (
        <AcceptanceForm
          awaiting={agreement.awaitingAcceptanceBy}
          pending={accept.isPending}
          error={accept.error}
          onSubmit={(acceptedOn, acceptedBy, how) =>
            accept.mutate(
              { acceptedOn, acceptedBy, how, version: agreement.version },
              { onSuccess: () => done('De acceptatie is vastgelegd.') },
            )
          }
        />
      )}
      {action === 'evaluate' && inForce && (
        <EvaluationForm
          measures={inForce.measures}
          pending={evaluate.isPending}
          error={evaluate.error}
          onSubmit={(request) =>
            evaluate.mutate(
              { ...request, version: agreement.version },
              {
                onSuccess: (evaluation) =>
                  done(
                    evaluation.startedRevision
                      ? `De evaluatie is vastgelegd. Versie ${evaluation.startedRevision} staat klaar om aan te passen en te laten accepteren.`
                      : 'De evaluatie is vastgelegd.',
                  ),
              },
            )
          }
        />
      )}
      {action === 'end' && (
        <EndForm
          pending={end.isPending}
          error={end.error}
          onSubmit={(endedOn, reason) =>
            end.mutate(
              { endedOn, reason, version: agreement.version },
              { onSuccess: () => done('De afspraak is beëindigd.') },
            )
          }
        />
      )}

      <Heading level={3}>Evaluaties</Heading>
      {evaluations.data && evaluations.data.length === 0 && (
        <EmptyState title="Nog geen evaluaties">
          <Paragraph>Evalueer de afspraak minstens eens per jaar met de student.</Paragraph>
        </EmptyState>
      )}
      {evaluations.data && evaluations.data.length > 0 && (
        <div className="hr-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Evaluaties van deze afspraak</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Gehouden op
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Met de student
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Uitkomst
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Volgende uiterlijk
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {evaluations.data.map((evaluation) => (
                <tr key={evaluation.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDate(evaluation.heldOn)}</td>
                  <td className="utrecht-table__cell">
                    {evaluation.studentPresent ? 'Ja' : 'Nee (telt niet voor de wet)'}
                  </td>
                  <td className="utrecht-table__cell">
                    {evaluation.outcomes.map((outcome) => verdictLabel[outcome.verdict]).join(', ') || '—'}
                  </td>
                  <td className="utrecht-table__cell">{formatDate(evaluation.nextDueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Heading level={3}>Versies</Heading>
      {revisions.data && (
        <div className="hr-table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Alle versies van deze afspraak</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Versie
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Status
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Geldt vanaf
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Vervangen op
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Maatregelen
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {revisions.data.map((revision) => (
                <tr key={revision.revision} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{revision.revision}</td>
                  <td className="utrecht-table__cell">{revisionStatusLabel[revision.status]}</td>
                  <td className="utrecht-table__cell">{formatDate(revision.acceptedOn)}</td>
                  <td className="utrecht-table__cell">{formatDate(revision.supersededOn)}</td>
                  <td className="utrecht-table__cell">
                    {revision.measures.map((measure) => measure.description).join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function MeasuresTable({ measures, caption }: { measures: Measure[]; caption: string }) {
  return (
    <div className="hr-table-scroll">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              Soort
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Maatregel
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Wie zorgt ervoor
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Ook in de bpv
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {measures.map((measure) => (
            <tr key={measure.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{measureKindLabel[measure.kind]}</td>
              <td className="utrecht-table__cell">{measure.description}</td>
              <td className="utrecht-table__cell">{measure.responsible}</td>
              <td className="utrecht-table__cell">{measure.appliesDuringInternship ? 'Ja' : 'Nee'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
