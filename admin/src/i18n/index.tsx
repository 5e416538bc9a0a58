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
 * The language is chosen per organizer and kept on their account (`locale`, changed with
 * PATCH /auth/me), so it follows them to any browser. Before sign-in the console speaks the
 * browser's language, or the one picked on the sign-in page; signing in switches to the organizer's
 * own, and an organizer who never chose keeps (and saves) the one they picked before signing in.
 */
function browserLocale(): Locale {
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

export interface I18nProviderProps {
  /** The signed-in organizer's saved language (null: never chosen); undefined before sign-in. */
  organizerLocale: Locale | null | undefined;
  /** Saves a choice made while signed in to the organizer's account. */
  save(locale: Locale): Promise<void>;
  children: ReactNode;
}

export function I18nProvider({ organizerLocale, save, children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => organizerLocale ?? browserLocale());
  // A language picked before signing in (on the sign-in page): the organizer's choice if they have none yet.
  const [picked, setPicked] = useState(false);
  const { setDirection } = useDirection();
  const signedIn = organizerLocale !== undefined;

  useEffect(() => {
    // Only a change of organizer (sign-in, sign-out) or of their saved language decides here.
    if (organizerLocale) setLocaleState(organizerLocale);
    else if (organizerLocale === null && picked) void save(locale).catch(() => undefined);
    if (organizerLocale !== undefined) setPicked(false);
  }, [organizerLocale]);
  useEffect(() => {
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
    setDirection(dir);
    document.title = dictionaries[locale]['app.title'];
  }, [locale, setDirection]);

  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      if (signedIn) void save(next).catch(() => undefined);
      else setPicked(true);
    },
    [signedIn, save],
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
