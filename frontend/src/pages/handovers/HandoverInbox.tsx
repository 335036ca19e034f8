import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { contactRoleLabel, useReceivedHandovers, type ReceivedHandover } from '../../api/handover';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate } from '../../format';

/** What a handover means to the receiver, in their words: to answer, or in their care. */
export function receivedStatus(handover: Pick<ReceivedHandover, 'state'>): string {
  return handover.state === 'HANDOVER' ? 'Wacht op jouw antwoord' : 'In zorg bij jullie';
}

/**
 * Mijn overdrachten: the handovers to the professional's organisation, with only what concerns them: who, when it
 * arrived, whom to call at school, where it stands and the first contact. No school-internal phases or deadlines.
 */
export function HandoverInbox() {
  const handovers = useReceivedHandovers();
  const list = handovers.data ?? [];
  return (
    <>
      <PageTitle>Mijn overdrachten</PageTitle>
      <Paragraph>
        Studenten die een school via een warme overdracht aan jouw organisatie overdraagt. Je ziet een student zolang de
        overdracht loopt en de student bij jullie in zorg is, met toestemming van de student.
      </Paragraph>
      <section aria-labelledby="lijst-kop" className="hr-section">
        <h2 id="lijst-kop" className="utrecht-heading-2">
          Overdrachten
          {handovers.data && <span className="hr-muted hr-count"> ({list.length})</span>}
        </h2>
        {handovers.isPending && <LoadingState label="De overdrachten worden geladen…" />}
        {handovers.error && <ErrorState error={handovers.error} onRetry={() => void handovers.refetch()} />}
        {handovers.data && list.length === 0 && (
          <EmptyState title="Er zijn geen overdrachten">
            <Paragraph>Zodra een school een student aan jouw organisatie overdraagt, staat die hier.</Paragraph>
          </EmptyState>
        )}
        {list.length > 0 && (
          <div className="hr-table-scroll">
            <Table className="hr-case-table">
              <TableCaption className="hr-visually-hidden">Overdrachten aan jouw organisatie</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Student</TableHeaderCell>
                  <TableHeaderCell scope="col">Ontvangen op</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Eerste contact</TableHeaderCell>
                  <TableHeaderCell scope="col">Contactpersoon school</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.map((handover) => (
                  <TableRow key={handover.caseId}>
                    <TableHeaderCell scope="row">
                      <Link to={`/casussen/${handover.caseId}`} className="utrecht-link">
                        {handover.student.name}
                      </Link>
                      <span className="hr-muted hr-block">{handover.student.studentNumber}</span>
                    </TableHeaderCell>
                    <TableCell>{formatDate(handover.receivedAt)}</TableCell>
                    <TableCell>
                      <span className={`hr-badge hr-badge--state-${handover.state.toLowerCase()}`}>
                        {receivedStatus(handover)}
                      </span>
                      {handover.acceptedAt && (
                        <span className="hr-muted hr-block">geaccepteerd {formatDate(handover.acceptedAt)}</span>
                      )}
                    </TableCell>
                    <TableCell>{handover.firstContactDate ? formatDate(handover.firstContactDate) : '—'}</TableCell>
                    <TableCell>
                      {handover.schoolContact ? (
                        <>
                          {handover.schoolContact.name}
                          <span className="hr-muted hr-block">
                            {contactRoleLabel[handover.schoolContact.role] ?? handover.schoolContact.role}
                            {handover.schoolContact.phone && `, ${handover.schoolContact.phone}`}
                          </span>
                          {handover.schoolContact.email && (
                            <a className="utrecht-link hr-block" href={`mailto:${handover.schoolContact.email}`}>
                              {handover.schoolContact.email}
                            </a>
                          )}
                        </>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
