import type { Problem } from '../api/problem';
import labels from './nl.json';

/**
 * Every problem code of the API in plain Dutch, from `nl.json` (a backend test checks that every code the backend can
 * send is there). Codes not listed fall back on their HTTP status.
 */
const byCode: Record<string, string> = labels.problem;

const byStatus: Record<number, string> = {
  0: byCode.network,
  400: 'Het verzoek klopt niet. Controleer wat je invulde.',
  401: byCode['auth.unauthenticated'],
  403: byCode['auth.forbidden'],
  404: byCode['not-found'],
  409: 'Dit botst met de huidige stand van zaken. Laad de pagina opnieuw.',
  422: 'Dit kan zo niet worden opgeslagen. Controleer wat je invulde.',
};

/** The Dutch explanation of a problem, for the person who ran into it. */
export function problemText(problem: Pick<Problem, 'status' | 'code'>): string {
  return (
    byCode[problem.code] ??
    byStatus[problem.status] ??
    (problem.status >= 500 ? byCode.internal : 'Er ging iets mis. Probeer het opnieuw.')
  );
}

/**
 * What is wrong with one field of a refused request (`request.invalid` lists them as `errors: [{field, code}]`), in
 * words that say how to put it right; the form field it belongs to, as the event form names its fields.
 */
export function invalidFieldText(field: string, code: string): { field: string; message: string } {
  const formField = field.startsWith('bridging.') ? 'bridging' : field;
  if (field === 'bridging.contactEveryDays') return { field: formField, message: 'Kies contact elke 1 tot 90 dagen.' };
  if (field === 'bridging.contactUserId') return { field: formField, message: 'Kies wie contact houdt.' };
  if (code === 'PlausibleDate') return { field: formField, message: 'Kies een bestaande datum tussen 1900 en 2199.' };
  if (code === 'Size') return { field: formField, message: 'Dit is te lang: gebruik hoogstens 2000 tekens.' };
  if (code === 'NotNull' || code === 'NotBlank' || code === 'NotEmpty')
    return { field: formField, message: 'Vul dit in.' };
  if (code === 'Positive' || code === 'Min' || code === 'Max')
    return { field: formField, message: 'Kies een waarde uit de lijst.' };
  return { field: formField, message: 'Dit is niet goed ingevuld.' };
}

/** The first field error of a `request.invalid` problem, if it names one. */
export function firstInvalidField(problem: Problem): { field: string; message: string } | undefined {
  const errors = Array.isArray(problem.errors) ? (problem.errors as { field?: unknown; code?: unknown }[]) : [];
  const first = errors.find((error) => typeof error.field === 'string');
  return first ? invalidFieldText(String(first.field), String(first.code ?? '')) : undefined;
}
