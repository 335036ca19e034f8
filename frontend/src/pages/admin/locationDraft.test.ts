import {
  EMPTY_LOCATION,
  teamsPerLocation,
  toLocationChange,
  toLocationRequest,
  toTeamChange,
  toTeamRequest,
  validateLocation,
  validateTeam,
} from './locationDraft';

const noord = { id: 1, code: 'NRD', name: 'Campus Noord', municipality: 'Utrecht', version: 3 };
const zuid = { id: 2, code: 'ZD', name: 'Campus Zuid', municipality: 'Nieuwegein', version: 0 };
const team = (id: number, locationId: number, name: string) => ({
  id,
  locationId,
  name,
  sector: 'Techniek',
  students: 4,
  version: 1,
});

describe('location and team drafts', () => {
  test('an empty location asks for every field', () => {
    expect(Object.keys(validateLocation(EMPTY_LOCATION)).sort()).toEqual(['code', 'municipality', 'name']);
  });

  test('a code is letters, digits, dots and dashes, at most 20', () => {
    const draft = { code: 'met spatie', name: 'Campus', municipality: 'Utrecht' };
    expect(validateLocation(draft).code).toMatch(/alleen letters/);
    expect(validateLocation({ ...draft, code: 'X'.repeat(21) }).code).toMatch(/hoogstens 20/);
    expect(validateLocation({ ...draft, code: ' UT-1 ' })).toEqual({});
  });

  test('a new location is sent trimmed; a change without its code but with the version read', () => {
    const draft = { code: ' NRD ', name: ' Campus Noord ', municipality: 'Utrecht ' };
    expect(toLocationRequest(draft)).toEqual({ code: 'NRD', name: 'Campus Noord', municipality: 'Utrecht' });
    expect(toLocationChange({ ...draft, name: 'Campus Oost' }, noord)).toEqual({
      name: 'Campus Oost',
      municipality: 'Utrecht',
      version: 3,
    });
  });

  test('a team needs a name and a sector, and is sent for its location or against its version', () => {
    expect(Object.keys(validateTeam({ name: ' ', sector: '' })).sort()).toEqual(['name', 'sector']);
    expect(validateTeam({ name: 'x'.repeat(101), sector: 'Zorg' }).name).toMatch(/hoogstens 100/);
    expect(toTeamRequest({ name: ' Team ICT ', sector: 'Techniek' }, 2)).toEqual({
      locationId: 2,
      name: 'Team ICT',
      sector: 'Techniek',
    });
    expect(toTeamChange({ name: 'Team Media', sector: 'Creatief' }, team(5, 1, 'Team ICT'))).toEqual({
      name: 'Team Media',
      sector: 'Creatief',
      version: 1,
    });
  });

  test('teams are grouped under their location, by name', () => {
    const grouped = teamsPerLocation(
      [noord, zuid],
      [team(1, 1, 'Team Zorg'), team(2, 2, 'Team Bouw'), team(3, 1, 'Team Auto')],
    );
    expect(grouped.map((group) => [group.location.code, group.teams.map((found) => found.name)])).toEqual([
      ['NRD', ['Team Auto', 'Team Zorg']],
      ['ZD', ['Team Bouw']],
    ]);
  });
});
