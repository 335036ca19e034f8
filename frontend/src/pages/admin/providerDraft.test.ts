import { EMPTY_PROVIDER, municipalitiesOf, toProviderRequest, validateProvider } from './providerDraft';

const valid = {
  name: 'Wijkteam Noord',
  kind: 'WIJKTEAM' as const,
  minAge: '16',
  maxAge: '23',
  municipalities: 'Utrecht',
};

describe('the provider form', () => {
  test('accepts a complete provider and sends numbers and a list', () => {
    expect(validateProvider(valid)).toEqual({});
    expect(toProviderRequest({ ...valid, municipalities: ' Utrecht,\nNieuwegein\n\nUtrecht ' })).toEqual({
      name: 'Wijkteam Noord',
      kind: 'WIJKTEAM',
      minAge: 16,
      maxAge: 23,
      municipalities: ['Utrecht', 'Nieuwegein'],
    });
  });

  test('needs a name, a kind, ages and a municipality', () => {
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

  test('municipalities are split on lines and commas, without blanks', () => {
    expect(municipalitiesOf(' , \n')).toEqual([]);
  });
});
