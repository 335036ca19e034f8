import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/problem';
import {
  useAddLocation,
  useAddTeam,
  useAdminLocations,
  useAdminTeams,
  useChangeLocation,
  useChangeTeam,
} from '../../api/queries';
import type { AdminLocation, AdminTeam } from '../../api/types';
import { describedBy, ErrorSummary, Field } from '../../components/Form';
import { PageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { problemText } from '../../i18n/problems';
import {
  EMPTY_LOCATION,
  EMPTY_TEAM,
  locationDraftOf,
  locationProblemField,
  teamDraftOf,
  teamProblemField,
  teamsPerLocation,
  toLocationChange,
  toLocationRequest,
  toTeamChange,
  toTeamRequest,
  validateLocation,
  validateTeam,
} from './locationDraft';

type Editing =
  | { kind: 'new-location' }
  | { kind: 'location'; id: number }
  | { kind: 'new-team'; locationId: number }
  | { kind: 'team'; id: number }
  | null;

/** Locaties en teams: where the school works and which teams it has there, with how many students each team has. */
export function LocationsPage() {
  const locations = useAdminLocations();
  const teams = useAdminTeams();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');
  const groups = teamsPerLocation(locations.data ?? [], teams.data ?? []);
  const done = (message?: string) => {
    setEditing(null);
    if (message) setNotice(message);
  };
  const open = (next: Editing) => {
    setNotice('');
    setEditing(next);
  };
  const error = locations.error ?? teams.error;
  return (
    <>
      <PageTitle>Locaties en teams</PageTitle>
      <Paragraph lead>
        De locaties (vestigingen) van de school en hun teams. Een zorgcoördinator of SLB’er werkt op een locatie en ziet
        de studenten van die locatie. De code van een locatie is wat het schoolaccount meestuurt bij het inloggen: die
        verandert niet meer.
      </Paragraph>
      <div aria-live="polite" className="hr-notice">
        {notice && <Paragraph>{notice}</Paragraph>}
      </div>
      {editing === null && (
        <ButtonGroup>
          <Button type="button" appearance="primary-action-button" onClick={() => open({ kind: 'new-location' })}>
            Locatie toevoegen
          </Button>
        </ButtonGroup>
      )}
      {editing?.kind === 'new-location' && (
        <NewLocation onDone={(saved) => done(saved && `Locatie ${saved.name} is toegevoegd.`)} />
      )}
      {(locations.isPending || teams.isPending) && !error && <LoadingState label="De locaties worden geladen…" />}
      {error && (
        <ErrorState
          error={error}
          onRetry={() => {
            void locations.refetch();
            void teams.refetch();
          }}
        />
      )}
      {locations.data && teams.data && groups.length === 0 && (
        <EmptyState title="Er zijn nog geen locaties">
          <Paragraph>Voeg de locaties van de school toe; daarna hun teams.</Paragraph>
        </EmptyState>
      )}
      {teams.data &&
        groups.map(({ location, teams: own }) => {
          const headingId = `locatie-${location.id}-kop`;
          const editedTeam = editing?.kind === 'team' ? own.find((team) => team.id === editing.id) : undefined;
          return (
            <section key={location.id} aria-labelledby={headingId} className="hr-section">
              <h2 id={headingId} className="utrecht-heading-2">
                {location.name} <span className="hr-muted">({location.code})</span>
              </h2>
              <Paragraph>Gemeente: {location.municipality}</Paragraph>
              {editing === null && (
                <ButtonGroup>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={() => open({ kind: 'location', id: location.id })}
                  >
                    Wijzigen<span className="hr-visually-hidden"> locatie {location.name}</span>
                  </Button>
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={() => open({ kind: 'new-team', locationId: location.id })}
                  >
                    Team toevoegen<span className="hr-visually-hidden"> aan {location.name}</span>
                  </Button>
                </ButtonGroup>
              )}
              {editing?.kind === 'location' && editing.id === location.id && (
                <EditLocation
                  location={location}
                  onDone={(saved) => done(saved && `Locatie ${saved.name} is opgeslagen.`)}
                />
              )}
              {editing?.kind === 'new-team' && editing.locationId === location.id && (
                <NewTeam location={location} onDone={(saved) => done(saved && `${saved.name} is toegevoegd.`)} />
              )}
              {editedTeam && (
                <EditTeam team={editedTeam} onDone={(saved) => done(saved && `${saved.name} is opgeslagen.`)} />
              )}
              {own.length === 0 ? (
                <Paragraph className="hr-muted">Deze locatie heeft nog geen teams.</Paragraph>
              ) : (
                <div className="hr-table-scroll">
                  <Table>
                    <TableCaption className="hr-visually-hidden">Teams van {location.name}, op naam</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Team</TableHeaderCell>
                        <TableHeaderCell scope="col">Sector</TableHeaderCell>
                        <TableHeaderCell scope="col">Studenten</TableHeaderCell>
                        <TableHeaderCell scope="col">
                          <span className="hr-visually-hidden">Acties</span>
                        </TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {own.map((team) => (
                        <TableRow key={team.id}>
                          <TableHeaderCell scope="row">{team.name}</TableHeaderCell>
                          <TableCell>{team.sector}</TableCell>
                          <TableCell>{team.students}</TableCell>
                          <TableCell>
                            {editing === null && (
                              <button
                                type="button"
                                className="utrecht-button utrecht-button--subtle"
                                onClick={() => open({ kind: 'team', id: team.id })}
                              >
                                Wijzigen<span className="hr-visually-hidden"> {team.name}</span>
                              </button>
                            )}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </section>
          );
        })}
    </>
  );
}

function NewLocation({ onDone }: { onDone: (saved?: AdminLocation) => void }) {
  const add = useAddLocation();
  return (
    <DraftForm
      id="locatie-nieuw"
      title="Locatie toevoegen"
      fields={[
        {
          name: 'code',
          label: 'Code',
          description:
            'De code die het schoolaccount voor deze locatie meestuurt, bijvoorbeeld UT-NRD. Die verandert niet meer.',
        },
        { name: 'name', label: 'Naam' },
        { name: 'municipality', label: 'Gemeente' },
      ]}
      initial={EMPTY_LOCATION}
      validate={validateLocation}
      problemField={locationProblemField}
      busy={add.isPending}
      error={add.error}
      onCancel={() => onDone()}
      onSubmit={(draft) => add.mutate(toLocationRequest(draft), { onSuccess: onDone })}
    />
  );
}

/** Keeps what was typed when the location changed meanwhile: the reloaded version is what the next save is against. */
function EditLocation({ location, onDone }: { location: AdminLocation; onDone: (saved?: AdminLocation) => void }) {
  const change = useChangeLocation(location.id);
  return (
    <DraftForm
      id={`locatie-wijzigen-${location.id}`}
      title={`Locatie ${location.name} wijzigen`}
      fields={[
        { name: 'name', label: 'Naam' },
        { name: 'municipality', label: 'Gemeente' },
      ]}
      initial={locationDraftOf(location)}
      validate={validateLocation}
      problemField={locationProblemField}
      busy={change.isPending}
      error={change.error}
      onCancel={() => onDone()}
      onSubmit={(draft) => change.mutate(toLocationChange(draft, location), { onSuccess: onDone })}
    />
  );
}

const SECTOR_HINT = 'Bijvoorbeeld Zorg en welzijn, Techniek, Economie of Creatief.';

function NewTeam({ location, onDone }: { location: AdminLocation; onDone: (saved?: AdminTeam) => void }) {
  const add = useAddTeam();
  return (
    <DraftForm
      id={`team-nieuw-${location.id}`}
      title={`Team toevoegen aan ${location.name}`}
      fields={[
        { name: 'name', label: 'Naam van het team' },
        { name: 'sector', label: 'Sector', description: SECTOR_HINT },
      ]}
      initial={EMPTY_TEAM}
      validate={validateTeam}
      problemField={teamProblemField}
      busy={add.isPending}
      error={add.error}
      onCancel={() => onDone()}
      onSubmit={(draft) => add.mutate(toTeamRequest(draft, location.id), { onSuccess: onDone })}
    />
  );
}

function EditTeam({ team, onDone }: { team: AdminTeam; onDone: (saved?: AdminTeam) => void }) {
  const change = useChangeTeam(team.id);
  return (
    <DraftForm
      id={`team-wijzigen-${team.id}`}
      title={`${team.name} wijzigen`}
      fields={[
        { name: 'name', label: 'Naam van het team' },
        { name: 'sector', label: 'Sector', description: SECTOR_HINT },
      ]}
      initial={teamDraftOf(team)}
      validate={validateTeam}
      problemField={teamProblemField}
      busy={change.isPending}
      error={change.error}
      onCancel={() => onDone()}
      onSubmit={(draft) => change.mutate(toTeamChange(draft, team), { onSuccess: onDone })}
    />
  );
}

/** A form of text fields with the ErrorSummary pattern: checked before sending, refusals shown at their field. */
function DraftForm<Draft extends Record<string, string>>({
  id,
  title,
  fields,
  initial,
  validate,
  problemField,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  id: string;
  title: string;
  fields: { name: keyof Draft & string; label: string; description?: string }[];
  initial: Draft;
  validate: (draft: Draft) => Partial<Record<keyof Draft, string>>;
  problemField: Record<string, keyof Draft & string>;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (draft: Draft) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [showErrors, setShowErrors] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const shown = new Set(fields.map((field) => field.name));
  const all = validate(draft);
  const errors: Partial<Record<string, string>> = {};
  if (showErrors) for (const name of shown) if (all[name]) errors[name] = all[name];
  const refusal = isApiError(error) ? error.problem : undefined;
  const refusedField = refusal ? problemField[refusal.code] : undefined;
  if (refusal && refusedField && !errors[refusedField]) errors[refusedField] = problemText(refusal);
  const fieldIds = Object.fromEntries(fields.map((field) => [field.name, `${id}-${field.name}`]));
  const headingId = `${id}-kop`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = [...shown].some((name) => validate(draft)[name]);
    if (invalid) {
      setShowErrors(true);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSubmit(draft);
  }

  return (
    <section aria-labelledby={headingId} className="hr-panel hr-section">
      <Heading level={3} id={headingId}>
        {title}
      </Heading>
      <form className="hr-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <ErrorSummary errors={errors} fieldIds={fieldIds} summaryRef={summary} />
        {fields.map((field) => {
          const fieldId = fieldIds[field.name];
          const fieldError = errors[field.name];
          return (
            <Field
              key={field.name}
              id={fieldId}
              label={field.label}
              required
              description={field.description}
              error={fieldError}
            >
              <Textbox
                id={fieldId}
                value={draft[field.name]}
                invalid={Boolean(fieldError)}
                aria-describedby={describedBy(fieldId, Boolean(field.description), Boolean(fieldError))}
                onChange={(event) => setDraft({ ...draft, [field.name]: event.target.value })}
              />
            </Field>
          );
        })}
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
