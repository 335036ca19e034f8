import { EMPTY_PROVIDER, toProviderRequest, validateProvider } from './providerDraft';

const valid = {
  ...EMPTY_PROVIDER,
  name: 'Wijkteam Noord',
  kind: 'WIJKTEAM' as const,
  minAge: '16',
  maxAge: '23',
  municipalities: ['GM0344'],
};

describe('the provider form', () => {
  test('accepts a complete provider and sends numbers, codes and only what was filled in', () => {
    expect(validateProvider(valid)).toEqual({});
    expect(
      toProviderRequest({
        ...valid,
        municipalities: ['GM0344', 'GM0356'],
        phone: ' 030 123 45 67 ',
        intakeProcedure: 'Bellen met het wijkteam.',
        typicalWaitingDays: '14',
        embedded: { 1: ['TUESDAY'], 2: [] },
      }),
    ).toEqual({
      name: 'Wijkteam Noord',
      kind: 'WIJKTEAM',
      minAge: 16,
      maxAge: 23,
      municipalities: ['GM0344', 'GM0356'],
      contact: {
        phone: '030 123 45 67',
        email: undefined,
        website: undefined,
        address: undefined,
        intakeProcedure: 'Bellen met het wijkteam.',
      },
      typicalWaitingDays: 14,
      embedded: [{ locationId: 1, days: ['TUESDAY'] }],
    });
  });

  test('needs a name, a kind, ages and a gemeente', () => {
    expect(Object.keys(validateProvider(EMPTY_PROVIDER)).sort()).toEqual([
      'kind',
      'maxAge',
      'minAge',
      'municipalities',
      'name',
    ]);
  });

  test('ages run from low to high, within 0 to 120', () => {
    expect(validateProvider({ ...valid, minAge: '27', maxAge: '12' }).maxAge).toBe(
      'De hoogste leeftijd is lager dan de laagste.',
    );
    expect(validateProvider({ ...valid, minAge: '-1', maxAge: '121' })).toEqual({
      minAge: 'Vul een leeftijd van 0 tot en met 120 in.',
      maxAge: 'Vul een leeftijd van 0 tot en met 120 in.',
    });
  });

  test('contact details and the waiting time are checked as the API checks them', () => {
    expect(
      validateProvider({
        ...valid,
        phone: 'bel mij',
        email: 'geen-adres',
        website: 'javascript:alert(1)',
        typicalWaitingDays: '-3',
      }),
    ).toEqual({
      phone: 'Een telefoonnummer bestaat uit cijfers, spaties, +, - en haakjes.',
      email: 'Vul een e-mailadres in zoals aanmelden@voorbeeld.nl.',
      website: 'Vul een webadres in dat begint met https://.',
      typicalWaitingDays: 'Vul een aantal dagen in, 0 of meer.',
    });
  });
});
