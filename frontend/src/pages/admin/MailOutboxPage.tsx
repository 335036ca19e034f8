import {
  Alert,
  Button,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMailOutbox, useResendMail } from '../../api/queries';
import type { AdminMail, MailStatus } from '../../api/types';
import { Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState, errorText } from '../../components/States';
import { formatDateTime } from '../../format';

export const mailStatusLabel: Record<MailStatus, string> = {
  QUEUED: 'Wacht op verzending',
  RETRYING: 'Mislukt, wordt opnieuw geprobeerd',
  SENT: 'Verstuurd',
  FAILED: 'Mislukt na een dag',
};

const STATUSES: MailStatus[] = ['QUEUED', 'RETRYING', 'SENT', 'FAILED'];

/** E-mail: what Hulproute sent or will send, to whom, with which subject (never the content), and how it went. */
export function MailOutboxPage() {
  const [status, setStatus] = useState<MailStatus | undefined>(undefined);
  const [page, setPage] = useState(0);
  const outbox = useMailOutbox(status, page);
  const resend = useResendMail();
  return (
    <>
      <PageTitle>E-mail</PageTitle>
      <Paragraph lead>
        Elke e-mail van Hulproute, nieuwste eerst: aan wie, met welk onderwerp en hoe de verzending ging. E-mails
        bevatten alleen een link, nooit inhoud over een student. Lukt verzenden niet, dan probeert Hulproute het steeds
        opnieuw; na een dag staat de e-mail hier als mislukt en kun je hem opnieuw versturen.
      </Paragraph>
      {outbox.data && !outbox.data.smtpConfigured && (
        <Paragraph className="hr-notice" role="note">
          Er is geen mailserver ingesteld (spring.mail.host): e-mails blijven hier wachten tot die er is.
        </Paragraph>
      )}
      {outbox.data && (
        <Paragraph className="hr-muted">
          {STATUSES.map((each) => `${mailStatusLabel[each]}: ${outbox.data.counts[each] ?? 0}`).join(' · ')}
        </Paragraph>
      )}
      <Field id="mail-status" label="Status" markOptional={false}>
        <Select
          id="mail-status"
          value={status ?? ''}
          onChange={(event) => {
            setStatus((event.target.value || undefined) as MailStatus | undefined);
            setPage(0);
          }}
        >
          <SelectOption value="">Alle</SelectOption>
          {STATUSES.map((each) => (
            <SelectOption key={each} value={each}>
              {mailStatusLabel[each]}
            </SelectOption>
          ))}
        </Select>
      </Field>
      {resend.error && (
        <Alert type="error" role="alert">
          {errorText(resend.error)}
        </Alert>
      )}
      <div aria-live="polite" aria-busy={outbox.isFetching}>
        {outbox.isPending && <LoadingState label="De e-mails worden geladen…" />}
        {outbox.error && <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />}
        {outbox.data && outbox.data.mails.content.length === 0 && <EmptyState title="Geen e-mails" />}
        {outbox.data && outbox.data.mails.content.length > 0 && (
          <div className="hr-table-scroll">
            <Table>
              <TableCaption className="hr-visually-hidden">E-mails van Hulproute</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
                  <TableHeaderCell scope="col">Aan</TableHeaderCell>
                  <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Pogingen</TableHeaderCell>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {outbox.data.mails.content.map((mail: AdminMail) => (
                  <TableRow key={mail.id}>
                    <TableCell>{formatDateTime(mail.createdAt)}</TableCell>
                    <TableCell>{mail.recipient}</TableCell>
                    <TableCell>{mail.subject}</TableCell>
                    <TableCell>
                      {mailStatusLabel[mail.status]}
                      {mail.sentAt && <span className="hr-muted hr-block">{formatDateTime(mail.sentAt)}</span>}
                      {mail.nextAttemptAt && mail.attempts > 0 && (
                        <span className="hr-muted hr-block">volgende poging {formatDateTime(mail.nextAttemptAt)}</span>
                      )}
                      {mail.lastError && <span className="hr-muted hr-block">{mail.lastError}</span>}
                    </TableCell>
                    <TableCell>{mail.attempts}</TableCell>
                    <TableCell>
                      {mail.status === 'FAILED' && (
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          disabled={resend.isPending}
                          aria-label={`Opnieuw versturen: ${mail.subject} aan ${mail.recipient}`}
                          onClick={() => resend.mutate({ id: mail.id, version: mail.version })}
                        >
                          Opnieuw versturen
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
      {outbox.data && (
        <Pager
          page={page}
          totalPages={outbox.data.mails.totalPages ?? 0}
          onPage={setPage}
          label="Pagina's van de e-mails"
        />
      )}
    </>
  );
}
