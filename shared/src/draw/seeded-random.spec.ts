import { describe, expect, it } from '@jest/globals';
import { createSeededRandom, cyrb128, shuffle } from './seeded-random.js';

describe('seeded random (cyrb128 + sfc32)', () => {
  // Known answers computed with the reference JavaScript of cyrb128 and sfc32 (bryc): if the algorithm
  // changes by accident, every stored draw would stop re-running to the same panels.
  it('hashes a seed with cyrb128 to the known 128-bit state', () => {
    expect(cyrb128('2026-资料审核')).toEqual([771339797, 3773850375, 2642891195, 382344613]);
    expect(cyrb128('a')).toEqual([1589175524, 148824423, 2405369273, 1476957317]);
  });

  it('produces the known first sfc32 outputs for a fixed seed', () => {
    const random = createSeededRandom('2026-资料审核');
    expect(Array.from({ length: 5 }, () => random.nextUint32())).toEqual([
      632567489, 2165053551, 3870720550, 2269371644, 1983556037,
    ]);
    const other = createSeededRandom('a');
    expect(Array.from({ length: 3 }, () => other.nextUint32())).toEqual([3214957264, 1798985246, 2411669711]);
  });

  it('gives the same stream for the same seed and a different one for another seed', () => {
    const take = (seed: string) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 8 }, () => random.next());
    };
    expect(take('seed-1')).toEqual(take('seed-1'));
    expect(take('seed-1')).not.toEqual(take('seed-2'));
  });

  it('keeps next() in [0, 1) and nextInt(n) in [0, n)', () => {
    const random = createSeededRandom('range');
    const floats = Array.from({ length: 2000 }, () => random.next());
    const ints = Array.from({ length: 2000 }, () => random.nextInt(7));
    expect(floats.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(createSeededRandom('one').nextInt(1)).toBe(0);
  });

  it('refuses a bound that is not a positive integer', () => {
    const random = createSeededRandom('bound');
    expect(() => random.nextInt(0)).toThrow(RangeError);
    expect(() => random.nextInt(2.5)).toThrow(RangeError);
  });

  it('spreads nextInt roughly evenly (no value favoured by more than a few percent)', () => {
    const random = createSeededRandom('uniform');
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 50_000; i++) counts[random.nextInt(10)]!++;
    for (const count of counts) expect(Math.abs(count - 5000)).toBeLessThan(250);
  });
});

describe('shuffle (Fisher–Yates)', () => {
  it('returns a permutation and leaves the input untouched', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = shuffle(items, createSeededRandom('perm'));
    expect(items).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('is reproducible from the seed', () => {
    const items = ['甲', '乙', '丙', '丁', '戊', '己'];
    expect(shuffle(items, createSeededRandom('x'))).toEqual(shuffle(items, createSeededRandom('x')));
  });

  it('swaps item i with item nextInt(i + 1), from the last item down', () => {
    const expected = ['a', 'b', 'c', 'd'];
    const random = createSeededRandom('by-hand');
    for (let i = expected.length - 1; i > 0; i--) {
      const j = random.nextInt(i + 1);
      [expected[i], expected[j]] = [expected[j]!, expected[i]!];
    }
    expect(shuffle(['a', 'b', 'c', 'd'], createSeededRandom('by-hand'))).toEqual(expected);
  });

  it('puts each item first about equally often', () => {
    const random = createSeededRandom('fair');
    const firsts = new Map<number, number>();
    for (let i = 0; i < 12_000; i++) {
      const first = shuffle([0, 1, 2, 3], random)[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const item of [0, 1, 2, 3]) expect(Math.abs((firsts.get(item) ?? 0) - 3000)).toBeLessThan(200);
  });
});
