import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { isApiError } from '../api/problem';
import { problemText } from '../i18n/problems';

/** Shown while data loads: announced politely, never a blank screen. */
export function LoadingState({ label = 'Gegevens worden geladen…' }: { label?: string }) {
  return (
    <div className="hr-loading" role="status" aria-live="polite">
      <span className="hr-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** An error in plain Dutch, with a way forward; never a stack trace or JSON. */
export function ErrorState({
  error,
  title = 'Dit lukte niet',
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert type="error" role="alert">
      <Heading level={2} appearance="utrecht-heading-4">
        {title}
      </Heading>
      <Paragraph>{errorText(error)}</Paragraph>
      {onRetry && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onRetry}>
          Opnieuw proberen
        </button>
      )}
    </Alert>
  );
}

export function errorText(error: unknown): string {
  return isApiError(error) ? problemText(error.problem) : problemText({ status: 500, code: 'internal' });
}

/** A designed empty state: what is (not) here, and what the user can do. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="hr-empty">
      <Heading level={3} appearance="utrecht-heading-4">
        {title}
      </Heading>
      {children}
    </div>
  );
}
