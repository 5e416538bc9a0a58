import { z } from 'zod';
import { Problem } from './problem.js';
import { httpUrl, parseOrThrow, unstorableText } from './validation.js';

describe('unstorableText', () => {
  it('should name every string PostgreSQL cannot store when a NUL or unpaired surrogate hides anywhere', () => {
    const input = { a: 'ok', b: ['fine', 'x\u0000y'], c: { d: '\ud800', e: '😀', f: 'é' }, g: 'lo\udc00w' };
    expect(unstorableText(input).map((e) => e.path)).toEqual(['b.1', 'c.d', 'g']);
  });

  it('should prefix the parameter name when given a root', () => {
    expect(unstorableText('a\u0000', 'slug')).toEqual([
      expect.objectContaining({ path: 'slug', code: 'invalid-text' }),
    ]);
  });

  it('should refuse keys that hold a NUL', () => {
    expect(unstorableText({ 'k\u0000': 1 })).toHaveLength(1);
  });

  it('should walk 100,000 levels of nesting without overflowing the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorableText(deep)).toHaveLength(1);
  });

  it('should make parseOrThrow answer a 400 naming the field before the schema runs', () => {
    const schema = z.object({ name: z.string() });
    expect(() => parseOrThrow(schema, { name: 'a\u0000' })).toThrow(Problem);
    try {
      parseOrThrow(schema, { name: 'a\u0000' });
    } catch (err) {
      expect((err as Problem).status).toBe(400);
      expect((err as Problem).extras.errors?.[0].path).toBe('name');
    }
  });
});

describe('httpUrl', () => {
  it.each(['not a url', 'javascript:alert(1)', 'http://[::1', 'ftp://example.org', '//example.org'])(
    'should refuse %s without throwing',
    (value) => {
      expect(httpUrl().safeParse(value).success).toBe(false);
    },
  );

  it('should accept http and https URLs', () => {
    expect(httpUrl().safeParse('https://example.org/thanks?x=1').success).toBe(true);
    expect(httpUrl().safeParse('HTTP://example.org').success).toBe(true);
  });
});

describe('Problem', () => {
  it.each(['status', 'type', 'title', 'detail', 'instance', 'requestId'])(
    'should refuse an extension named %s, which would overwrite the RFC 9457 member',
    (name) => {
      expect(() => Problem.conflict('x', 'y', { [name]: 'cancelled' } as never)).toThrow(/RFC 9457/);
    },
  );
});
