import {
  AppShell,
  Avatar,
  Burger,
  Group,
  NavLink as MantineNavLink,
  Menu,
  Select,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { LanguageSwitch } from './LanguageSwitch';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Link, Navigate, NavLink, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { api, must } from './api/client';
import { currentOrganizer, onSessionChange, restoreSession, signOut, updateOrganizer } from './api/session';
import { atLeast, type Campaign, CampaignContext, type Role } from './campaign';
import { I18nProvider, useI18n } from './i18n';
import type { Locale, MessageKey } from './i18n';
import { AcceptInvitation, ForgotPassword, JoinInvitation, ResetPassword, SignInLink } from './screens/AuthLinks';
import { SignIn } from './screens/SignIn';
import { Failure, Loading, useLoad } from './ui';

const Overview = lazy(() => import('./screens/Overview'));
const Petitions = lazy(() => import('./screens/Petitions'));
const Broadcasts = lazy(() => import('./screens/Broadcasts'));
const Supporters = lazy(() => import('./screens/Supporters'));
const Events = lazy(() => import('./screens/Events'));
const Members = lazy(() => import('./screens/Members'));
const Account = lazy(() => import('./screens/Account'));
const Digests = lazy(() => import('./screens/Digests'));
const Statements = lazy(() => import('./screens/Statements'));
const Milestones = lazy(() => import('./screens/Milestones'));
const Webhooks = lazy(() => import('./screens/Webhooks'));
const Settings = lazy(() => import('./screens/Settings'));

export function App() {
  const organizer = useSyncExternalStore(onSessionChange, currentOrganizer);
  // A reload keeps the session (it lives in the HttpOnly cookie): ask the API before showing sign-in.
  const [restoring, setRestoring] = useState(true);
  useEffect(() => {
    void restoreSession().finally(() => setRestoring(false));
  }, []);
  return (
    <I18nProvider organizerLocale={organizer ? organizer.locale : undefined} save={saveLocale}>
      {restoring && !organizer ? (
        <Loading />
      ) : organizer ? (
        <Routes>
          <Route path="/invitations/accept" element={<JoinInvitation />} />
          <Route path="/c/:campaignId/*" element={<CampaignShell />} />
          <Route path="*" element={<FirstCampaign />} />
        </Routes>
      ) : (
        // The pages emailed links open (all under /admin, as the emails say).
        <Routes>
          <Route path="/invitations/accept" element={<AcceptInvitation />} />
          <Route path="/password-reset/request" element={<ForgotPassword />} />
          <Route path="/password-reset" element={<ResetPassword />} />
          <Route path="/sign-in/link" element={<SignInLink />} />
          <Route path="*" element={<SignIn />} />
        </Routes>
      )}
    </I18nProvider>
  );
}

/** The language follows the organizer: saved on their account, so every browser they use has it. */
async function saveLocale(locale: Locale): Promise<void> {
  updateOrganizer(await must(api.PATCH('/auth/me', { body: { locale } })));
}

function useCampaigns() {
  return useLoad(async () => (await must(api.GET('/campaigns'))).items, []);
}

/** After sign-in (or at /admin), open the first campaign the organizer belongs to. */
function FirstCampaign() {
  const { t } = useI18n();
  const { data, error } = useCampaigns();
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  const first = data.find((c) => !c.archivedAt) ?? data[0];
  if (!first) return <Text p="xl">{t('campaign.none')}</Text>;
  return <Navigate to={`/c/${first.id}/overview`} replace />;
}

// `min`: the role the API requires to list that section (hidden below it, as the API would refuse).
const sections: { path: string; label: MessageKey; min?: Role }[] = [
  { path: 'overview', label: 'nav.overview' },
  { path: 'petitions', label: 'nav.petitions' },
  { path: 'statements', label: 'nav.statements' },
  { path: 'milestones', label: 'nav.milestones' },
  { path: 'broadcasts', label: 'nav.broadcasts', min: 'organizer' },
  { path: 'supporters', label: 'nav.supporters' },
  { path: 'events', label: 'nav.events' },
  { path: 'digests', label: 'nav.digests' },
  { path: 'members', label: 'nav.members' },
  { path: 'webhooks', label: 'nav.webhooks', min: 'organizer' },
  { path: 'settings', label: 'nav.settings' },
  { path: 'account', label: 'nav.account' },
];

function CampaignShell() {
  const { t } = useI18n();
  const { campaignId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const { data: campaigns, error } = useCampaigns();
  useEffect(close, [location.pathname, close]);

  if (error) return <Failure error={error} />;
  if (!campaigns) return <Loading />;
  const campaign: Campaign | undefined = campaigns.find((c) => c.id === campaignId);
  if (!campaign) return <Navigate to="/" replace />;
  const section = location.pathname.split('/')[3] ?? 'overview';

  return (
    <CampaignContext.Provider value={campaign}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.main')} />
              <UnstyledButton component={Link} to={`/c/${campaign.id}/overview`} aria-label="Groundswell">
                <Text fw={700} visibleFrom="xs">
                  Groundswell
                </Text>
              </UnstyledButton>
              <Select
                aria-label={t('campaign.label')}
                size="xs"
                w={{ base: 112, sm: 240 }}
                allowDeselect={false}
                value={campaign.id}
                data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
                onChange={(id) => id && navigate(`/c/${id}/${section}`)}
              />
            </Group>
            <Group wrap="nowrap" gap="xs" style={{ flexShrink: 0 }}>
              <LanguageSwitch />
              <UnstyledButton
                onClick={() => void signOut()}
                fz="sm"
                px="xs"
                visibleFrom="sm"
                style={{ whiteSpace: 'nowrap' }}
              >
                {t('signout')}
              </UnstyledButton>
              <AccountMenu campaignId={campaign.id} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
          {sections
            .filter((s) => !s.min || atLeast(campaign.role, s.min))
            .map((s) => (
              <MantineNavLink
                key={s.path}
                component={NavLink}
                to={`/c/${campaign.id}/${s.path}`}
                label={t(s.label)}
                active={section === s.path}
                variant="filled"
              />
            ))}
          <Text size="xs" c="dimmed" mt="md" px="sm">
            {t('campaign.role', { role: t(`role.${campaign.role}`) })}
          </Text>
        </AppShell.Navbar>
        <AppShell.Main>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="overview" element={<Overview key={campaign.id} />} />
              <Route path="petitions/*" element={<Petitions key={campaign.id} />} />
              <Route path="broadcasts/*" element={<Broadcasts key={campaign.id} />} />
              <Route path="supporters/*" element={<Supporters key={campaign.id} />} />
              <Route path="events/*" element={<Events key={campaign.id} />} />
              <Route path="digests" element={<Digests key={campaign.id} />} />
              <Route path="members" element={<Members key={campaign.id} />} />
              <Route path="statements/*" element={<Statements key={campaign.id} />} />
              <Route path="milestones/*" element={<Milestones key={campaign.id} />} />
              <Route path="webhooks/*" element={<Webhooks key={campaign.id} />} />
              <Route path="settings" element={<Settings key={campaign.id} />} />
              <Route path="account" element={<Account />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </CampaignContext.Provider>
  );
}

/**
 * On a phone the header has no room for a "Sign out" text beside the campaign and language pickers
 * (in Arabic least of all): the account's actions go into a menu behind the organizer's initials.
 */
function AccountMenu({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const organizer = useSyncExternalStore(onSessionChange, currentOrganizer);
  const name = organizer?.name ?? '';
  return (
    // No focus placeholder: Mantine's is a focusable `role="presentation"` div inside the `role="menu"`, which
    // screen readers meet as a nameless child of the menu (axe: aria-required-children, critical).
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton hiddenFrom="sm" data-testid="account-menu">
          {/* The initials are a picture of the name: the button is named in words. One fixed colour, not
              Mantine's per-name "initials" palette: some of its pairs (orange on light orange) fail 4.5:1. */}
          <Avatar name={name} variant="filled" color="indigo.9" size={30} aria-hidden />
          <VisuallyHidden>{t('account.menu', { name })}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={`/c/${campaignId}/account`}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item onClick={() => void signOut()}>{t('signout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function NotFound() {
  const { t } = useI18n();
  return <Title order={1}>{t('notfound')}</Title>;
}
