import { NumberInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { SaveButton, SubmitOutcome, useSubmit } from '../form';
import { useI18n } from '../i18n';

export type CampaignView = paths['/campaigns/{campaignId}']['get']['responses'][200]['content']['application/json'];
type Props = { value: CampaignView; onSaved: (c: CampaignView) => void };
type Patch = NonNullable<paths['/campaigns/{campaignId}']['patch']['requestBody']>['content']['application/json'];

function usePatch(onSaved: (c: CampaignView) => void) {
  const campaign = useCampaign();
  const submit = useSubmit();
  const save = (body: Patch) =>
    submit.run(async () =>
      onSaved(
        await must(api.PATCH('/campaigns/{campaignId}', { params: { path: { campaignId: campaign.id } }, body })),
      ),
    );
  return { submit, save };
}

/** The small-group threshold k: groups smaller than this are merged into "other" below admin. */
export function SmallGroups({ value, onSaved }: Props) {
  const { t } = useI18n();
  const canEdit = useCan('admin');
  const [k, setK] = useState<number | string>(value.minGroupSize);
  const { submit, save } = usePatch(onSaved);
  return (
    <form
      noValidate
      aria-label={t('privacy.smallGroups')}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save({ minGroupSize: Number(k) });
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('privacy.smallGroups')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('privacy.smallGroupsHelp')}
        </Text>
        <SubmitOutcome state={submit} />
        <NumberInput
          label={t('privacy.minGroupSize')}
          min={2}
          max={100}
          clampBehavior="none"
          w={220}
          readOnly={!canEdit}
          value={k}
          error={submit.errorOf('minGroupSize')}
          onChange={setK}
        />
        <SaveButton show={canEdit} busy={submit.busy} />
      </Stack>
    </form>
  );
}
