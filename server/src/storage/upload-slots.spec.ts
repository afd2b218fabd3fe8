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

  it('refuses an owner over its own cap at once (429 UPLOAD_TOO_MANY_AT_ONCE), counting waiting uploads too, and frees its place on release', async () => {
    const slots = new UploadSlots(1, 2);
    const first = await slots.acquire('card:1');
    const second = slots.acquire('card:1');
    expect(await settled(second)).toBe(false);
    await expect(slots.acquire('card:1')).rejects.toMatchObject({ code: 'UPLOAD_TOO_MANY_AT_ONCE' });
    expect(slots.heldBy('card:1')).toBe(2);
    // Another owner only waits for the instance's slot.
    const other = slots.acquire('card:2');
    first();
    (await second)();
    (await other)();
    expect(slots.heldBy('card:1')).toBe(0);
    expect(slots.load).toEqual({ active: 0, waiting: 0 });
    (await slots.acquire('card:1'))();
  });
});
