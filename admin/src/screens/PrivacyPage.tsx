import { Anchor, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api, must } from '../api/client';
import { useCampaign, useCan } from '../campaign';
import { Loaded, SaveButton, SubmitOutcome, useSubmit } from '../form';
import { useI18n } from '../i18n';
import { useLoad } from '../ui';

/** The campaign's public privacy page, and the contact address it gives supporters. */
export function PrivacyPage() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const path = { params: { path: { campaignId: campaign.id } } };
  const settings = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/supporters/settings', path)),
    [campaign.id],
  );
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('privacy.page')}
      </Title>
      <Text size="sm">
        {t('privacy.pageHelp')}{' '}
        <Anchor href={`/c/${campaign.slug}/privacy`} target="_blank" rel="noopener" data-testid="privacy-page-link">
          {t('privacy.pageOpen')}
        </Anchor>
      </Text>
      <Loaded state={settings}>{(s) => <ContactForm initial={s.privacyContact ?? ''} />}</Loaded>
    </Stack>
  );
}

function ContactForm({ initial }: { initial: string }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const canEdit = useCan('admin');
  const [contact, setContact] = useState(initial);
  const submit = useSubmit();
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit.run(() =>
      must(
        api.PATCH('/campaigns/{campaignId}/supporters/settings', {
          params: { path: { campaignId: campaign.id } },
          body: { privacyContact: contact.trim() || null },
        }),
      ),
    );
  }
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="sm">
        <SubmitOutcome state={submit} />
        <TextInput
          label={t('privacy.contact')}
          description={t('privacy.contactHelp')}
          readOnly={!canEdit}
          value={contact}
          error={submit.errorOf('privacyContact')}
          onChange={(e) => setContact(e.currentTarget.value)}
        />
        <SaveButton show={canEdit} busy={submit.busy} />
      </Stack>
    </form>
  );
}
