import { Select } from '@mantine/core';
import { type Locale, useI18n } from './i18n';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Select
      aria-label={t('lang.label')}
      w={{ base: 92, sm: 112 }}
      size="xs"
      value={locale}
      allowDeselect={false}
      onChange={(v) => v && setLocale(v as Locale)}
      data={[
        { value: 'en', label: t('lang.en') },
        { value: 'ar', label: t('lang.ar') },
      ]}
    />
  );
}
