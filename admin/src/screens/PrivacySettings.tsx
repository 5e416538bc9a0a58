import { Divider } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Section } from '../form';
import { type CampaignView, SmallGroups, TargetedOrganizations } from './PrivacyCampaign';
import { PrivacyPage } from './PrivacyPage';
import { PrivacyRetention } from './PrivacyRetention';

/**
 * "Privacy & safety": the campaign's privacy settings, each part drawn from the API that owns it.
 * A part appears here once its API exists (targeted organizations, small-group threshold,
 * retention and shutdown, privacy page).
 */
export function PrivacySettings(props: { value: CampaignView; onSaved: (c: CampaignView) => void }) {
  const { t } = useI18n();
  const parts: ReactNode[] = [
    <TargetedOrganizations key="orgs" {...props} />,
    <SmallGroups key="k" {...props} />,
    <PrivacyRetention key="retention" />,
    <PrivacyPage key="page" />,
  ];
  return (
    <Section title={t('privacy.title')} help={t('privacy.help')} testId="settings-privacy">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <Divider />}
          {p}
        </Fragment>
      ))}
    </Section>
  );
}
