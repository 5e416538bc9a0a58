import { Batcher } from './batcher.js';

describe('Batcher', () => {
  it('should run one batch for calls made together and give each caller its own result', async () => {
    const runs: number[][] = [];
    const b = new Batcher<number, number>(
      async (items) => {
        runs.push(items);
        return items.map((i) => i * 10);
      },
      100,
      5,
    );
    const results = await Promise.all([1, 2, 3].map((i) => b.push(i)));
    expect(results).toEqual([10, 20, 30]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it('should start a batch at once when it is full', async () => {
    const runs: number[][] = [];
    const b = new Batcher<number, number>(
      async (items) => {
        runs.push(items);
        return items;
      },
      2,
      10_000,
    );
    await Promise.all([b.push(1), b.push(2)]);
    expect(runs).toEqual([[1, 2]]);
  });

  it('should reject every caller of a batch that fails', async () => {
    const b = new Batcher<number, number>(
      async () => {
        throw new Error('down');
      },
      10,
      1,
    );
    await expect(Promise.all([b.push(1), b.push(2)])).rejects.toThrow('down');
  });
});
