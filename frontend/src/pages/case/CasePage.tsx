import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link, useParams } from 'react-router';
import { useCase } from '../../api/queries';
import { isApiError } from '../../api/problem';
import type { CaseView } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { hasRole, useSession } from '../../session/SessionContext';
import { NotFoundPage } from '../NotFoundPage';
import { CaseActions } from './CaseActions';
import { CaseNotesSection } from './CaseNotesSection';
import { Contacts } from '../../components/Contacts';
import { CaseSignalsPanel } from './CaseSignalsPanel';
import { CaseSummaryPanel } from './CaseSummaryPanel';
import { CaseTimeline } from './CaseTimeline';
import { ConsentSection } from './ConsentSection';
import { HandoverPackageSection } from './HandoverPackageSection';
import { JointMeetingsSection } from './JointMeetingsSection';

/** Casus: the student, where the case stands, what can be done now, and everything that happened. */
export function CasePage() {
  const { caseId } = useParams();
  const id = Number.parseInt(caseId ?? '', 10);
  if (!Number.isFinite(id) || id <= 0) return <NotFoundPage />;
  return <CaseLoader id={id} />;
}

function CaseLoader({ id }: { id: number }) {
  const theCase = useCase(id);
  if (theCase.isPending) return <LoadingState label="De casus wordt geladen…" />;
  if (theCase.error) {
    const notFound = isApiError(theCase.error) && theCase.error.status === 404;
    return (
      <>
        <PageTitle>{notFound ? 'Casus niet gevonden' : 'Casus niet beschikbaar'}</PageTitle>
        <ErrorState error={theCase.error} onRetry={notFound ? undefined : () => void theCase.refetch()} />
        <Paragraph>
          <Link to="/caseload" className="utrecht-link">
            Terug naar de caseload
          </Link>
        </Paragraph>
      </>
    );
  }
  return <CaseDetails theCase={theCase.data as CaseView} />;
}

function CaseDetails({ theCase }: { theCase: CaseView }) {
  const me = useSession();
  // what this user may do on the case is the API's to say: break-glass reads only, the case's own zorgcoördinatoren correct
  const breakGlass = theCase.readOnly;
  const mayCorrect = theCase.mayCorrect;
  return (
    <>
      <Paragraph className="hr-breadcrumb">
        <Link to="/caseload" className="utrecht-link">
          {/* the same words as the menu */}← {hasRole(me, 'ZORGCOORDINATOR') ? 'Caseload' : 'Mijn overdrachten'}
        </Link>
      </Paragraph>
      <PageTitle>{`Casus ${theCase.student?.name ?? ''}`}</PageTitle>
      {breakGlass && (
        <div className="utrecht-alert utrecht-alert--warning hr-break-glass-banner">
          <Paragraph>
            <strong>Noodtoegang: alleen lezen.</strong> Deze student hoort bij {theCase.student?.locationName}. Je kunt
            meelezen, maar geen stappen zetten of iets vastleggen. Wat je bekijkt, staat met jouw reden in het
            toegangslog.
          </Paragraph>
        </div>
      )}
      <CaseSignalsPanel theCase={theCase} />
      <CaseSummaryPanel theCase={theCase} />
      {hasRole(me, 'ZORGCOORDINATOR') && (
        <Contacts
          locationId={theCase.locationId}
          label={`Wie bereik je? De zorgcoördinatoren van ${theCase.student?.locationName ?? 'de locatie'}:`}
        />
      )}
      <HandoverPackageSection theCase={theCase} />
      {!breakGlass && <CaseActions theCase={theCase} />}
      <JointMeetingsSection theCase={theCase} mayWork={!breakGlass} />
      <ConsentSection theCase={theCase} />
      <CaseNotesSection theCase={theCase} mayWrite={theCase.mayWriteNotes} mayCorrect={mayCorrect} />
      {!breakGlass && hasRole(me, 'ZORGCOORDINATOR') && <InzageLinks studentId={theCase.student.id} />}
      <CaseTimeline
        caseId={theCase.id}
        sections={theCase.visibleSections}
        mayCorrect={mayCorrect}
        showConsents={hasRole(me, 'ZORGCOORDINATOR')}
        showMeetings={
          hasRole(me, 'ZORGCOORDINATOR') || theCase.state === 'HANDOVER' || theCase.state === 'EXTERNAL_CARE'
        }
      />
    </>
  );
}

/** Inzage (AVG art. 15): everything recorded about the student, for when they ask for it. The export is logged. */
function InzageLinks({ studentId }: { studentId: number }) {
  return (
    <section aria-labelledby="inzage-kop" className="hr-section">
      <Heading level={2} id="inzage-kop">
        Inzage
      </Heading>
      <Paragraph>
        Vraagt de student om inzage, download dan alles wat Hulproute over hem of haar heeft vastgelegd, ook wie de
        gegevens bekeek. De export komt in het toegangslog.
      </Paragraph>
      <Paragraph>
        <a className="utrecht-link" href={`/api/students/${studentId}/record?format=pdf`}>
          Dossier downloaden (PDF)
        </a>
        {' · '}
        <a className="utrecht-link" href={`/api/students/${studentId}/record`} download={`inzage-${studentId}.json`}>
          als gegevens (JSON)
        </a>
      </Paragraph>
    </section>
  );
}
