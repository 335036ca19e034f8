import type {
  AdminLocation,
  AdminTeam,
  LocationChangeRequest,
  NewLocationRequest,
  NewTeamRequest,
  TeamChangeRequest,
} from '../../api/types';

/** A location as the form holds it. The code is only typed for a new location: it never changes. */
export type LocationDraft = {
  code: string;
  name: string;
  municipality: string;
};

export type LocationField = keyof LocationDraft;
export type LocationErrors = Partial<Record<LocationField, string>>;

export const EMPTY_LOCATION: LocationDraft = { code: '', name: '', municipality: '' };

export function locationDraftOf(location: AdminLocation): LocationDraft {
  return { code: location.code, name: location.name, municipality: location.municipality };
}

/** The API's rules: a code of letters, digits, dots, dashes or underscores (at most 20), a name and a municipality. */
export function validateLocation(draft: LocationDraft): LocationErrors {
  const errors: LocationErrors = {};
  const code = draft.code.trim();
  if (!code) errors.code = 'Vul de locatiecode in.';
  else if (!/^[A-Za-z0-9._-]+$/.test(code))
    errors.code = 'Een code heeft alleen letters, cijfers, punten, streepjes en liggende streepjes.';
  else if (code.length > 20) errors.code = 'Een code is hoogstens 20 tekens.';
  if (!draft.name.trim()) errors.name = 'Vul de naam van de locatie in.';
  else if (draft.name.trim().length > 100) errors.name = 'Een naam is hoogstens 100 tekens.';
  if (!draft.municipality.trim()) errors.municipality = 'Vul de gemeente van de locatie in.';
  else if (draft.municipality.trim().length > 100) errors.municipality = 'Een gemeente is hoogstens 100 tekens.';
  return errors;
}

export function toLocationRequest(draft: LocationDraft): NewLocationRequest {
  return { code: draft.code.trim(), name: draft.name.trim(), municipality: draft.municipality.trim() };
}

export function toLocationChange(draft: LocationDraft, location: AdminLocation): LocationChangeRequest {
  return { name: draft.name.trim(), municipality: draft.municipality.trim(), version: location.version };
}

export const locationProblemField: Record<string, LocationField> = {
  'admin.location.code-taken': 'code',
};

/** A team as the form holds it. */
export type TeamDraft = {
  name: string;
  sector: string;
};

export type TeamField = keyof TeamDraft;
export type TeamErrors = Partial<Record<TeamField, string>>;

export const EMPTY_TEAM: TeamDraft = { name: '', sector: '' };

export function teamDraftOf(team: AdminTeam): TeamDraft {
  return { name: team.name, sector: team.sector };
}

/** The API's rules: a name and a sector, each at most 100 characters. */
export function validateTeam(draft: TeamDraft): TeamErrors {
  const errors: TeamErrors = {};
  if (!draft.name.trim()) errors.name = 'Vul de naam van het team in.';
  else if (draft.name.trim().length > 100) errors.name = 'Een naam is hoogstens 100 tekens.';
  if (!draft.sector.trim()) errors.sector = 'Vul de sector van het team in.';
  else if (draft.sector.trim().length > 100) errors.sector = 'Een sector is hoogstens 100 tekens.';
  return errors;
}

export function toTeamRequest(draft: TeamDraft, locationId: number): NewTeamRequest {
  return { locationId, name: draft.name.trim(), sector: draft.sector.trim() };
}

export function toTeamChange(draft: TeamDraft, team: AdminTeam): TeamChangeRequest {
  return { name: draft.name.trim(), sector: draft.sector.trim(), version: team.version };
}

export const teamProblemField: Record<string, TeamField> = {
  'admin.team.name-taken': 'name',
};

/** Each location, by name, with its teams by name. */
export function teamsPerLocation(
  locations: readonly AdminLocation[],
  teams: readonly AdminTeam[],
): { location: AdminLocation; teams: AdminTeam[] }[] {
  return locations.map((location) => ({
    location,
    teams: teams.filter((team) => team.locationId === location.id).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }));
}
