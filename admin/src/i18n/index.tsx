import { useDirection } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ar, en, type MessageKey as CoreKey } from './messages';
import { enManage, type ManageKey } from './manage';
import { arManage } from './manage-ar';

export type Locale = 'en' | 'ar';
/** Every key `t` accepts: the core dictionary and the campaign-management screens' one (./manage). */
export type MessageKey = CoreKey | ManageKey;
const dictionaries: Record<Locale, Record<MessageKey, string>> = {
  en: { ...en, ...enManage },
  ar: { ...ar, ...arManage },
};

/**
 * The language is chosen per organizer: remembered in this browser under the organizer's id (the
 * API has no organizer preference yet), defaulting to the browser's language before sign-in.
 */
const storageKey = (organizerId: string | null) => `gs-console-locale:${organizerId ?? 'anonymous'}`;

function initialLocale(organizerId: string | null): Locale {
  // The organizer's own choice, else the one made on the sign-in page, else the browser's language.
  const stored = localStorage.getItem(storageKey(organizerId)) ?? localStorage.getItem(storageKey(null));
  if (stored === 'en' || stored === 'ar') return stored;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  formatDate(value: string | null | undefined, timeZone?: string): string;
  formatNumber(value: number): string;
}

const Context = createContext<I18n | null>(null);

export function I18nProvider({ organizerId, children }: { organizerId: string | null; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale(organizerId));
  const { setDirection } = useDirection();

  useEffect(() => setLocaleState(initialLocale(organizerId)), [organizerId]);
  useEffect(() => {
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    setDirection(dir);
    document.title = dictionaries[locale]['app.title'];
  }, [locale, setDirection]);

  const setLocale = useCallback(
    (next: Locale) => {
      localStorage.setItem(storageKey(organizerId), next);
      setLocaleState(next);
    },
    [organizerId],
  );

  const value = useMemo<I18n>(() => {
    const dict = dictionaries[locale];
    const tag = locale === 'ar' ? 'ar' : 'en-GB';
    const numbers = new Intl.NumberFormat(tag);
    return {
      locale,
      setLocale,
      t: (key, vars) => dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`)),
      formatDate: (v, timeZone) =>
        v
          ? new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(v))
          : '—',
      formatNumber: (n) => numbers.format(n),
    };
  }, [locale, setLocale]);

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
