import type { TestApp } from '../support/app.js';
import { addTeam, createCampaign, type OrganizerFixture, startWithCampaign, unique } from '../support/factories.js';

const draft = (overrides: Record<string, unknown> = {}) => ({
  slug: unique('st'),
  primaryLocale: 'en',
  variants: {
    en: { title: 'An unprecedented win', summary: 'What it means.', body: 'First line.\nSecond line.\nThird line.' },
  },
  ...overrides,
});

describe('statements: workflow, roles, revisions and public reading', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let admin: OrganizerFixture;
  let organizer: OrganizerFixture;
  let viewer: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let base: string;

  beforeAll(async () => {
    ({ t, owner, campaign } = await startWithCampaign());
    ({ admin, organizer, viewer } = await addTeam(t, owner, campaign.id));
    base = `/campaigns/${campaign.id}/statements`;
  });
  afterAll(() => t.close());

  it('should take a statement from draft through review and approval to publication when each role does its part', async () => {
    const created = await t.http.post(base, draft(), organizer.token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', revision: 1, createdBy: organizer.id, alertVersion: 0 });
    const id = created.body.id;

    expect((await t.http.post(`${base}/${id}/approve`, {}, organizer.token)).status).toBe(403);
    expect((await t.http.post(`${base}/${id}/publish`, {}, organizer.token)).status).toBe(403);

    const submitted = await t.http.post(`${base}/${id}/submit`, { note: 'ready' }, organizer.token);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');

    const approved = await t.http.post(`${base}/${id}/approve`, {}, admin.token);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: admin.id });

    // Approved content is signed off: only admins may change it now.
    const orgEdit = await t.http.patch(
      `${base}/${id}`,
      { variants: { en: { title: 'Sneaky change' } } },
      organizer.token,
    );
    expect(orgEdit.status).toBe(403);

    expect((await t.http.get(`/public/campaigns/${campaign.slug}/statements/${created.body.slug}`)).status).toBe(404);

    const published = await t.http.post(`${base}/${id}/publish`, { notify: false }, admin.token);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedBy: admin.id });

    const pub = await t.http.get(`/public/campaigns/${campaign.slug}/statements/${created.body.slug}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ title: 'An unprecedented win', locale: 'en', translations: ['en'] });
    expect(pub.body.html).toContain('<p>First line.');

    const audit = await t.http.get(`/campaigns/${campaign.id}/audit?entityType=statement`, owner.token);
    const actions = audit.body.items.filter((e: any) => e.entityId === id).map((e: any) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['statement.created', 'statement.submitted', 'statement.approved', 'statement.published']),
    );
  });

  it('should refuse writes from viewers and transitions that skip the workflow', async () => {
    expect((await t.http.post(base, draft(), viewer.token)).status).toBe(403);
    const created = await t.http.post(base, draft(), organizer.token);
    const id = created.body.id;
    expect((await t.http.post(`${base}/${id}/approve`, {}, admin.token)).status).toBe(409); // draft cannot be approved
    const retract = await t.http.post(`${base}/${id}/retract`, { reason: 'x' }, admin.token);
    expect(retract.status).toBe(409);
    expect(retract.body.type).toContain('invalid-transition');
    expect((await t.http.get(`${base}/${id}`, viewer.token)).status).toBe(200);
  });

  it('should let an organizer withdraw a submission and an admin ask for changes', async () => {
    const id = (await t.http.post(base, draft(), organizer.token)).body.id;
    await t.http.post(`${base}/${id}/submit`, {}, organizer.token);
    const back = await t.http.post(`${base}/${id}/return-to-draft`, { note: 'needs a source' }, admin.token);
    expect(back.body.status).toBe('draft');
    const edited = await t.http.patch(
      `${base}/${id}`,
      { variants: { en: { body: 'Now with a source.' } } },
      organizer.token,
    );
    expect(edited.status).toBe(200);
    expect(edited.body.revision).toBe(2);
  });

  it('should hide a statement from the public again when it is retracted, answering 410 at its address', async () => {
    const created = await t.http.post(base, draft(), organizer.token);
    await t.http.post(`${base}/${created.body.id}/publish`, { notify: false }, admin.token);
    expect(
      (await t.http.post(`${base}/${created.body.id}/retract`, { reason: 'factual error' }, organizer.token)).status,
    ).toBe(403);
    const retracted = await t.http.post(`${base}/${created.body.id}/retract`, { reason: 'factual error' }, admin.token);
    expect(retracted.body).toMatchObject({ status: 'retracted', retractionReason: 'factual error' });

    const detail = await t.http.get(`/public/campaigns/${campaign.slug}/statements/${created.body.slug}`);
    expect(detail.status).toBe(410);
    const list = await t.http.get(`/public/campaigns/${campaign.slug}/statements?limit=200`);
    expect(list.body.items.map((s: any) => s.slug)).not.toContain(created.body.slug);
    // frozen: no more edits, and it cannot be deleted either
    expect(
      (await t.http.patch(`${base}/${created.body.id}`, { variants: { en: { title: 'x' } } }, admin.token)).status,
    ).toBe(409);
    expect((await t.http.delete(`${base}/${created.body.id}`, admin.token)).status).toBe(409);
  });

  it('should keep every edit as a revision and show a unified diff between two of them', async () => {
    const created = await t.http.post(base, draft(), organizer.token);
    const id = created.body.id;
    await t.http.patch(
      `${base}/${id}`,
      { variants: { en: { body: 'First line.\nSecond line, revised.\nThird line.' } }, note: 'tighten' },
      organizer.token,
    );
    await t.http.patch(
      `${base}/${id}`,
      { variants: { ar: { title: 'انتصار غير مسبوق', body: 'السطر الأول.' } } },
      admin.token,
    );

    const revisions = await t.http.get(`${base}/${id}/revisions`, organizer.token);
    expect(revisions.body.items.map((r: any) => r.number)).toEqual([3, 2, 1]);
    expect(revisions.body.items[0]).toMatchObject({
      authorId: admin.id,
      changedFields: ['ar', 'ar.title', 'ar.summary', 'ar.body'],
    });
    expect(revisions.body.items[1]).toMatchObject({
      authorId: organizer.id,
      changedFields: ['en.body'],
      note: 'tighten',
    });

    const diff = await t.http.get(`${base}/${id}/diff?from=1&to=3`, organizer.token);
    expect(diff.status).toBe(200);
    expect(diff.body.changedFields).toEqual(expect.arrayContaining(['en.body', 'ar', 'ar.title', 'ar.body']));
    expect(diff.body.patch).toContain('--- r1/en.body');
    expect(diff.body.patch).toContain('+++ r3/en.body');
    expect(diff.body.patch).toContain('-Second line.');
    expect(diff.body.patch).toContain('+Second line, revised.');
    expect(diff.body.patch).toContain(' First line.');
    expect(diff.body.patch).toMatch(/@@ -1,3 \+1,3 @@/);

    expect((await t.http.get(`${base}/${id}/diff?from=1&to=99`, organizer.token)).status).toBe(404);
    expect((await t.http.get(`${base}/${id}/revisions`, viewer.token)).status).toBe(403);
  });

  it('should reject an edit based on a stale revision when expectedRevision is given', async () => {
    const id = (await t.http.post(base, draft(), organizer.token)).body.id;
    await t.http.patch(
      `${base}/${id}`,
      { variants: { en: { title: 'Second' } }, expectedRevision: 1 },
      organizer.token,
    );
    const stale = await t.http.patch(
      `${base}/${id}`,
      { variants: { en: { title: 'Third' } }, expectedRevision: 1 },
      organizer.token,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.currentRevision).toBe(2);
  });

  it("should serve the reader's language when a translation exists and fall back to the original otherwise", async () => {
    const created = await t.http.post(
      base,
      draft({
        variants: {
          en: { title: 'Win', body: 'English body' },
          ar: { title: 'انتصار', summary: 'ملخص', body: 'نص عربي' },
        },
      }),
      organizer.token,
    );
    const plain = await t.http.post(base, draft(), organizer.token);
    await t.http.post(`${base}/${created.body.id}/publish`, { notify: false }, admin.token);
    await t.http.post(`${base}/${plain.body.id}/publish`, { notify: false }, admin.token);

    const ar = await t.http.get(`/public/campaigns/${campaign.slug}/statements/${created.body.slug}?locale=ar`);
    expect(ar.body).toMatchObject({ locale: 'ar', title: 'انتصار', translations: ['ar', 'en'] });
    expect(ar.body.url).toContain('locale=ar');
    const fallback = await t.http.get(`/public/campaigns/${campaign.slug}/statements/${plain.body.slug}?locale=ar`);
    expect(fallback.body).toMatchObject({ locale: 'en', title: 'An unprecedented win' });
  });

  it('should strip scripts, iframes and javascript: links when rendering a body', async () => {
    const created = await t.http.post(
      base,
      draft({
        variants: {
          en: {
            title: 'XSS',
            body: 'Hi <script>alert(1)</script> <iframe src="https://x.example"></iframe> [click](javascript:alert(1)) ![i](javascript:alert(2)) [ok](https://example.org)',
          },
        },
      }),
      organizer.token,
    );
    await t.http.post(`${base}/${created.body.id}/publish`, { notify: false }, admin.token);
    const pub = await t.http.get(`/public/campaigns/${campaign.slug}/statements/${created.body.slug}`);
    // Raw HTML and refused links stay visible as text; nothing executable reaches the markup.
    expect(pub.body.html).not.toMatch(/<script|<iframe|<img|href="javascript|src="javascript/i);
    expect(pub.body.html).toContain('&lt;script&gt;');
    expect(pub.body.html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer">ok</a>');
  });

  it('should list published statements newest first across pages and never a draft or scheduled one', async () => {
    const c = await createCampaign(t, owner.token);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await t.http.post(
        `/campaigns/${c.id}/statements`,
        draft({ slug: `s-${i}-${unique('p')}` }),
        owner.token,
      );
      await t.http.post(`/campaigns/${c.id}/statements/${s.body.id}/publish`, { notify: false }, owner.token);
      ids.push(s.body.slug);
    }
    await t.http.post(`/campaigns/${c.id}/statements`, draft(), owner.token);
    const later = await t.http.post(`/campaigns/${c.id}/statements`, draft(), owner.token);
    await t.http.post(
      `/campaigns/${c.id}/statements/${later.body.id}/schedule`,
      { publishAt: new Date(Date.now() + 3600_000).toISOString(), notify: false },
      owner.token,
    );

    const first = await t.http.get(`/public/campaigns/${c.slug}/statements?limit=2`);
    expect(first.body.items.map((s: any) => s.slug)).toEqual([ids[2], ids[1]]);
    const second = await t.http.get(`/public/campaigns/${c.slug}/statements?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((s: any) => s.slug)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('should only delete statements that never went public', async () => {
    const d = await t.http.post(base, draft(), organizer.token);
    expect((await t.http.delete(`${base}/${d.body.id}`, organizer.token)).status).toBe(200);
    expect((await t.http.get(`${base}/${d.body.id}`, organizer.token)).status).toBe(404);
    const p = await t.http.post(base, draft(), organizer.token);
    await t.http.post(`${base}/${p.body.id}/publish`, { notify: false }, admin.token);
    expect((await t.http.delete(`${base}/${p.body.id}`, admin.token)).status).toBe(409);
  });

  it('should mark a published statement updated when an admin edits it, without changing its publication time', async () => {
    const p = await t.http.post(base, draft(), organizer.token);
    const published = await t.http.post(`${base}/${p.body.id}/publish`, { notify: false }, admin.token);
    expect(
      (await t.http.patch(`${base}/${p.body.id}`, { variants: { en: { title: 'x' } } }, organizer.token)).status,
    ).toBe(403);
    const edited = await t.http.patch(
      `${base}/${p.body.id}`,
      { variants: { en: { summary: 'Clarified.' } } },
      admin.token,
    );
    expect(edited.body.contentUpdatedAt).not.toBeNull();
    expect(edited.body.publishedAt).toBe(published.body.publishedAt);
    const pub = await t.http.get(`/public/campaigns/${campaign.slug}/statements/${p.body.slug}`);
    expect(new Date(pub.body.updatedAt).getTime()).toBeGreaterThan(new Date(pub.body.publishedAt).getTime());
  });

  it('should answer 409 when a second statement takes a slug already used in the campaign', async () => {
    const first = await t.http.post(base, draft(), organizer.token);
    const second = await t.http.post(base, draft({ slug: first.body.slug }), organizer.token);
    expect(second.status).toBe(409);
    expect(second.body.errors[0].path).toBe('slug');
  });
});
