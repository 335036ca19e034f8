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
import {
  useAddProvider,
  useAdminLocations,
  useAdminProviders,
  useChangeProvider,
  useImportMunicipalities,
  useMunicipalities,
} from '../../api/queries';
import type { AdminProvider, DayOfWeek } from '../../api/types';
import { PROVIDER_KINDS, SCHOOL_DAYS } from '../../api/types';
import { ChoiceGroup, describedBy, ErrorSummary, Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { dayLabel, providerKindLabel } from '../../i18n/nl';
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
        De zorgaanbieders waarnaar de school verwijst, wie ze helpen (leeftijd en woongemeente, gekozen uit de lijst van
        gemeenten), hoe je ze bereikt en hoe lang het wachten is. Een gedeactiveerde aanbieder krijgt geen nieuwe
        verwijzingen; casussen die er al heen gingen houden hem.
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
      {editing === null && <MunicipalityImport />}
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
                  <TableHeaderCell scope="col">Wachttijd</TableHeaderCell>
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
                    <TableCell>
                      {provider.municipalities.map((municipality) => municipality.name).join(', ')}
                      {provider.unmatchedMunicipalities.length > 0 && (
                        <span className="hr-warning">
                          {' '}
                          Niet op de lijst van gemeenten: {provider.unmatchedMunicipalities.join(', ')}. Kies ze
                          opnieuw.
                        </span>
                      )}
                    </TableCell>
                    <TableCell>
                      {provider.typicalWaitingDays == null ? '—' : `${provider.typicalWaitingDays} dagen`}
                    </TableCell>
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
  phone: 'provider-phone',
  email: 'provider-email',
  website: 'provider-website',
  address: 'provider-address',
  intakeProcedure: 'provider-intake',
  typicalWaitingDays: 'provider-waiting-days',
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

  function textbox(
    name: 'name' | 'minAge' | 'maxAge' | 'phone' | 'email' | 'website' | 'address' | 'typicalWaitingDays',
    label: string,
    options: { required?: boolean; numeric?: boolean; type?: 'email' | 'tel' | 'url'; description?: string } = {},
  ) {
    const id = FIELD_IDS[name];
    const { required = false, numeric = false, type, description } = options;
    return (
      <Field id={id} label={label} required={required} error={errors[name]} description={description}>
        <Textbox
          id={id}
          type={type}
          inputMode={numeric ? 'numeric' : undefined}
          value={draft[name]}
          invalid={Boolean(errors[name])}
          aria-describedby={describedBy(id, Boolean(description), Boolean(errors[name]))}
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
        {textbox('name', 'Naam', { required: true })}
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
          {textbox('minAge', 'Vanaf leeftijd', { required: true, numeric: true })}
          {textbox('maxAge', 'Tot en met leeftijd', { required: true, numeric: true })}
        </div>
        <MunicipalityPicker
          id={FIELD_IDS.municipalities}
          value={draft.municipalities}
          error={errors.municipalities}
          onChange={(municipalities) => setDraft({ ...draft, municipalities })}
        />
        <h3 className="utrecht-heading-3">Bereikbaarheid</h3>
        {textbox('phone', 'Telefoon', { type: 'tel' })}
        {textbox('email', 'E-mailadres voor aanmeldingen', { type: 'email' })}
        {textbox('website', 'Website', { type: 'url', description: 'Begint met https://' })}
        {textbox('address', 'Bezoekadres')}
        <Field
          id={FIELD_IDS.intakeProcedure}
          label="Aanmelden en intake"
          description="Hoe een verwijzing bij de intake komt: wie belt wie, wat er nodig is."
          error={errors.intakeProcedure}
        >
          <Textarea
            id={FIELD_IDS.intakeProcedure}
            rows={3}
            value={draft.intakeProcedure}
            aria-describedby={describedBy(FIELD_IDS.intakeProcedure, true, Boolean(errors.intakeProcedure))}
            onChange={(event) => setDraft({ ...draft, intakeProcedure: event.target.value })}
          />
        </Field>
        {textbox('typicalWaitingDays', 'Gebruikelijke wachttijd in dagen', {
          numeric: true,
          description:
            'Van verwijzing tot start, volgens de aanbieder. Zodra er 5 gemeten wachttijden zijn, gebruiken de voorstellen die.',
        })}
        <EmbeddedChoice value={draft.embedded} onChange={(embedded) => setDraft({ ...draft, embedded })} />
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

/** The gemeenten a provider serves, chosen from the reference list: search, tick, and the chosen ones stay on top. */
function MunicipalityPicker({
  id,
  value,
  error,
  onChange,
}: {
  id: string;
  value: string[];
  error?: string;
  onChange: (codes: string[]) => void;
}) {
  const municipalities = useMunicipalities();
  const [query, setQuery] = useState('');
  const all = municipalities.data ?? [];
  const byCode = new Map(all.map((municipality) => [municipality.code, municipality]));
  const chosen = value
    .map((code) => byCode.get(code) ?? { code, name: code, fictional: false })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const folded = query.trim().toLocaleLowerCase('nl');
  const matches = folded
    ? all
        .filter((municipality) => !value.includes(municipality.code))
        .filter((municipality) => municipality.name.toLocaleLowerCase('nl').includes(folded))
        .slice(0, 12)
    : [];
  function toggle(code: string, on: boolean) {
    onChange(on ? [...value, code] : value.filter((other) => other !== code));
  }
  return (
    <ChoiceGroup
      id={id}
      legend="Woongemeenten"
      description="De gemeenten waar de studenten wonen die deze aanbieder helpt. Zoek een gemeente en vink haar aan."
      error={error}
    >
      {municipalities.error && (
        <ErrorState error={municipalities.error} title="De lijst van gemeenten is niet beschikbaar" />
      )}
      {chosen.length > 0 && (
        <div className="hr-choice-list" role="group" aria-label="Gekozen gemeenten">
          {chosen.map((municipality) => (
            <Checkbox
              key={municipality.code}
              id={`${id}-${municipality.code}`}
              label={municipality.name}
              checked
              onChange={(on) => toggle(municipality.code, on)}
            />
          ))}
        </div>
      )}
      <Field id={`${id}-search`} label="Zoek een gemeente" markOptional={false}>
        <Textbox
          id={`${id}-search`}
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
      </Field>
      {folded && (
        <div className="hr-choice-list" role="group" aria-label="Gevonden gemeenten" aria-live="polite">
          {matches.length === 0 && (
            <Paragraph className="hr-muted">Geen gemeente gevonden met “{query.trim()}”.</Paragraph>
          )}
          {matches.map((municipality) => (
            <Checkbox
              key={municipality.code}
              id={`${id}-${municipality.code}`}
              label={municipality.name}
              checked={false}
              onChange={(on) => toggle(municipality.code, on)}
            />
          ))}
        </div>
      )}
    </ChoiceGroup>
  );
}

/** Where the provider is embedded in school: per location, the days it is there. */
function EmbeddedChoice({
  value,
  onChange,
}: {
  value: Record<number, DayOfWeek[]>;
  onChange: (embedded: Record<number, DayOfWeek[]>) => void;
}) {
  const locations = useAdminLocations();
  if (locations.error) return <ErrorState error={locations.error} title="De locaties zijn niet beschikbaar" />;
  return (
    <ChoiceGroup
      id="provider-embedded"
      legend="Op school aanwezig"
      description="Op welke dagen de aanbieder op welke locatie is: daar kan een warme overdracht beginnen."
    >
      {(locations.data ?? []).map((location) => {
        const days = value[location.id] ?? [];
        return (
          <div key={location.id} className="hr-choice-list" role="group" aria-label={`Dagen op ${location.name}`}>
            <span className="hr-muted">{location.name}</span>
            {SCHOOL_DAYS.map((day) => (
              <Checkbox
                key={day}
                id={`provider-embedded-${location.id}-${day}`}
                label={`${dayLabel[day]} op ${location.name}`}
                checked={days.includes(day)}
                onChange={(on) =>
                  onChange({
                    ...value,
                    [location.id]: on
                      ? SCHOOL_DAYS.filter((other) => other === day || days.includes(other))
                      : days.filter((other) => other !== day),
                  })
                }
              />
            ))}
          </div>
        );
      })}
    </ChoiceGroup>
  );
}

function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox hr-choice">
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}

/**
 * The list of gemeenten the pickers offer: not shipped with Hulproute (it changes every 1 January), but loaded from
 * the file CBS publishes, "Gemeentelijke indeling op 1 januari", saved as CSV.
 */
function MunicipalityImport() {
  const municipalities = useMunicipalities();
  const load = useImportMunicipalities();
  const count = municipalities.data?.filter((municipality) => !municipality.fictional).length;
  const result = load.data;
  return (
    <section aria-labelledby="gemeenten-kop" className="hr-section">
      <h2 id="gemeenten-kop" className="utrecht-heading-2">
        Lijst van gemeenten
      </h2>
      <Paragraph>
        {count === undefined
          ? 'De lijst wordt geladen…'
          : count === 0
            ? 'Er staan nog geen echte gemeenten op de lijst.'
            : `Er staan ${count} gemeenten op de lijst.`}{' '}
        Laad elk jaar het bestand van het CBS, “Gemeentelijke indeling op 1 januari”, opgeslagen als CSV (met de
        kolommen Gemeentecode en Gemeentenaam).
      </Paragraph>
      <Field id="gemeenten-bestand" label="CBS-bestand (CSV)" markOptional={false}>
        <input
          id="gemeenten-bestand"
          type="file"
          accept=".csv,text/csv"
          className="utrecht-textbox"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readText(file).then((text) => load.mutate(text));
          }}
        />
      </Field>
      <div aria-live="polite">
        {load.isPending && <LoadingState label="De gemeenten worden ingelezen…" />}
        {result && (
          <Paragraph>
            {`Ingelezen: ${result.added} nieuw, ${result.renamed} hernoemd, ${result.reactivated} weer actief, ${result.unchanged} ongewijzigd.`}
            {result.notInFile.length > 0 &&
              ` Niet in het bestand (opgeheven?): ${result.notInFile.join(', ')}. Deactiveer ze als ze niet meer bestaan.`}
          </Paragraph>
        )}
        {load.error !== null && <ErrorState error={load.error} title="Het bestand is niet ingelezen" />}
      </div>
    </section>
  );
}

/** A file's text (FileReader: every browser, and the test DOM). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}
