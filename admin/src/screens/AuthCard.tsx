import { Center, Group, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { LanguageSwitch } from '../LanguageSwitch';

/** The centred card every signed-out screen uses (sign-in, invitation, password reset, sign-in link). */
export function AuthCard({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit?: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const body = (
    <Stack>
      <Group justify="space-between" align="start" wrap="nowrap">
        <Title order={1} size="h3">
          {title}
        </Title>
        <LanguageSwitch />
      </Group>
      {children}
    </Stack>
  );
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        {onSubmit ? (
          <form onSubmit={onSubmit} noValidate>
            {body}
          </form>
        ) : (
          body
        )}
      </Paper>
    </Center>
  );
}
