import { Batcher } from './signature-batcher.js';
import { minuteOf, normalizeSource, postalPrefixOf } from './signer-data.js';
import { uuidv7Floor } from './uuid-time.js';
import { uuidv7 } from '../../common/ids.js';

describe('Batcher (group commit of signatures)', () => {
  it('should write an item at once when a slot is free and group the items that arrive while all slots are busy', async () => {
    const batches: number[][] = [];
    const singles: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new Batcher<number>(
      { maxBatch: 10, maxInFlight: 1 },
      async (items) => {
        batches.push(items);
      },
      async (item) => {
        singles.push(item);
        if (item === 0) await gate;
      },
    );
    const first = b.submit(0);
    const rest = [1, 2, 3, 4].map((i) => b.submit(i));
    expect(b.load).toEqual({ queued: 4, inFlight: 1 });
    release();
    await Promise.all([first, ...rest]);
    expect(singles).toEqual([0]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it('should retry each item alone when a batch fails, so only the bad item fails', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new Batcher<number>(
      { maxBatch: 10, maxInFlight: 1 },
      async () => {
        throw new Error('batch failed');
      },
      async (item) => {
        if (item === 0) await gate;
        if (item === 2) throw new Error('bad item');
      },
    );
    const results = [0, 1, 2, 3].map((i) =>
      b.submit(i).then(
        () => 'ok',
        (e: Error) => e.message,
      ),
    );
    release();
    expect(await Promise.all(results)).toEqual(['ok', 'ok', 'bad item', 'ok']);
  });
});

describe('signer data', () => {
  it('should keep only the region part of a postal code', () => {
    expect(postalPrefixOf('SW1A 1AA')).toBe('SW1A');
    expect(postalPrefixOf('98052')).toBe('980');
    expect(postalPrefixOf('  k1a 0b1 ')).toBe('K1A');
    expect(postalPrefixOf('')).toBeNull();
  });

  it('should normalize source tags and round public times down to the minute', () => {
    expect(normalizeSource(' Twitter / X ')).toBe('twitter-x');
    expect(normalizeSource('')).toBeNull();
    expect(minuteOf(new Date('2026-05-01T10:11:12.345Z')).toISOString()).toBe('2026-05-01T10:11:00.000Z');
  });

  it('should bound UUIDv7 ids by time', () => {
    const before = uuidv7Floor(new Date(Date.now() - 1000));
    const id = uuidv7();
    const after = uuidv7Floor(new Date(Date.now() + 1000));
    expect(before < id && id < after).toBe(true);
  });
});
