import fc from 'fast-check';
import { PiiCipherService } from '../../src/infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { normalizeTags } from '../../src/modules/supporters/supporter-record.js';
import {
  SupporterUpsertService,
  type UpsertFields,
  type UpsertOptions,
} from '../../src/modules/supporters/supporter-upsert.service.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, unique } from '../support/factories.js';

/**
 * The supporter "fill in, never downgrade" rule has one implementation (SupporterUpsertService,
 * set-based SQL) for forms, imports, the seed and tests. This property test states the rule as a
 * small model and checks the SQL against it on every combination of fields present or blank
 * before and after, statuses, unsubscribes, consents, tags and the import options.
 */
let t: TestApp;
let campaignId: string;

const TEXT = ['firstName', 'lastName', 'phone', 'postalCode'] as const;
const PLAIN = ['country', 'referrerHost', 'utmMedium', 'utmCampaign', 'utmContent', 'utmTerm'] as const;
type Known = Omit<UpsertFields, 'email'>;

const value = fc.option(fc.constantFrom('', 'Ada', 'عربي', 'Ünï 2'), { nil: undefined });
const known: fc.Arbitrary<Known> = fc.record({
  firstName: value,
  lastName: value,
  phone: value,
  postalCode: value,
  country: fc.option(fc.constantFrom('', 'PS', 'IE'), { nil: undefined }),
  locale: fc.option(fc.constantFrom('en', 'ar'), { nil: undefined }),
  source: fc.option(fc.constantFrom('', 'web', 'osdi'), { nil: undefined }),
  referrerHost: value,
  utmSource: fc.option(fc.constantFrom('', 'mastodon', 'zine'), { nil: undefined }),
  utmMedium: value,
  utmCampaign: value,
  utmContent: value,
  utmTerm: value,
  tags: fc.option(fc.subarray(['volunteer', 'Volunteer ', 'press', 'حي', 'a.b']), { nil: undefined }),
});
const grants = fc.subarray(['updates', 'digests'] as const);

beforeAll(async () => {
  t = await startApp({ role: 'api' });
  const owner = await createOrganizer(t);
  campaignId = (await createCampaign(t, owner.token)).id;
});
afterAll(() => t?.close());

