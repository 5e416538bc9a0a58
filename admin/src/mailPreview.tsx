import { Tabs, Text } from '@mantine/core';
import { useI18n } from './i18n';

export interface MailPreview {
  locale: string;
  subject: string;
  html: string;
  dir?: 'ltr' | 'rtl';
  from?: string;
  replyTo?: string | null;
}

/** What the inbox shows before the subject: From, and Reply-To when set (addresses read left to right). */
export function SenderLine({ from, replyTo }: { from?: string; replyTo?: string | null }) {
  const { t } = useI18n();
  if (!from) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="mail-sender">
      {t('mail.from')}: <bdi dir="ltr">{from}</bdi>
      {replyTo && (
        <>
          {' · '}
          {t('mail.replyTo')}: <bdi dir="ltr">{replyTo}</bdi>
        </>
      )}
    </Text>
  );
}

/** One rendered email, isolated in a sandboxed frame: no scripts, no same-origin access. */
export function MailFrame({ preview, height = 420 }: { preview: MailPreview; height?: number }) {
  const { t } = useI18n();
  return (
    <>
      <SenderLine from={preview.from} replyTo={preview.replyTo} />
      <Text fw={600} dir={preview.dir ?? (preview.locale === 'ar' ? 'rtl' : 'ltr')} mb="xs">
        {preview.subject}
      </Text>
      <iframe
        title={`${t('petitions.preview')}: ${preview.subject}`}
        sandbox=""
        srcDoc={preview.html}
        style={{ width: '100%', height, border: '1px solid var(--mantine-color-gray-4)', background: 'white' }}
      />
    </>
  );
}

/** The same email in each language, one tab each. */
export function MailPreviewTabs({ previews, height }: { previews: MailPreview[]; height?: number }) {
  const { t } = useI18n();
  if (previews.length === 0) return null;
  return (
    <Tabs defaultValue={previews[0]!.locale}>
      <Tabs.List>
        {previews.map((p) => (
          <Tabs.Tab key={p.locale} value={p.locale}>
            {t('broadcasts.previewIn', { locale: p.locale === 'ar' ? t('lang.ar') : t('lang.en') })}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {previews.map((p) => (
        <Tabs.Panel key={p.locale} value={p.locale} pt="sm">
          <MailFrame preview={p} height={height} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
