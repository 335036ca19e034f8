import {
  Button,
  ButtonGroup,
  Heading,
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
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isApiError } from '../../api/problem';
import { useAddProvider, useAdminProviders, useChangeProvider } from '../../api/queries';
import type { AdminProvider } from '../../api/types';
import { PROVIDER_KINDS } from '../../api/types';
import { describedBy, ErrorSummary, Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { providerKindLabel } from '../../i18n/nl';
import { problemText } from '../../i18n/problems';
import {
  EMPTY_PROVIDER,
  providerDraftOf,
  providerProblemField,
  toProviderChange,
  toProviderRequest,
  validateProvider,
  type ProviderDraft,
  type ProviderErrors,
  type ProviderField,
} from './providerDraft';

/** Sociale kaart: the providers the school refers to, whom they serve, and which are no longer referred to. */
export function ProvidersPage() {
  const providers = useAdminProviders();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const list = providers.data ?? [];
  const current = list.find((provider) => provider.id === editing);
  return (
    <>
      <PageTitle>Sociale kaart</PageTitle>
      <Paragraph lead>
        De zorgaanbieders waarnaar de school verwijst, en wie ze helpen: leeftijd en woongemeente. Een gedeactiveerde
        aanbieder krijgt geen nieuwe verwijzingen; casussen die er al heen gingen houden hem.
      </Paragraph>
      <div aria-live="polite" className="hr-notice">
        {notice && <Paragraph>{notice}</Paragraph>}
      </div>
      {editing === null && (
        <ButtonGroup>
          <Button type="button" appearance="primary-action-button" onClick={() => setEditing('new')}>
            Zorgaanbieder toevoegen
          </Button>
        </ButtonGroup>
      )}
      {editing === 'new' && (
        <NewProvider
          onDone={(saved) => {
            setEditing(null);
            if (saved) setNotice(`${saved.name} staat in de sociale kaart.`);
          }}
        />
      )}
      {current && (
        <EditProvider
          key={current.version}
          provider={current}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setNotice(`${saved.name} is opgeslagen${saved.enabled ? '' : ' en gedeactiveerd'}.`);
          }}
        />
      )}
      <section aria-labelledby="aanbieders-kop" className="hr-section">
        <h2 id="aanbieders-kop" className="utrecht-heading-2">
          Zorgaanbieders
          {providers.data && <span className="hr-muted hr-count"> ({list.length})</span>}
        </h2>
        {providers.isPending && <LoadingState label="De sociale kaart wordt geladen…" />}
        {providers.error && <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />}
        {providers.data && list.length === 0 && (
          <EmptyState title="De sociale kaart is nog leeg">
            <Paragraph>Voeg de zorgaanbieders toe waarnaar de school verwijst.</Paragraph>
          </EmptyState>
        )}
        {list.length > 0 && (
          <div className="hr-table-scroll">
            <Table>
              <TableCaption className="hr-visually-hidden">Zorgaanbieders, op naam</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort zorg</TableHeaderCell>
                  <TableHeaderCell scope="col">Leeftijd</TableHeaderCell>
                  <TableHeaderCell scope="col">Gemeenten</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="hr-visually-hidden">Acties</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.map((provider) => (
                  <TableRow key={provider.id} className={provider.enabled ? undefined : 'hr-row--disabled'}>
                    <TableHeaderCell scope="row">{provider.name}</TableHeaderCell>
                    <TableCell>{providerKindLabel[provider.kind]}</TableCell>
                    <TableCell className="hr-nowrap">
                      {provider.minAge}–{provider.maxAge} jaar
                    </TableCell>
                    <TableCell>{[...provider.municipalities].sort().join(', ')}</TableCell>
                    <TableCell>
                      {provider.enabled ? (
                        'Actief'
                      ) : (
                        <span className="hr-badge hr-badge--disabled">
                          <span aria-hidden="true">⊘ </span>Gedeactiveerd
                        </span>
                      )}
                    </TableCell>
                    <TableCell>
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--subtle"
                        onClick={() => {
                          setNotice('');
                          setEditing(provider.id);
                        }}
                      >
                        Wijzigen<span className="hr-visually-hidden"> {provider.name}</span>
                      </button>
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

function NewProvider({ onDone }: { onDone: (saved?: AdminProvider) => void }) {
  const add = useAddProvider();
  return (
    <ProviderForm
      title="Zorgaanbieder toevoegen"
      initial={EMPTY_PROVIDER}
      busy={add.isPending}
      error={add.error}
      onCancel={() => onDone()}
      onSubmit={(draft) => add.mutate(toProviderRequest(draft), { onSuccess: onDone })}
    />
  );
}

function EditProvider({ provider, onDone }: { provider: AdminProvider; onDone: (saved?: AdminProvider) => void }) {
  const change = useChangeProvider(provider.id);
  const [enabled, setEnabled] = useState(provider.enabled);
  return (
    <ProviderForm
      title={`${provider.name} wijzigen`}
      initial={providerDraftOf(provider)}
      busy={change.isPending}
      error={change.error}
      onCancel={() => onDone()}
      onSubmit={(draft) => change.mutate(toProviderChange(draft, provider, enabled), { onSuccess: onDone })}
    >
      <div className="utrecht-form-field utrecht-form-field--checkbox hr-choice">
        <input
          id="provider-enabled"
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
          aria-describedby="provider-enabled-hint"
        />
        <label htmlFor="provider-enabled" className="utrecht-form-label utrecht-form-label--checkbox">
          Actief: krijgt nieuwe verwijzingen
        </label>
        <p id="provider-enabled-hint" className="utrecht-form-field-description hr-choice__hint">
          Zonder vinkje kiest niemand deze aanbieder meer bij een verwijzing. Lopende casussen houden hem.
        </p>
      </div>
    </ProviderForm>
  );
}

const FIELD_IDS: Record<ProviderField, string> = {
  name: 'provider-name',
  kind: 'provider-kind',
  minAge: 'provider-min-age',
  maxAge: 'provider-max-age',
  municipalities: 'provider-municipalities',
};

function ProviderForm({
  title,
  initial,
  busy,
  error,
  onCancel,
  onSubmit,
  children,
}: {
  title: string;
  initial: ProviderDraft;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (draft: ProviderDraft) => void;
  children?: ReactNode;
}) {
  const [draft, setDraft] = useState(initial);
  const [showErrors, setShowErrors] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const errors: ProviderErrors = showErrors ? validateProvider(draft) : {};
  const refusal = isApiError(error) ? error.problem : undefined;
  const refusedField = refusal ? providerProblemField[refusal.code] : undefined;
  if (refusal && refusedField && !errors[refusedField]) errors[refusedField] = problemText(refusal);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (Object.keys(validateProvider(draft)).length > 0) {
      setShowErrors(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSubmit(draft);
  }

  function textbox(name: 'name' | 'minAge' | 'maxAge', label: string) {
    const id = FIELD_IDS[name];
    return (
      <Field id={id} label={label} required error={errors[name]}>
        <Textbox
          id={id}
          inputMode={name === 'name' ? undefined : 'numeric'}
          value={draft[name]}
          invalid={Boolean(errors[name])}
          aria-describedby={describedBy(id, false, Boolean(errors[name]))}
          onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        />
      </Field>
    );
  }

  return (
    <section aria-labelledby="aanbieder-form-kop" className="hr-panel hr-section">
      <Heading level={2} id="aanbieder-form-kop">
        {title}
      </Heading>
      <form className="hr-form" onSubmit={submit} noValidate aria-labelledby="aanbieder-form-kop">
        <ErrorSummary errors={errors} fieldIds={FIELD_IDS} summaryRef={summary} />
        {textbox('name', 'Naam')}
        <Field id={FIELD_IDS.kind} label="Soort zorg" required error={errors.kind}>
          <Select
            id={FIELD_IDS.kind}
            value={draft.kind}
            invalid={Boolean(errors.kind)}
            aria-describedby={describedBy(FIELD_IDS.kind, false, Boolean(errors.kind))}
            onChange={(event) => setDraft({ ...draft, kind: event.target.value as ProviderDraft['kind'] })}
          >
            <SelectOption value="">Kies het soort zorg</SelectOption>
            {PROVIDER_KINDS.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {providerKindLabel[kind]}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <div className="hr-filters">
          {textbox('minAge', 'Vanaf leeftijd')}
          {textbox('maxAge', 'Tot en met leeftijd')}
        </div>
        <Field
          id={FIELD_IDS.municipalities}
          label="Woongemeenten"
          required
          description="Eén gemeente per regel (of gescheiden door komma’s): de gemeenten waar de student woont."
          error={errors.municipalities}
        >
          <Textarea
            id={FIELD_IDS.municipalities}
            rows={3}
            value={draft.municipalities}
            invalid={Boolean(errors.municipalities)}
            aria-describedby={describedBy(FIELD_IDS.municipalities, true, Boolean(errors.municipalities))}
            onChange={(event) => setDraft({ ...draft, municipalities: event.target.value })}
          />
        </Field>
        {children}
        {refusal && !refusedField && <ErrorState error={error} title="Dit is niet opgeslagen" />}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Opslaan
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
