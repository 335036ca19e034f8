import type { AdminProvider, ProviderChangeRequest, ProviderKind, ProviderRequest } from '../../api/types';

/** A provider as the form holds it: ages as typed, municipalities one per line. */
export interface ProviderDraft {
  name: string;
  kind: ProviderKind | '';
  minAge: string;
  maxAge: string;
  municipalities: string;
}

export type ProviderField = keyof ProviderDraft;
export type ProviderErrors = Partial<Record<ProviderField, string>>;

export const EMPTY_PROVIDER: ProviderDraft = { name: '', kind: '', minAge: '', maxAge: '', municipalities: '' };

export function providerDraftOf(provider: AdminProvider): ProviderDraft {
  return {
    name: provider.name,
    kind: provider.kind,
    minAge: String(provider.minAge),
    maxAge: String(provider.maxAge),
    municipalities: [...provider.municipalities].sort().join('\n'),
  };
}

/** The municipalities typed, one per line or separated by commas, without blanks or doubles. */
export function municipalitiesOf(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((name) => name.trim()))].filter(Boolean);
}

function age(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 120 ? value : undefined;
}

/** The API's rules: a name, a kind, ages 0–120 from low to high, at least one municipality. */
export function validateProvider(draft: ProviderDraft): ProviderErrors {
  const errors: ProviderErrors = {};
  if (!draft.name.trim()) errors.name = 'Vul de naam van de zorgaanbieder in.';
  if (!draft.kind) errors.kind = 'Kies het soort zorg.';
  const min = age(draft.minAge);
  const max = age(draft.maxAge);
  if (min === undefined) errors.minAge = 'Vul een leeftijd van 0 tot en met 120 in.';
  if (max === undefined) errors.maxAge = 'Vul een leeftijd van 0 tot en met 120 in.';
  else if (min !== undefined && min > max) errors.maxAge = 'De hoogste leeftijd is lager dan de laagste.';
  if (municipalitiesOf(draft.municipalities).length === 0) errors.municipalities = 'Vul minstens één gemeente in.';
  return errors;
}

export function toProviderRequest(draft: ProviderDraft): ProviderRequest {
  return {
    name: draft.name.trim(),
    kind: draft.kind as ProviderKind,
    minAge: Number(draft.minAge),
    maxAge: Number(draft.maxAge),
    municipalities: municipalitiesOf(draft.municipalities),
  };
}

export function toProviderChange(
  draft: ProviderDraft,
  provider: AdminProvider,
  enabled: boolean,
): ProviderChangeRequest {
  return { ...toProviderRequest(draft), enabled, version: provider.version };
}

export const providerProblemField: Record<string, ProviderField> = {
  'admin.provider.ages-reversed': 'maxAge',
  'admin.provider.municipality-required': 'municipalities',
};
