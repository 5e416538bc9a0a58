import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError, api, must } from '../api/client';
import { useCampaign } from '../campaign';
import { useI18n } from '../i18n';
import { Failure } from '../ui';

/** Add or remove tags on the supporters ticked in the search results (organizers and up, as the API). */
export function BulkTags({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function apply(mode: 'add' | 'remove') {
    setError(undefined);
    setFailure(null);
    setDone(null);
    const list = tags
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (list.length === 0) return setError(t('supporters.tagsRequired'));
    try {
      const r = await must(
        api.POST('/campaigns/{campaignId}/supporters/tags', {
          params: { path: { campaignId: campaign.id } },
          body: { supporterIds: selected, [mode]: list },
        }),
      );
      setDone(t(mode === 'add' ? 'supporters.tagged' : 'supporters.untagged', { count: formatNumber(r.updated) }));
      setTags('');
      onDone();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length)
        setError(Object.values(err.fieldErrors()).join('; '));
      else setFailure(err);
    }
  }

  return (
    <>
      <Group align="end">
        <TextInput
          label={t('supporters.bulkTags', { count: formatNumber(selected.length) })}
          value={tags}
          error={error}
          onChange={(e) => setTags(e.currentTarget.value)}
        />
        <Button variant="default" disabled={selected.length === 0} onClick={() => void apply('add')}>
          {t('supporters.tagAdd')}
        </Button>
        <Button variant="default" disabled={selected.length === 0} onClick={() => void apply('remove')}>
          {t('supporters.tagRemove')}
        </Button>
      </Group>
      <Failure error={failure} />
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
    </>
  );
}
