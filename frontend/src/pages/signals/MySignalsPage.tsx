import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { MeasuresOnCard } from '../agreements/MeasuresOnCard';
import { TeamMeasures } from '../agreements/TeamMeasures';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMySignals, useStudents } from '../../api/queries';
import type { Student } from '../../api/types';
import { SignalStatusBadge, UrgencyBadge } from '../../components/Badges';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { formatDate } from '../../format';
import { lifeDomainLabel, signalStatusHint, signalStatusLabel } from '../../i18n/nl';
import type { SignalStatus } from '../../api/types';

const STATUS_ORDER: SignalStatus[] = ['RECEIVED', 'PICKED_UP', 'IN_SUPPORT', 'REFERRED', 'CLOSED'];

/** Mijn signalen: the status of what I raised, and what each of my students may count on. */
export function MySignalsPage() {
  return (
    <>
      <PageTitle>Mijn signalen</PageTitle>
      <Paragraph>
        Hier zie je wat er met jouw signalen gebeurt. Je ziet alleen de status; wat de student met de zorgcoördinator
        bespreekt, blijft vertrouwelijk.
      </Paragraph>
      <SignalList />
      <StudentCards />
      <TeamMeasures />
    </>
  );
}

function SignalList() {
  const [page, setPage] = useState(0);
  const signals = useMySignals(page);
  return (
    <section aria-labelledby="signalen-kop" className="hr-section">
      <Heading level={2} id="signalen-kop">
        Gemelde signalen
      </Heading>
      <details className="hr-legend">
        <summary>Wat betekenen de statussen?</summary>
        <dl>
          {STATUS_ORDER.map((status) => (
            <div key={status}>
              <dt>{signalStatusLabel[status]}</dt>
              <dd>{signalStatusHint[status]}</dd>
            </div>
          ))}
        </dl>
      </details>
      {signals.isPending && <LoadingState label="Je signalen worden geladen…" />}
      {signals.error && <ErrorState error={signals.error} onRetry={() => void signals.refetch()} />}
      {signals.data && (signals.data.content ?? []).length === 0 && (
        <EmptyState title="Je hebt nog geen signalen gemeld">
          <Paragraph>
            Zie je dat het met een student niet goed gaat?{' '}
            <Link to="/signaal-melden" className="utrecht-link">
              Meld een signaal
            </Link>
            .
          </Paragraph>
        </EmptyState>
      )}
      {signals.data && (signals.data.content ?? []).length > 0 && (
        <>
          <div className="hr-table-scroll">
            <Table>
              <TableCaption className="hr-visually-hidden">Jouw signalen, nieuwste eerst</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Student</TableHeaderCell>
                  <TableHeaderCell scope="col">Gemeld op</TableHeaderCell>
                  <TableHeaderCell scope="col">Over</TableHeaderCell>
                  <TableHeaderCell scope="col">Urgentie</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {(signals.data.content ?? []).map((signal) => (
                  <TableRow key={signal.id}>
                    <TableHeaderCell scope="row">{signal.studentName}</TableHeaderCell>
                    <TableCell>{formatDate(signal.raisedAt)}</TableCell>
                    <TableCell>
                      {(signal.lifeDomains ?? []).map((domain) => lifeDomainLabel[domain]).join(', ')}
                    </TableCell>
                    <TableCell>
                      <UrgencyBadge urgency={signal.urgency} />
                    </TableCell>
                    <TableCell>
                      <SignalStatusBadge status={signal.status} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pager
            page={page}
            totalPages={signals.data.totalPages ?? 0}
            onPage={setPage}
            label="Pagina's van je signalen"
          />
        </>
      )}
    </section>
  );
}

function StudentCards() {
  const [page, setPage] = useState(0);
  const students = useStudents('', page, 12);
  return (
    <section aria-labelledby="studenten-kop" className="hr-section">
      <Heading level={2} id="studenten-kop">
        Waar kunnen je studenten op rekenen?
      </Heading>
      <Paragraph>
        Per student de afspraken over extra ondersteuning die jij in de les toepast, zoals extra tijd bij toetsen.
      </Paragraph>
      {students.isPending && <LoadingState label="Je studenten worden geladen…" />}
      {students.error && <ErrorState error={students.error} onRetry={() => void students.refetch()} />}
      {students.data && (students.data.content ?? []).length === 0 && (
        <EmptyState title="Je hebt nog geen studenten">
          <Paragraph>Zodra er studenten aan jou als SLB’er zijn gekoppeld, zie je ze hier.</Paragraph>
        </EmptyState>
      )}
      {students.data && (students.data.content ?? []).length > 0 && (
        <>
          <ul className="hr-cards">
            {(students.data.content ?? []).map((student) => (
              <li key={student.id}>
                <StudentCard student={student} />
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            totalPages={students.data.totalPages ?? 0}
            onPage={setPage}
            label="Pagina's van je studenten"
          />
        </>
      )}
    </section>
  );
}

function StudentCard({ student }: { student: Student }) {
  return (
    <article className="hr-card" aria-labelledby={`student-card-${student.id}`}>
      <Heading level={3} appearance="utrecht-heading-4" id={`student-card-${student.id}`}>
        {student.name}
      </Heading>
      <p className="hr-muted">
        {student.studentNumber} · {student.programme}, niveau {student.level}
      </p>
      <MeasuresOnCard studentId={student.id} />
    </article>
  );
}
