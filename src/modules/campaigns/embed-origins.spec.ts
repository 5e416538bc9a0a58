import { Problem } from '../../common/problem.js';
import type { AppConfig } from '../../config/config.js';
import { parseEmbedOrigin, updateCampaignBody } from './campaigns.schemas.js';
import { CampaignsService } from './campaigns.service.js';

describe('embed origins', () => {
  it('should keep the canonical origin of an https address', () => {
    expect(parseEmbedOrigin('https://Example.ORG:443/')).toEqual({ origin: 'https://example.org' });
    expect(parseEmbedOrigin('https://xn--mgbh0fb.example:8443')).toEqual({
      origin: 'https://xn--mgbh0fb.example:8443',
    });
  });

  it.each(['http://example.org', 'https://example.org/x', 'https://example.org#f', 'ftp://example.org', '*', 'null'])(
    'should refuse %s',
    (raw) => {
      expect(parseEmbedOrigin(raw)).toHaveProperty('error');
    },
  );

  it('should name the item of the list that is wrong', () => {
    const r = updateCampaignBody.safeParse({ embedOrigins: ['https://ok.example', 'https://bad.example/path'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['embedOrigins', 1]);
  });

  it('should refuse http://localhost in production, naming the field', async () => {
    const config = { isProduction: true } as AppConfig;
    const none = {} as never;
    const service = new CampaignsService(none, none, none, none, config);
    const actor = { organizerId: 'o', role: 'owner' } as never;
    const err = await service
      .update(actor, 'c', { embedOrigins: ['https://ok.example', 'http://localhost:8080'] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Problem);
    expect((err as Problem).status).toBe(400);
    expect((err as Problem).extras.errors).toEqual([
      { path: 'embedOrigins.1', message: 'must use https in production' },
    ]);
  });
});
