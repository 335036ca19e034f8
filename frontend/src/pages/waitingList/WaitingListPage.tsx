import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  FormLabel,
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
  Textbox,
  Textarea,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  useRecordBridgingContact,
  useSetExpectedStart,
  useWaitingList,
  type WaitingListFilter,
} from '../../api/queries';
import type { WaitingListRow } from '../../api/types';
import { Field } from '../../components/Form';
import { Pager } from '../../components/Pager';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState, errorText } from '../../components/States';
import { formatDate, formatDays, todayIso } from '../../format';
import { hasRole, useSession } from '../../session/SessionContext';
import { mayRecordContact, waitingSummary } from './waitingList';

/**
 * Wachtlijst: every student waiting for external care, overdue bridging contacts first, then the longest waiting.
 * A contact is recorded in the row itself, after which the warning clears.
 */
export function WaitingListPage() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const filter: WaitingListFilter = {
    providerId: params.get('aanbieder') ? Number(params.get('aanbieder')) : undefined,
    overdueOnly: params.get('telaat') === 'ja',
  };
  const pageParam = Number(params.get('pagina'));
  const page = Number.isInteger(pageParam) && pageParam > 1 ? pageParam - 1 : 0;
  const overview = useWaitingList(filter, page);
  const coordinator = hasRole(me, 'ZORGCOORDINATOR');
  const professional = hasRole(me, 'EXTERNAL_PROFESSIONAL');

  /** A new filter starts at the first page. */
  function change(next: Partial<WaitingListFilter>, nextPage = 0) {
    const merged = { ...filter, ...next };
    const search = new URLSearchParams();
    if (merged.providerId) search.set('aanbieder', String(merged.providerId));
    if (merged.overdueOnly) search.set('telaat', 'ja');
    if (nextPage > 0) search.set('pagina', String(nextPage + 1));
    setParams(search);
  }

  const list = overview.data?.rows.content ?? [];
  return (
    <>
      <PageTitle>{coordinator || professional ? 'Wachtlijst' : 'Overbrugging'}</PageTitle>
      <Paragraph>
        {coordinator
          ? 'Studenten van je locatie die wachten op externe zorg. Wie van school contact houdt, hoe vaak, en wanneer het volgende contact moet: te late contacten staan bovenaan.'
          : professional
            ? 'Studenten die bij jouw organisatie op de wachtlijst staan, met wie van school contact houdt.'
            : 'De wachtende studenten met wie jij namens school contact houdt. Leg elk contact hier vast.'}
      </Paragraph>
      {overview.data && <Paragraph className="hr-muted">{waitingSummary(overview.data)}</Paragraph>}

      <form className="hr-filters" aria-label="Filters van de wachtlijst" onSubmit={(event) => event.preventDefault()}>
        <Field id="wachtlijst-aanbieder" label="Zorgaanbieder" markOptional={false}>
          <Select
            id="wachtlijst-aanbieder"
            value={filter.providerId ? String(filter.providerId) : ''}
            onChange={(event) => change({ providerId: event.target.value ? Number(event.target.value) : undefined })}
          >
            <SelectOption value="">Alle zorgaanbieders</SelectOption>
            {(overview.data?.providers ?? []).map((provider) => (
              <SelectOption key={provider.id} value={String(provider.id)}>
                {provider.name}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <div className="hr-field hr-checkbox-field">
          <Checkbox
            id="wachtlijst-te-laat"
            checked={filter.overdueOnly}
            onChange={(event) => change({ overdueOnly: event.target.checked })}
          />
          <FormLabel htmlFor="wachtlijst-te-laat" type="checkbox">
            Alleen met een te laat contact
          </FormLabel>
        </div>
      </form>

      <div aria-live="polite" aria-busy={overview.isFetching}>
        {overview.isPending && <LoadingState label="De wachtlijst wordt geladen…" />}
        {overview.error && <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />}
        {overview.data && list.length === 0 && (
          <EmptyState title={filter.overdueOnly || filter.providerId ? 'Niemand met deze filters' : 'Niemand wacht'}>
            <Paragraph>
              {filter.overdueOnly
                ? 'Er is geen te laat overbruggingscontact.'
                : 'Zodra een student op een wachtlijst voor externe zorg komt, staat die hier.'}
            </Paragraph>
          </EmptyState>
        )}
        {list.length > 0 && (
          <div className="hr-table-scroll">
            <Table className="hr-case-table">
              <TableCaption className="hr-visually-hidden">Wachtende studenten</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Student</TableHeaderCell>
                  <TableHeaderCell scope="col">Zorgaanbieder</TableHeaderCell>
                  <TableHeaderCell scope="col">Wacht</TableHeaderCell>
                  <TableHeaderCell scope="col">Verwachte start</TableHeaderCell>
                  <TableHeaderCell scope="col">Overbrugging</TableHeaderCell>
                  <TableHeaderCell scope="col">Laatste contact</TableHeaderCell>
                  <TableHeaderCell scope="col">Volgende contact</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.map((row) => (
                  <WaitingRow
                    key={row.caseId}
                    row={row}
                    linkToCase={coordinator}
                    mayRecord={mayRecordContact(me, row)}
                    maySetStart={coordinator || professional}
                  />
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {overview.data && (
          <Pager
            page={page}
            totalPages={overview.data.rows.totalPages}
            onPage={(next) => change({}, next)}
            label="Pagina's van de wachtlijst"
          />
        )}
      </div>
    </>
  );
}

function WaitingRow({
  row,
  linkToCase,
  mayRecord,
  maySetStart,
}: {
  row: WaitingListRow;
  linkToCase: boolean;
  mayRecord: boolean;
  maySetStart: boolean;
}) {
  const [editStart, setEditStart] = useState(false);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <TableRow className={row.overdue ? 'hr-row--overdue' : undefined}>
        <TableHeaderCell scope="row">
          {linkToCase ? (
            <Link to={`/casussen/${row.caseId}`} className="utrecht-link">
              {row.student.name}
            </Link>
          ) : (
            row.student.name
          )}
          <span className="hr-muted hr-block">{row.student.studentNumber}</span>
          {row.state !== 'WAITING' && <span className="hr-muted hr-block">{waitingStateLabel(row.state)}</span>}
        </TableHeaderCell>
        <TableCell>{row.provider?.name ?? '—'}</TableCell>
        <TableCell>
          {formatDays(row.daysWaiting)}
          <span className="hr-muted hr-block">sinds {formatDate(row.waitingSince)}</span>
        </TableCell>
        <TableCell>
          {row.expectedStart ? formatDate(row.expectedStart) : <span className="hr-muted">Onbekend</span>}
          {maySetStart && !editStart && (
            <ButtonGroup>
              <Button
                type="button"
                appearance="subtle-button"
                aria-label={`Verwachte start van ${row.student.name} wijzigen`}
                onClick={() => setEditStart(true)}
              >
                Wijzigen
              </Button>
            </ButtonGroup>
          )}
          {editStart && <ExpectedStartForm row={row} onClose={() => setEditStart(false)} />}
        </TableCell>
        <TableCell>
          {row.contactPerson ? (
            <>
              {row.contactPerson.name}
              <span className="hr-muted hr-block">
                elke {row.contactEveryDays} dagen{row.bridging ? `: ${row.bridging}` : ''}
              </span>
            </>
          ) : (
            <span className="hr-muted">Niet nodig{row.noBridgingReason ? `: ${row.noBridgingReason}` : ''}</span>
          )}
        </TableCell>
        <TableCell>
          {row.lastContact ? formatDate(row.lastContact) : <span className="hr-muted">Nog geen</span>}
        </TableCell>
        <TableCell>
          {!row.nextContactDue ? (
            <span className="hr-muted">—</span>
          ) : row.overdue ? (
            <span className="hr-overdue">
              <span aria-hidden="true">⚠ </span>
              {formatDate(row.nextContactDue)} <strong>(te laat)</strong>
            </span>
          ) : (
            formatDate(row.nextContactDue)
          )}
          {done && (
            <span role="status" className="hr-block hr-correction-done">
              Contact vastgelegd.
            </span>
          )}
          {mayRecord && !open && (
            <ButtonGroup>
              <Button
                type="button"
                appearance={row.overdue ? 'primary-action-button' : 'secondary-action-button'}
                aria-label={`Contact vastleggen met ${row.student.name}`}
                onClick={() => {
                  setDone(false);
                  setOpen(true);
                }}
              >
                Contact vastleggen
              </Button>
            </ButtonGroup>
          )}
        </TableCell>
      </TableRow>
      {open && (
        <TableRow>
          <TableCell colSpan={7}>
            <ContactForm
              row={row}
              onDone={() => {
                setOpen(false);
                setDone(true);
              }}
              onCancel={() => setOpen(false)}
            />
          </TableCell>
        </TableRow>
      )}
    </>
  );
}

function ContactForm({ row, onDone, onCancel }: { row: WaitingListRow; onDone: () => void; onCancel: () => void }) {
  const record = useRecordBridgingContact();
  const [contactedOn, setContactedOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const id = `contact-${row.caseId}`;
  const future = contactedOn > todayIso();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!contactedOn || future) return;
    record.mutate(
      { caseId: row.caseId, request: { contactedOn, note: note.trim() || undefined } },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="hr-inline-form" aria-label={`Contact met ${row.student.name} vastleggen`} onSubmit={submit}>
      <Field
        id={`${id}-datum`}
        label="Datum van het contact"
        required
        error={future ? 'De datum kan niet in de toekomst liggen.' : undefined}
      >
        <Textbox
          id={`${id}-datum`}
          type="date"
          required
          max={todayIso()}
          value={contactedOn}
          invalid={future}
          onChange={(event) => setContactedOn(event.target.value)}
        />
      </Field>
      <Field
        id={`${id}-notitie`}
        label="Korte notitie"
        description="Alleen hoe het contact verliep en wat is afgesproken; geen medische of andere gevoelige details."
      >
        <Textarea
          id={`${id}-notitie`}
          rows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </Field>
      {record.error && (
        <Alert type="error" role="alert">
          {errorText(record.error)}
        </Alert>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={record.isPending}>
          Opslaan
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Past the waiting list, while the school still bridges: where the case is. */
function waitingStateLabel(state: WaitingListRow['state']): string {
  return state === 'HANDOVER' ? 'Overdracht verstuurd' : 'Geaccepteerd, zorg nog niet gestart';
}

function ExpectedStartForm({ row, onClose }: { row: WaitingListRow; onClose: () => void }) {
  const save = useSetExpectedStart();
  const [day, setDay] = useState(row.expectedStart ?? '');
  const id = `start-${row.caseId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ caseId: row.caseId, expectedStartDate: day || undefined }, { onSuccess: onClose });
  }

  return (
    <form className="hr-inline-form" aria-label={`Verwachte start van ${row.student.name}`} onSubmit={submit}>
      <Field id={id} label="Verwachte start" description="Leeg laten als die nog niet bekend is.">
        <Textbox id={id} type="date" min={todayIso()} value={day} onChange={(event) => setDay(event.target.value)} />
      </Field>
      {save.error && (
        <Alert type="error" role="alert">
          {errorText(save.error)}
        </Alert>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          Opslaan
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
