import { EMPTY_USER, toChange, toNewUser, validateUser, type UserDraft } from './userDraft';

const valid: UserDraft = {
  ...EMPTY_USER,
  username: 'j.devries',
  displayName: 'Jan de Vries',
  roles: ['SLB'],
  locationIds: [1],
};

describe('the user form', () => {
  test('accepts a complete SLB’er', () => {
    expect(validateUser(valid, 'new')).toEqual({});
  });

  test('needs a username without spaces, a name and a role', () => {
    expect(validateUser({ ...EMPTY_USER, username: 'jan de vries' }, 'new')).toEqual({
      username: expect.stringContaining('geen spaties'),
      displayName: 'Vul de naam in.',
      roles: 'Kies minstens één rol.',
    });
  });

  test('a zorgcoördinator or SLB’er works at a location', () => {
    expect(validateUser({ ...valid, locationIds: [] }, 'new').locationIds).toMatch(/minstens één locatie/);
    expect(validateUser({ ...valid, roles: ['AUDITOR'], locationIds: [] }, 'new')).toEqual({});
  });

  test('an external professional needs a provider, and only they send one', () => {
    const professional = { ...valid, roles: ['EXTERNAL_PROFESSIONAL' as const], locationIds: [] };
    expect(validateUser(professional, 'new').providerId).toBe('Kies de zorgaanbieder van de professional.');
    expect(toNewUser({ ...professional, providerId: '4' }).providerId).toBe(4);
    expect(toNewUser({ ...valid, providerId: '4' }).providerId).toBeUndefined();
  });

  test('a short password is refused, none is fine', () => {
    expect(validateUser({ ...valid, password: 'kort' }, 'new').password).toMatch(/minstens 8/);
    expect(toNewUser(valid).password).toBeUndefined();
  });

  test('a change only checks what can change, and carries the version seen', () => {
    expect(validateUser({ ...valid, username: '', displayName: '' }, 'edit')).toEqual({});
    expect(toChange({ ...valid, enabled: false }, 3)).toEqual({
      roles: ['SLB'],
      locationIds: [1],
      providerId: undefined,
      enabled: false,
      version: 3,
    });
  });
});

test('a phone number is digits with + - ( ) and spaces, or nothing', () => {
  const valid = { ...EMPTY_USER, roles: ['AUDITOR' as const] };
  expect(validateUser({ ...valid, phone: '030 - 123 45 67' }, 'edit')).toEqual({});
  expect(validateUser({ ...valid, phone: 'bel me' }, 'edit').phone).toMatch(/telefoonnummer/);
  expect(toChange({ ...valid, phone: ' 030 1234567 ' }, 3).phone).toBe('030 1234567');
  expect(toChange({ ...valid, phone: '  ' }, 3).phone).toBeUndefined();
});
