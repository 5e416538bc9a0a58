import fc from 'fast-check';
import { exactGroups, suppressAcrossCells, suppressSmallGroups } from './small-groups.js';

const rowsArb = fc.array(
  fc.record({
    key: fc.option(fc.constantFrom('IS', 'DE', 'FR', 'NL', 'PS', 'ZA', 'US'), { nil: null }),
    count: fc.nat(40),
  }),
  { maxLength: 20 },
);
const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

describe('suppressSmallGroups', () => {
  it('names groups of at least k and merges the rest into other', () => {
    const out = suppressSmallGroups(
      [
        { key: 'DE', count: 12 },
        { key: 'IS', count: 3 },
        { key: 'FR', count: 2 },
        { key: null, count: 1 },
      ],
      5,
    );
    expect(out).toEqual({ groups: [{ key: 'DE', count: 12 }], other: 6 });
  });

  it('folds the smallest named group into other when other alone would be below k', () => {
    // Without folding, total (16) minus DE (9) minus NL (6) would reveal the single IS signer.
    const out = suppressSmallGroups(
      [
        { key: 'DE', count: 9 },
        { key: 'NL', count: 6 },
        { key: 'IS', count: 1 },
      ],
      5,
    );
    expect(out).toEqual({ groups: [{ key: 'DE', count: 9 }], other: 7 });
  });

  it('names nothing when everything together is below k', () => {
    expect(
      suppressSmallGroups(
        [
          { key: 'IS', count: 2 },
          { key: 'DE', count: 1 },
        ],
        5,
      ),
    ).toEqual({ groups: [], other: 3 });
  });

  it('keeps exact figures for k = 1 and moves groups beyond the limit into other', () => {
    const rows = [
      { key: 'a', count: 1 },
      { key: 'b', count: 3 },
      { key: 'c', count: 2 },
    ];
    expect(exactGroups(rows, 2)).toEqual({
      groups: [
        { key: 'b', count: 3 },
        { key: 'c', count: 2 },
      ],
      other: 1,
    });
  });

  it('property: every named group >= k, other is 0, >= k or everything, and the sum is kept', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 2, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 8 })),
        (rows, k, limit) => {
          const out = suppressSmallGroups(rows, k, limit ?? Infinity);
          const sum = total(rows);
          for (const g of out.groups) expect(g.count).toBeGreaterThanOrEqual(k);
          expect(out.other === 0 || out.other >= k || out.other === sum).toBe(true);
          expect(total(out.groups) + out.other).toBe(sum);
          expect(new Set(out.groups.map((g) => g.key)).size).toBe(out.groups.length);
          if (limit !== null) expect(out.groups.length).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('suppressAcrossCells', () => {
  const cellRows = fc.array(
    fc.record({
      cell: fc.constantFrom('0-7d', '7-30d', 'older'),
      key: fc.option(fc.constantFrom('news.example', 'mail', 'zine', 'radio'), { nil: null }),
      count: fc.nat(15),
    }),
    { maxLength: 24 },
  );
  const windows: Record<string, string[]> = {
    '7d': ['0-7d'],
    '30d': ['0-7d', '7-30d'],
    all: ['0-7d', '7-30d', 'older'],
  };

  it('property: the difference of two windows never names a group below k', () => {
    fc.assert(
      fc.property(cellRows, fc.integer({ min: 2, max: 8 }), (rows, k) => {
        const view = (w: string) =>
          suppressAcrossCells(
            rows.filter((r) => windows[w].includes(r.cell)),
            k,
          );
        const [small, big] = [view('7d'), view('30d')];
        for (const out of [small, big]) for (const g of out.groups) expect(g.count).toBeGreaterThanOrEqual(k);
        for (const g of big.groups) {
          const diff = g.count - (small.groups.find((s) => s.key === g.key)?.count ?? 0);
          expect(diff === 0 || diff >= k).toBe(true);
        }
        const otherDiff = big.other - small.other;
        const olderCellTotal = total(rows.filter((r) => r.cell === '7-30d'));
        expect(otherDiff === 0 || otherDiff >= k || otherDiff === olderCellTotal).toBe(true);
        expect(total(big.groups) + big.other).toBe(total(rows.filter((r) => r.cell !== 'older')));
      }),
      { numRuns: 500 },
    );
  });
});
