import { useQueryClient } from '@tanstack/react-query';
import { Button, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { fetchMe, keys, signIn, useMe, useSchoolSignIn } from '../api/queries';
import { isApiError } from '../api/problem';
import { PageTitle } from '../components/PageTitle';
import { ErrorState, LoadingState } from '../components/States';
import { problemText } from '../i18n/problems';
import { homePath } from '../session/SessionContext';

/** Only paths inside the app are followed after signing in. */
function safeReturnPath(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

export function LoginPage() {
  const me = useMe();
  const schoolSignIn = useSchoolSignIn();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // a sign-in form posted without the app (no JavaScript) comes back as /login?error
  const [error, setError] = useState<string | null>(() =>
    params.has('error') ? problemText({ status: 401, code: 'auth.bad-credentials' }) : null,
  );
  const [busy, setBusy] = useState(false);

  if (me.isPending || schoolSignIn.isPending) return <LoadingState />;
  if (me.data) return <Navigate to={safeReturnPath(params.get('terug')) ?? homePath(me.data)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
      const signedIn = await client.fetchQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: 0 });
      const target = safeReturnPath(params.get('terug'));
      navigate(target ?? (signedIn ? homePath(signedIn) : '/'), { replace: true });
    } catch (failure) {
      setError(isApiError(failure) ? problemText(failure.problem) : problemText({ status: 500, code: 'internal' }));
      setBusy(false);
    }
  }

  return (
    <main id="inhoud" className="hr-main hr-login">
      <div className="hr-login__card">
        <p className="hr-logo hr-logo--large">Hulproute</p>
        <PageTitle focus={false}>Inloggen</PageTitle>
        <Paragraph>Log in met je schoolaccount om signalen te melden of je caseload te bekijken.</Paragraph>
        {me.error && <ErrorState error={me.error} />}
        {schoolSignIn.data ? (
          // the school's identity provider signs people in: a full page load, there and back
          <a href={schoolSignIn.data} className="utrecht-button utrecht-button--primary-action hr-button-link">
            Inloggen met je schoolaccount
          </a>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            {error && (
              <div className="utrecht-alert utrecht-alert--error" role="alert">
                <Paragraph>{error}</Paragraph>
              </div>
            )}
            <FormField>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor="username">Gebruikersnaam</FormLabel>
              </div>
              <div className="utrecht-form-field__input">
                <Textbox
                  id="username"
                  name="username"
                  autoComplete="username"
                  value={username}
                  onChange={(event) => setUsername(event.target.value)}
                  invalid={Boolean(error)}
                />
              </div>
            </FormField>
            <FormField>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor="password">Wachtwoord</FormLabel>
              </div>
              <div className="utrecht-form-field__input">
                <Textbox
                  id="password"
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  invalid={Boolean(error)}
                />
              </div>
            </FormField>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Inloggen
            </Button>
          </form>
        )}
      </div>
    </main>
  );
}
