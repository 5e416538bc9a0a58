/**
 * "Privacy & safety" settings of the campaign: filled in as the privacy APIs land (targeted
 * organizations and email domains, small-group threshold, retention and shutdown, privacy page).
 */
export function PrivacySettings() {
  return null;
}
