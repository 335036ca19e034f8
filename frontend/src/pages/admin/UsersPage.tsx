import {
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
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAdminLocations, useAdminUsers, useAdminProviders, type AdminUserFilter } from '../../api/queries';
import type { AdminLocation, AdminProvider, AdminUser, Role } from '../../api/types';
import { ROLES } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { roleLabel } from '../../i18n/nl';

const PAGE_SIZE = 20;

export function filterFromParams(params: URLSearchParams): AdminUserFilter {
  const role = params.get('rol');
  const location = Number(params.get('locatie'));
  const page = Number(params.get('pagina'));
  return {
    q: params.get('zoek')?.trim() || undefined,
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
    location: Number.isInteger(location) && location > 0 ? location : undefined,
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    size: PAGE_SIZE,
  };
}

export function paramsFromFilter(filter: AdminUserFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('zoek', filter.q);
  if (filter.role) params.set('rol', filter.role);
  if (filter.location) params.set('locatie', String(filter.location));
  if (filter.page > 0) params.set('pagina', String(filter.page + 1));
  return params;
}

/** Gebruikers: find anyone by name, role or location; add someone; open one to change their roles or access. */
export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const users = useAdminUsers(filter);
  const locations = useAdminLocations();
  const providers = useAdminProviders();
  const filtered = Boolean(filter.q || filter.role || filter.location);
  const content = users.data?.content ?? [];
  const apply = (change: Partial<AdminUserFilter>) => setParams(paramsFromFilter({ ...filter, ...change, page: 0 }));
  return (
    <>
      <PageTitle>Gebruikers</PageTitle>
      <Paragraph lead>
        Wie Hulproute gebruikt, in welke rol en op welke locatie. Je ziet hier geen studenten of casussen.
      </Paragraph>
      <Paragraph>
        <Link to="/beheer/gebruikers/nieuw" className="utrecht-button-link utrecht-button-link--primary-action">
          Gebruiker toevoegen
        </Link>
      </Paragraph>
      <UserFilters
        key={paramsFromFilter(filter).toString()}
        filter={filter}
        locations={locations.data ?? []}
        onApply={apply}
      />
      {filtered && (
        <Paragraph>
          <Link to="/beheer/gebruikers" className="utrecht-link">
            Alle filters wissen
          </Link>
        </Paragraph>
      )}
      <section aria-labelledby="gebruikers-kop" className="hr-section">
        <h2 id="gebruikers-kop" className="utrecht-heading-2">
          Gebruikers
          {users.data && <span className="hr-muted hr-count"> ({users.data.totalElements})</span>}
        </h2>
        <div aria-live="polite" aria-busy={users.isFetching}>
          {users.isPending && <LoadingState label="De gebruikers worden geladen…" />}
          {users.error && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
          {users.data && content.length === 0 && (
            <EmptyState title={filtered ? 'Geen gebruikers met deze filters' : 'Er zijn nog geen gebruikers'}>
              <Paragraph>{filtered ? 'Pas de filters aan of wis ze.' : 'Voeg de eerste gebruiker toe.'}</Paragraph>
            </EmptyState>
          )}
          {content.length > 0 && (
            <UserTable users={content} locations={locations.data ?? []} providers={providers.data ?? []} />
          )}
        </div>
        {users.data && (
          <Pager
            page={filter.page}
            totalPages={users.data.totalPages}
            onPage={(page) => setParams(paramsFromFilter({ ...filter, page }))}
            label="Pagina's met gebruikers"
          />
        )}
      </section>
    </>
  );
}

function UserFilters({
  filter,
  locations,
  onApply,
}: {
  filter: AdminUserFilter;
  locations: AdminLocation[];
  onApply: (change: Partial<AdminUserFilter>) => void;
}) {
  const [term, setTerm] = useState(filter.q ?? '');
  function search(event: FormEvent) {
    event.preventDefault();
    onApply({ q: term.trim() || undefined });
  }
  return (
    <div className="hr-filters">
      <form role="search" aria-label="Gebruikers zoeken" onSubmit={search} className="hr-filter hr-filter--search">
        <FormLabel htmlFor="users-search">Naam of gebruikersnaam</FormLabel>
        <div className="hr-search-row">
          <Textbox id="users-search" type="search" value={term} onChange={(event) => setTerm(event.target.value)} />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Zoeken
          </button>
        </div>
      </form>
      <div className="hr-filter">
        <FormLabel htmlFor="users-role">Rol</FormLabel>
        <Select
          id="users-role"
          value={filter.role ?? ''}
          onChange={(event) => onApply({ role: (event.target.value || undefined) as Role | undefined })}
        >
          <SelectOption value="">Alle rollen</SelectOption>
          {ROLES.map((role) => (
            <SelectOption key={role} value={role}>
              {roleLabel[role]}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div className="hr-filter">
        <FormLabel htmlFor="users-location">Locatie</FormLabel>
        <Select
          id="users-location"
          value={filter.location ? String(filter.location) : ''}
          onChange={(event) => onApply({ location: event.target.value ? Number(event.target.value) : undefined })}
        >
          <SelectOption value="">Alle locaties</SelectOption>
          {locations.map((location) => (
            <SelectOption key={location.id} value={String(location.id)}>
              {location.name}
            </SelectOption>
          ))}
        </Select>
      </div>
    </div>
  );
}

function UserTable({
  users,
  locations,
  providers,
}: {
  users: AdminUser[];
  locations: AdminLocation[];
  providers: AdminProvider[];
}) {
  const locationName = new Map(locations.map((location) => [location.id, location.name]));
  const providerName = new Map(providers.map((provider) => [provider.id, provider.name]));
  return (
    <div className="hr-table-scroll">
      <Table>
        <TableCaption className="hr-visually-hidden">Gebruikers, op naam</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Rollen</TableHeaderCell>
            <TableHeaderCell scope="col">Locaties of zorgaanbieder</TableHeaderCell>
            <TableHeaderCell scope="col">Toegang</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id} className={user.enabled ? undefined : 'hr-row--disabled'}>
              <TableHeaderCell scope="row">
                <Link to={`/beheer/gebruikers/${user.id}`} className="utrecht-link">
                  {user.displayName}
                </Link>
                <span className="hr-muted hr-block">{user.username}</span>
              </TableHeaderCell>
              <TableCell>{user.roles.map((role) => roleLabel[role]).join(', ')}</TableCell>
              <TableCell>
                {user.providerId != null
                  ? (providerName.get(user.providerId) ?? `Zorgaanbieder ${user.providerId}`)
                  : user.locationIds.map((id) => locationName.get(id) ?? `Locatie ${id}`).join(', ') || (
                      <span className="hr-muted">—</span>
                    )}
              </TableCell>
              <TableCell>
                {user.enabled ? (
                  'Actief'
                ) : (
                  <span className="hr-badge hr-badge--disabled">
                    <span aria-hidden="true">⊘ </span>Gedeactiveerd
                  </span>
                )}
                {user.signsInAtIdentityProvider && <span className="hr-muted hr-block">Logt in via de school</span>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
