import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/problem';
import { useAdminLocations, useAdminProviders, useAdminUser, useChangeUser } from '../../api/queries';
import type { AdminUser } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { problemText } from '../../i18n/problems';
import { UserForm } from './UserForm';
import { draftOf, toChange } from './userDraft';

/** One user: change roles, locations, provider, and whether they may sign in. */
export function EditUserPage() {
  const id = Number(useParams().userId);
  const [params] = useSearchParams();
  const user = useAdminUser(id);
  const locations = useAdminLocations();
  const providers = useAdminProviders();
  const change = useChangeUser(id);
  const [saved, setSaved] = useState<AdminUser | null>(null);
  const stale = isApiError(change.error) && change.error.code === 'admin.user.version-stale' ? change.error : null;
  return (
    <>
      <PageTitle>{user.data ? user.data.displayName : 'Gebruiker'}</PageTitle>
      <Paragraph>
        <Link to="/beheer/gebruikers" className="utrecht-link">
          Terug naar gebruikers
        </Link>
      </Paragraph>
      {params.has('toegevoegd') && !saved && (
        <Alert type="ok">
          <Paragraph>De gebruiker is toegevoegd.</Paragraph>
        </Alert>
      )}
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>
            De wijzigingen zijn opgeslagen. {saved.enabled ? '' : `${saved.displayName} kan niet meer inloggen.`}
          </Paragraph>
        </Alert>
      )}
      {stale && (
        <Alert type="warning" role="alert">
          <Paragraph>{problemText(stale.problem)}</Paragraph>
        </Alert>
      )}
      {(user.isPending || locations.isPending || providers.isPending) && <LoadingState />}
      {user.error && <ErrorState error={user.error} onRetry={() => void user.refetch()} />}
      {locations.error && <ErrorState error={locations.error} onRetry={() => void locations.refetch()} />}
      {user.data && (
        <Paragraph className="hr-muted">
          Gebruikersnaam {user.data.username}
          {user.data.email ? ` · ${user.data.email}` : ''}
          {user.data.phone ? ` · ${user.data.phone}` : ''}
          {user.data.signsInAtIdentityProvider ? ' · logt in via de school' : ''}
        </Paragraph>
      )}
      {user.data && locations.data && providers.data && (
        <UserForm
          // a fresh form for each version read, so a reload after a clash shows what is stored now
          key={user.data.version}
          mode="edit"
          initial={draftOf(user.data)}
          locations={locations.data}
          providers={providers.data}
          busy={change.isPending}
          error={stale ? undefined : change.error}
          submitLabel="Wijzigingen opslaan"
          onSubmit={(draft) => {
            setSaved(null);
            change.mutate(toChange(draft, user.data.version), { onSuccess: setSaved });
          }}
        />
      )}
    </>
  );
}
