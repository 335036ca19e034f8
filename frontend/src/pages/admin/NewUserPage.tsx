import { Paragraph } from '@utrecht/component-library-react';
import { Link, useNavigate } from 'react-router';
import { useAdminLocations, useAdminProviders, useRegisterUser } from '../../api/queries';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { UserForm } from './UserForm';
import { EMPTY_USER, toNewUser } from './userDraft';

/** Gebruiker toevoegen: register someone before their first sign-in. */
export function NewUserPage() {
  const navigate = useNavigate();
  const locations = useAdminLocations();
  const providers = useAdminProviders();
  const register = useRegisterUser();
  return (
    <>
      <PageTitle>Gebruiker toevoegen</PageTitle>
      <Paragraph>
        <Link to="/beheer/gebruikers" className="utrecht-link">
          Terug naar gebruikers
        </Link>
      </Paragraph>
      <Paragraph>
        Registreer iemand vooraf, met rollen en locaties. Bij de eerste keer inloggen via de school wordt het account
        aan die inlog gekoppeld.
      </Paragraph>
      {(locations.isPending || providers.isPending) && <LoadingState />}
      {locations.error && <ErrorState error={locations.error} onRetry={() => void locations.refetch()} />}
      {providers.error && <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />}
      {locations.data && providers.data && (
        <UserForm
          mode="new"
          initial={EMPTY_USER}
          locations={locations.data}
          providers={providers.data}
          busy={register.isPending}
          error={register.error}
          submitLabel="Gebruiker toevoegen"
          onSubmit={(draft) =>
            register.mutate(toNewUser(draft), {
              onSuccess: (user) => void navigate(`/beheer/gebruikers/${user.id}?toegevoegd=1`),
            })
          }
        />
      )}
    </>
  );
}
