import { describe, expect, it } from '@jest/globals';
import { UploadSlots } from './upload-slots.js';

const settled = async <T>(promise: Promise<T>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('UploadSlots', () => {
  it('lets `limit` uploads in at once and the rest in the order they came, one per slot freed', async () => {
    const slots = new UploadSlots(2);
    const first = await slots.acquire();
    const second = await slots.acquire();
    const order: number[] = [];
    const waiting = [3, 4, 5].map((n) => slots.acquire().then((release) => (order.push(n), release)));
    expect(slots.load).toEqual({ active: 2, waiting: 3 });
    expect(await settled(waiting[0]!)).toBe(false);
    first();
    const third = await waiting[0]!;
    expect(order).toEqual([3]);
    expect(slots.load).toEqual({ active: 2, waiting: 2 });
    second();
    third();
    const [fourth, fifth] = await Promise.all([waiting[1]!, waiting[2]!]);
    expect(order).toEqual([3, 4, 5]);
    fourth!();
    fifth!();
    expect(slots.load).toEqual({ active: 0, waiting: 0 });
  });

  it('counts a release called twice once', async () => {
    const slots = new UploadSlots(1);
    const release = await slots.acquire();
    const next = slots.acquire();
    release();
    release();
    const releaseNext = await next;
    expect(slots.load).toEqual({ active: 1, waiting: 0 });
    const third = slots.acquire();
    expect(await settled(third)).toBe(false);
    releaseNext();
    (await third)();
    expect(slots.load).toEqual({ active: 0, waiting: 0 });
  });
});
