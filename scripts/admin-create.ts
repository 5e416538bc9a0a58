import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loginBody, password as passwordRule } from '../src/modules/auth/auth.schemas.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { runWithServices } from './context.js';

/**
 * npm run admin:create -- --email a@b.org --name "Ada" [--password ...] [--campaign slug --role owner]
 * Without --password a strong one is generated and printed once.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    campaign: { type: 'string' },
    role: { type: 'string', default: 'owner' },
  },
});

void runWithServices(async (app) => {
  if (!values.email || !values.name)
    throw new Error(
      'usage: npm run admin:create -- --email EMAIL --name NAME [--password PASSWORD] [--campaign SLUG --role ROLE]',
    );
  const password = values.password ?? randomBytes(12).toString('base64url');
  const checked = loginBody.safeParse({ email: values.email, password });
  if (!checked.success)
    throw new Error(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const rule = passwordRule.safeParse(password);
  if (!rule.success) throw new Error(`password: ${rule.error.issues[0].message}`);

  const organizer = await app.get(AuthService).createOrganizer({ email: values.email, name: values.name, password });
  console.log(`Created organizer ${organizer.email} (${organizer.id}).`);
  if (!values.password) console.log(`Password (shown once): ${password}`);

  if (values.campaign) {
    const campaigns = app.get(CampaignsService);
    const campaign = await campaigns.findBySlug(values.campaign);
    if (!campaign) throw new Error(`campaign: no campaign with slug "${values.campaign}"`);
    const role = values.role as 'owner' | 'admin' | 'organizer' | 'viewer';
    if (!['owner', 'admin', 'organizer', 'viewer'].includes(role))
      throw new Error('role: must be owner, admin, organizer or viewer');
    await campaigns.invite({ organizerId: organizer.id, role: 'owner' }, campaign.id, { email: organizer.email, role });
    console.log(`Added to ${campaign.slug} as ${role}.`);
  }
});
