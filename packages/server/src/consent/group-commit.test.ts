import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createGroupCommitter } from './group-commit.ts';

describe('group commit', () => {
  it('puts concurrent submissions into shared commits, in order, each resolving with its own result', async () => {
    const commits: number[][] = [];
    const committer = createGroupCommitter<number, string>(async (items) => {
      commits.push(items);
      await sleep(5);
      return items.map((i) => `r${i}`);
    }, { maxBatch: 10, maxWaitMs: 2 });
    const results = await Promise.all(Array.from({ length: 35 }, (_, i) => committer.submit(i)));
    expect(results).toEqual(Array.from({ length: 35 }, (_, i) => `r${i}`));
    expect(commits.flat()).toEqual(Array.from({ length: 35 }, (_, i) => i));
    expect(commits.every((c) => c.length <= 10)).toBe(true);
    expect(commits.length).toBeLessThanOrEqual(4);
  });

  it('never runs two commits at once; what arrives during a commit goes into the next one', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const committer = createGroupCommitter<number, number>(async (items) => {
      most = Math.max(most, ++running);
      sizes.push(items.length);
      await sleep(10);
      running -= 1;
      return items;
    }, { maxBatch: 1000, maxWaitMs: 1 });
    const first = committer.submit(0);
    await sleep(3); // the first commit is running now
    const rest = Array.from({ length: 50 }, (_, i) => committer.submit(i + 1));
    await Promise.all([first, ...rest]);
    expect(most).toBe(1);
    expect(sizes).toEqual([1, 50]);
  });

  it('rejects every submission of a failed commit, and only those; later commits go on', async () => {
    let call = 0;
    const committer = createGroupCommitter<number, number>(async (items) => {
      call += 1;
      await sleep(5);
      if (call === 1) throw new Error('connection lost');
      return items;
    }, { maxBatch: 100, maxWaitMs: 2 });
    const failed = Array.from({ length: 5 }, (_, i) => committer.submit(i));
    await sleep(1);
    const settled = await Promise.allSettled(failed);
    expect(settled.every((s) => s.status === 'rejected' && (s.reason as Error).message === 'connection lost')).toBe(true);
    expect(await committer.submit(7)).toBe(7);
  });

  it('drain commits everything queued', async () => {
    const seen: number[] = [];
    const committer = createGroupCommitter<number, number>(async (items) => (seen.push(...items), items), { maxBatch: 3, maxWaitMs: 1000 });
    const all = Promise.all([1, 2, 3, 4, 5].map((i) => committer.submit(i)));
    await committer.drain();
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    await all;
  });
});
