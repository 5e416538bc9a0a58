import { toLocale } from './i18n.js';

describe('toLocale', () => {
  it('should take ?locale= first when it is a supported locale', () => {
    expect(toLocale({ query: 'ar', acceptLanguage: 'en-GB', fallback: 'en' })).toBe('ar');
  });

  it('should use Accept-Language by q-value when the query is missing or unsupported', () => {
    expect(toLocale({ query: 'fr', acceptLanguage: 'fr;q=1, ar-EG;q=0.8, en;q=0.5' })).toBe('ar');
    expect(toLocale({ acceptLanguage: 'en;q=0.2, ar;q=0.9' })).toBe('ar');
    expect(toLocale({ acceptLanguage: 'ar;q=0, en' })).toBe('en');
  });

  it("should fall back to the campaign's default, then English", () => {
    expect(toLocale({ acceptLanguage: 'de-DE', fallback: 'ar' })).toBe('ar');
    expect(toLocale({ acceptLanguage: 'garbage;;;q=x', fallback: 'xx' })).toBe('en');
    expect(toLocale({})).toBe('en');
  });

  it('should only choose among the languages a resource exists in when told', () => {
    expect(toLocale({ query: 'ar', fallback: 'en' }, ['en'])).toBe('en');
    expect(toLocale({ acceptLanguage: 'ar', fallback: 'en' }, ['en', 'ar'])).toBe('ar');
  });
});
