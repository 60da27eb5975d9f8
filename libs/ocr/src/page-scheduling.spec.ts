import { largestFirst, OneAtATime } from './page-scheduling.js';

describe('OneAtATime', () => {
  it('starts each piece of work once the one before it has settled, failed or not', async () => {
    const serial = new OneAtATime();
    const events: string[] = [];
    let release!: () => void;
    const first = serial.run(async () => {
      events.push('first started');
      await new Promise<void>((resolve) => (release = resolve));
      events.push('first done');
      throw new Error('first failed');
    });
    const second = serial.run(async () => {
      events.push('second started');
      return 2;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['first started']);
    release();
    await expect(first).rejects.toThrow('first failed');
    await expect(second).resolves.toBe(2);
    expect(events).toEqual(['first started', 'first done', 'second started']);
  });
});

describe('largestFirst', () => {
  it('orders the images to read by size, largest first, ties in their order, skipping the unread', () => {
    const image = (width: number, height: number) => ({ width, height });
    expect(largestFirst([image(10, 10), image(30, 40), null, image(20, 5), image(100, 1)])).toEqual([1, 0, 3, 4]); // 0, 3 and 4 are 100 pixels each
    expect(largestFirst([null, null])).toEqual([]);
  });
});
