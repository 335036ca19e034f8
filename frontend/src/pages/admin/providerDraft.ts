import type { AdminProvider, DayOfWeek, ProviderChangeRequest, ProviderKind, ProviderRequest } from '../../api/types';

/** A provider as the form holds it: ages and waiting time as typed, gemeenten as CBS codes from the list. */
export interface ProviderDraft {
  name: string;
  kind: ProviderKind | '';
  minAge: string;
  maxAge: string;
  /** CBS codes (GM0344), chosen from the reference list. */
  municipalities: string[];
  phone: string;
  email: string;
  website: string;
  address: string;
  intakeProcedure: string;
  typicalWaitingDays: string;
  /** Per school location (by id) the days the provider is in school there. */
  embedded: Record<number, DayOfWeek[]>;
}

export type ProviderField = Exclude<keyof ProviderDraft, 'embedded'>;
export type ProviderErrors = Partial<Record<ProviderField, string>>;

export const EMPTY_PROVIDER: ProviderDraft = {
  name: '',
  kind: '',
  minAge: '',
  maxAge: '',
  municipalities: [],
  phone: '',
  email: '',
  website: '',
  address: '',
  intakeProcedure: '',
  typicalWaitingDays: '',
  embedded: {},
};

export function providerDraftOf(provider: AdminProvider): ProviderDraft {
  return {
    name: provider.name,
    kind: provider.kind,
    minAge: String(provider.minAge),
    maxAge: String(provider.maxAge),
    municipalities: provider.municipalities.map((municipality) => municipality.code),
    phone: provider.contact.phone ?? '',
    email: provider.contact.email ?? '',
    website: provider.contact.website ?? '',
    address: provider.contact.address ?? '',
    intakeProcedure: provider.contact.intakeProcedure ?? '',
    typicalWaitingDays: provider.typicalWaitingDays == null ? '' : String(provider.typicalWaitingDays),
    embedded: Object.fromEntries(provider.embedded.map((place) => [place.locationId, [...place.days]])),
  };
}

function wholeNumber(text: string, max: number): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= max ? value : undefined;
}

/** The API's rules: a name, a kind, ages 0–120 from low to high, at least one gemeente, contact details that work. */
export function validateProvider(draft: ProviderDraft): ProviderErrors {
  const errors: ProviderErrors = {};
  if (!draft.name.trim()) errors.name = 'Vul de naam van de zorgaanbieder in.';
  if (!draft.kind) errors.kind = 'Kies het soort zorg.';
  const min = wholeNumber(draft.minAge, 120);
  const max = wholeNumber(draft.maxAge, 120);
  if (min === undefined) errors.minAge = 'Vul een leeftijd van 0 tot en met 120 in.';
  if (max === undefined) errors.maxAge = 'Vul een leeftijd van 0 tot en met 120 in.';
  else if (min !== undefined && min > max) errors.maxAge = 'De hoogste leeftijd is lager dan de laagste.';
  if (draft.municipalities.length === 0) errors.municipalities = 'Kies minstens één gemeente.';
  if (draft.phone.trim() && !/^[0-9+() -]+$/.test(draft.phone.trim()))
    errors.phone = 'Een telefoonnummer bestaat uit cijfers, spaties, +, - en haakjes.';
  if (draft.email.trim() && !/^[^\s@]+@[^\s@]+$/.test(draft.email.trim()))
    errors.email = 'Vul een e-mailadres in zoals aanmelden@voorbeeld.nl.';
  if (draft.website.trim() && !/^https?:\/\/\S+$/.test(draft.website.trim()))
    errors.website = 'Vul een webadres in dat begint met https://.';
  if (draft.typicalWaitingDays.trim() && wholeNumber(draft.typicalWaitingDays, 3650) === undefined)
    errors.typicalWaitingDays = 'Vul een aantal dagen in, 0 of meer.';
  return errors;
}

function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}

export function toProviderRequest(draft: ProviderDraft): ProviderRequest {
  return {
    name: draft.name.trim(),
    kind: draft.kind as ProviderKind,
    minAge: Number(draft.minAge),
    maxAge: Number(draft.maxAge),
    municipalities: [...draft.municipalities],
    contact: {
      phone: optional(draft.phone),
      email: optional(draft.email),
      website: optional(draft.website),
      address: optional(draft.address),
      intakeProcedure: optional(draft.intakeProcedure),
    },
    typicalWaitingDays: draft.typicalWaitingDays.trim() === '' ? undefined : Number(draft.typicalWaitingDays),
    embedded: Object.entries(draft.embedded)
      .filter(([, days]) => days.length > 0)
      .map(([locationId, days]) => ({ locationId: Number(locationId), days })),
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
  'admin.provider.municipality-unknown': 'municipalities',
  'admin.provider.waiting-time-negative': 'typicalWaitingDays',
};