describe('the supporter upsert rule (SupporterUpsertService)', () => {
  it('should fill in only what was blank and never downgrade, whatever the fields, state and options', async () => {
    const upserts = t.app.get(SupporterUpsertService);
    const prisma = t.app.get(PrismaService);
    const cipher = t.app.get(PiiCipherService);
    const row = (email: string, fields: Known, granted: ('updates' | 'digests')[]) => ({
      campaignId,
      fields: { ...fields, email },
      defaultLocale: 'en',
      grants: granted,
      consent: { textVersion: 'v1', source: 'test', formId: 'property', ipHash: null },
    });

    await fc.assert(
      fc.asyncProperty(
        known,
        grants,
        fc.record({
          confirmed: fc.boolean(),
          unsubscribed: fc.boolean(),
          consentUpdates: fc.boolean(),
          consentDigests: fc.boolean(),
        }),
        known,
        grants,
        fc.option(fc.constantFrom('import', 'test'), { nil: undefined }),
        async (before, beforeGrants, state, after, afterGrants, confirmVia) => {
          const email = `${unique('up')}@example.org`;
          const options: UpsertOptions = confirmVia ? { confirmVia } : {};
          // Arrange: the supporter as a first form left them, then in the generated state.
          const [first] = await prisma.$transaction((tx) => upserts.upsert(tx, [row(email, before, beforeGrants)]));
          expect(first).toMatchObject({ created: true, status: 'pending', locale: before.locale ?? 'en' });
          await prisma.supporter.update({
            where: { id: first.id },
            data: {
              status: state.confirmed ? 'confirmed' : 'pending',
              confirmedAt: state.confirmed ? new Date(0) : null,
              confirmedVia: state.confirmed ? 'email-link' : null,
              unsubscribedAt: state.unsubscribed ? new Date(0) : null,
              consentUpdates: state.consentUpdates,
              consentDigests: state.consentDigests,
            },
          });

          // Act: the same address again.
          const [second] = await prisma.$transaction((tx) =>
            upserts.upsert(tx, [row(email, after, afterGrants)], options),
          );

          // Assert against the rule.
          const keepsUnsubscribe = confirmVia !== undefined && state.unsubscribed;
          const status = state.confirmed || confirmVia ? 'confirmed' : 'pending';
          expect(second).toEqual({
            id: first.id,
            created: false,
            status,
            locale: before.locale ?? 'en',
            unsubscribed: state.unsubscribed,
          });
          const s = await prisma.supporter.findUniqueOrThrow({ where: { id: first.id } });
          const got: Record<string, unknown> = {
            email: cipher.decrypt(s.emailEnc),
            firstName: cipher.decrypt(s.firstNameEnc),
            lastName: cipher.decrypt(s.lastNameEnc),
            phone: cipher.decrypt(s.phoneEnc),
            postalCode: cipher.decrypt(s.postalCodeEnc),
            source: s.source,
            status: s.status,
            confirmedVia: s.confirmedVia,
            locale: s.locale,
            unsubscribed: s.unsubscribedAt !== null,
            consentUpdates: s.consentUpdates,
            consentDigests: s.consentDigests,
            tags: s.tags,
          };
          for (const f of PLAIN) got[f] = s[f];
          const want: Record<string, unknown> = {
            email,
            source: before.source || before.utmSource || after.source || after.utmSource || null,
            status,
            confirmedVia: state.confirmed ? 'email-link' : (confirmVia ?? null),
            locale: before.locale ?? 'en',
            unsubscribed: state.unsubscribed,
            consentUpdates: state.consentUpdates || (afterGrants.includes('updates') && !keepsUnsubscribe),
            consentDigests: state.consentDigests || (afterGrants.includes('digests') && !keepsUnsubscribe),
            tags: normalizeTags([...(before.tags ?? []), ...(after.tags ?? [])]),
          };
          for (const f of [...TEXT, ...PLAIN]) want[f] = before[f] || after[f] || null;
          expect(got).toEqual(want);
          const logged = await prisma.supporterConsent.findMany({
            where: { supporterId: first.id, action: 'granted' },
            select: { purpose: true },
          });
          expect(logged.map((c) => c.purpose).sort()).toEqual(
            [...beforeGrants, ...(keepsUnsubscribe ? [] : afterGrants)].sort(),
          );
        },
      ),
      { numRuns: 120 },
    );
  }, 180_000);

  it('should treat an address twice in one call as a first signup followed by a returning one', async () => {
    const upserts = t.app.get(SupporterUpsertService);
    const prisma = t.app.get(PrismaService);
    const email = `${unique('twice')}@example.org`;
    const other = `${unique('once')}@example.org`;
    const rows = [
      { fields: { email, firstName: 'Ada', tags: ['b'] }, grants: [] },
      { fields: { email: other }, grants: ['updates' as const] },
      { fields: { email, firstName: 'Zed', lastName: 'Lovelace', tags: ['a'] }, grants: ['digests' as const] },
    ].map((r) => ({
      campaignId,
      defaultLocale: 'ar',
      consent: { textVersion: 'v1', source: 'test', formId: null, ipHash: null },
      ...r,
    }));

    const [a, b, c] = await prisma.$transaction((tx) => upserts.upsert(tx, rows));

    expect([a.created, b.created, c.created]).toEqual([true, true, false]);
    expect(c.id).toBe(a.id);
    const s = await prisma.supporter.findUniqueOrThrow({ where: { id: a.id } });
    const cipher = t.app.get(PiiCipherService);
    expect({
      firstName: cipher.decrypt(s.firstNameEnc),
      lastName: cipher.decrypt(s.lastNameEnc),
      tags: s.tags,
      consentDigests: s.consentDigests,
      locale: s.locale,
    }).toEqual({ firstName: 'Ada', lastName: 'Lovelace', tags: ['a', 'b'], consentDigests: true, locale: 'ar' });
  });
});
