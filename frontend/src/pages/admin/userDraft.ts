import type { AdminUser, NewUserRequest, Role, UserChangeRequest } from '../../api/types';

/** A user as the form holds them; ids as strings while typed, as the inputs give them. */
export interface UserDraft {
  username: string;
  displayName: string;
  email: string;
  phone: string;
  roles: Role[];
  locationIds: number[];
  providerId: string;
  password: string;
  enabled: boolean;
}

export type UserField =
  'username' | 'displayName' | 'email' | 'phone' | 'roles' | 'locationIds' | 'providerId' | 'password';
export type UserErrors = Partial<Record<UserField, string>>;

export const EMPTY_USER: UserDraft = {
  username: '',
  displayName: '',
  email: '',
  phone: '',
  roles: [],
  locationIds: [],
  providerId: '',
  password: '',
  enabled: true,
};

/** The roles that work at a location: what they see follows it. */
const AT_A_LOCATION: readonly Role[] = ['ZORGCOORDINATOR', 'SLB'];

export const PASSWORD_MIN = 8;

export function draftOf(user: AdminUser): UserDraft {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? '',
    phone: user.phone ?? '',
    roles: [...user.roles],
    locationIds: [...user.locationIds],
    providerId: user.providerId == null ? '' : String(user.providerId),
    password: '',
    enabled: user.enabled,
  };
}

export function needsLocation(draft: Pick<UserDraft, 'roles'>): boolean {
  return draft.roles.some((role) => AT_A_LOCATION.includes(role));
}

export function isProfessional(draft: Pick<UserDraft, 'roles'>): boolean {
  return draft.roles.includes('EXTERNAL_PROFESSIONAL');
}

/**
 * The rules the API holds too, checked before sending so the form can point at the field: a username without
 * spaces, a name, at least one role, a location for a zorgcoördinator or SLB'er, a provider for an external
 * professional (and for nobody else). `mode` new also checks what only a registration has.
 */
export function validateUser(draft: UserDraft, mode: 'new' | 'edit'): UserErrors {
  const errors: UserErrors = {};
  if (mode === 'new') {
    if (!draft.username.trim()) errors.username = 'Vul een gebruikersnaam in.';
    else if (!/^[\p{L}\p{N}._@+-]+$/u.test(draft.username.trim()))
      errors.username = 'Een gebruikersnaam heeft geen spaties; gebruik letters, cijfers en . _ @ + -.';
    if (!draft.displayName.trim()) errors.displayName = 'Vul de naam in.';
    if (draft.email.trim() && !/^[^\s@]+@[^\s@]+$/.test(draft.email.trim()))
      errors.email = 'Vul een geldig e-mailadres in, of laat het leeg.';
    if (draft.password && draft.password.length < PASSWORD_MIN)
      errors.password = `Een wachtwoord heeft minstens ${PASSWORD_MIN} tekens, of laat het leeg.`;
  }
  if (draft.phone.trim() && !/^[0-9+()\- ]{6,30}$/.test(draft.phone.trim()))
    errors.phone = 'Vul een telefoonnummer in met cijfers (6 tot 30 tekens, ook + - ( ) en spaties), of laat het leeg.';
  if (draft.roles.length === 0) errors.roles = 'Kies minstens één rol.';
  if (needsLocation(draft) && draft.locationIds.length === 0)
    errors.locationIds = 'Kies minstens één locatie: een zorgcoördinator of SLB’er werkt op een locatie.';
  if (isProfessional(draft) && !draft.providerId) errors.providerId = 'Kies de zorgaanbieder van de professional.';
  return errors;
}

/** Only an external professional keeps a provider; switching the role off drops it. */
function providerOf(draft: UserDraft): number | undefined {
  return isProfessional(draft) && draft.providerId ? Number(draft.providerId) : undefined;
}

export function toNewUser(draft: UserDraft): NewUserRequest {
  return {
    username: draft.username.trim(),
    displayName: draft.displayName.trim(),
    email: draft.email.trim() || undefined,
    roles: draft.roles,
    locationIds: draft.locationIds,
    providerId: providerOf(draft),
    password: draft.password || undefined,
    phone: draft.phone.trim() || undefined,
  };
}

export function toChange(draft: UserDraft, version: number): UserChangeRequest {
  return {
    roles: draft.roles,
    locationIds: draft.locationIds,
    providerId: providerOf(draft),
    enabled: draft.enabled,
    version,
    phone: draft.phone.trim() || undefined,
  };
}

/** The field an API refusal is about, so its message stands next to it. */
export const problemField: Record<string, UserField> = {
  'admin.user.username-taken': 'username',
  'admin.user.provider-required': 'providerId',
  'admin.user.provider-not-allowed': 'providerId',
  'admin.user.provider-unknown': 'providerId',
  'admin.user.location-required': 'locationIds',
  'admin.user.location-unknown': 'locationIds',
  'admin.user.password-not-used': 'password',
};
