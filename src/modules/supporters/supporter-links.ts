/** Purposes of the signed links the supporters module mails (see LinkSignerService: one purpose each). */
export const CONFIRM_PURPOSE = 'confirm';
export const ERASE_PURPOSE = 'erase';
export const EXPORT_PURPOSE = 'export';
/** Erase and export links are short-lived: they act on everything the campaign holds about someone. */
export const PRIVACY_LINK_TTL_SECONDS = 72 * 3600;
