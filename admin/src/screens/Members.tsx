import { Alert, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError, api, must } from '../api/client';
import { useCampaign } from '../campaign';
import { useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';

export default function Members() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const members = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/members', { params: { path: { campaignId: campaign.id } } })),
    [campaign.id],
  );
  const tokens = useLoad(async () => must(api.GET('/auth/tokens')), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    try {
      const token = await must(api.POST('/auth/tokens', { body: { name } }));
      setCreated(token.token);
      setName('');
      tokens.reload();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setFailure(err);
    }
  }

  async function revoke(id: string) {
    setFailure(null);
    try {
      await must(api.DELETE('/auth/tokens/{tokenId}', { params: { path: { tokenId: id } } }));
      tokens.reload();
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <Stack>
      <Title order={1}>{t('members.title')}</Title>
      <Failure error={members.error} />
      {!members.data && !members.error && <Loading />}
      {members.data && (
        <Table.ScrollContainer minWidth={500}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supporters.name')}</Table.Th>
                <Table.Th>{t('supporters.email')}</Table.Th>
                <Table.Th>{t('members.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.items.map((m) => (
                <Table.Tr key={m.organizerId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td dir="ltr">{m.email}</Table.Td>
                  <Table.Td>{t(`role.${m.role}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3">
        {t('members.tokens')}
      </Title>
      <Failure error={failure ?? tokens.error} />
      {created && (
        <Alert color="green" role="status">
          <Text>{t('members.tokenShown')}</Text>
          <Code block dir="ltr">
            {created}
          </Code>
        </Alert>
      )}
      <form onSubmit={create} noValidate>
        <Group align="start">
          <TextInput
            label={t('members.tokenName')}
            required
            value={name}
            error={errors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button type="submit" mt={25}>
            {t('members.tokenCreate')}
          </Button>
        </Group>
      </form>
      {tokens.data && tokens.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.tokenName')}</Table.Th>
                <Table.Th>{t('members.prefix')}</Table.Th>
                <Table.Th>{t('members.lastUsed')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items
                .filter((tok) => !tok.revokedAt)
                .map((tok) => (
                  <Table.Tr key={tok.id}>
                    <Table.Td>{tok.name}</Table.Td>
                    <Table.Td dir="ltr">
                      <Code>{tok.prefix}</Code>
                    </Table.Td>
                    <Table.Td>{tok.lastUsedAt ? formatDate(tok.lastUsedAt) : t('members.never')}</Table.Td>
                    <Table.Td>
                      <Button size="compact-sm" color="red.9" variant="outline" onClick={() => void revoke(tok.id)}>
                        {t('members.tokenRevoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
