import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
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

type Org = { name: string; domains: string[] };

/** Organizations the campaign targets (an employer): their email domains get a warning and the safety note. */
export function TargetedOrganizations({ value, onSaved }: Props) {
  const { t } = useI18n();
  const canEdit = useCan('admin');
  const [orgs, setOrgs] = useState<Org[]>(value.targetedOrganizations);
  const [noteEn, setNoteEn] = useState(value.mailSafetyNote?.en ?? '');
  const [noteAr, setNoteAr] = useState(value.mailSafetyNote?.ar ?? '');
  const { submit, save } = usePatch(onSaved);
  const setOrg = (i: number, org: Partial<Org>) =>
    setOrgs((all) => all.map((o, j) => (j === i ? { ...o, ...org } : o)));
  return (
    <form
      noValidate
      aria-label={t('privacy.targeted')}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save({ targetedOrganizations: orgs, mailSafetyNote: { en: noteEn, ar: noteAr } });
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('privacy.targeted')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('privacy.targetedHelp')}
        </Text>
        <SubmitOutcome state={submit} />
        {orgs.map((o, i) => (
          <Group key={i} align="start" wrap="wrap" data-testid="targeted-org">
            <TextInput
              label={t('privacy.orgName')}
              readOnly={!canEdit}
              value={o.name}
              error={submit.errorOf(`targetedOrganizations.${i}.name`)}
              onChange={(e) => setOrg(i, { name: e.currentTarget.value })}
            />
            <TagsInput
              label={t('privacy.orgDomains')}
              dir="ltr"
              readOnly={!canEdit}
              value={o.domains}
              splitChars={[',', ' ']}
              acceptValueOnBlur
              error={submit.errorOf(`targetedOrganizations.${i}.domains`)}
              onChange={(domains) => setOrg(i, { domains })}
              style={{ flex: 1, minWidth: 220 }}
            />
            {canEdit && (
              <ActionIcon
                mt={28}
                variant="default"
                aria-label={t('privacy.orgRemove', { name: o.name })}
                onClick={() => setOrgs((all) => all.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {submit.errorOf('targetedOrganizations') && !orgs.length && (
          <Text c="red.9" size="sm">
            {submit.errorOf('targetedOrganizations')}
          </Text>
        )}
        {canEdit && (
          <Group>
            <Button variant="default" onClick={() => setOrgs((all) => [...all, { name: '', domains: [] }])}>
              {t('privacy.orgAdd')}
            </Button>
          </Group>
        )}
        <Textarea
          label={t('privacy.safetyNoteEn')}
          description={t('privacy.safetyNoteHelp')}
          autosize
          readOnly={!canEdit}
          value={noteEn}
          error={submit.errorOf('mailSafetyNote.en')}
          onChange={(e) => setNoteEn(e.currentTarget.value)}
        />
        <Textarea
          label={t('privacy.safetyNoteAr')}
          autosize
          dir="rtl"
          lang="ar"
          readOnly={!canEdit}
          value={noteAr}
          error={submit.errorOf('mailSafetyNote.ar')}
          onChange={(e) => setNoteAr(e.currentTarget.value)}
        />
        <SaveButton show={canEdit} busy={submit.busy} />
      </Stack>
    </form>
  );
}
