/**
 * Group commit: items submitted while a commit is running (or within `maxWaitMs` of the first one) share the next
 * commit, up to `maxBatch` items. Each submit resolves only after the commit holding it succeeded, and rejects when
 * that commit failed, so nothing is acknowledged that was not committed. One commit runs at a time per process: the
 * batch grows with the load instead of the number of transactions.
 */
export interface GroupCommitOptions {
  /** Most items in one commit. */
  maxBatch: number;
  /** How long the first item of an idle queue waits for company before its commit starts. */
  maxWaitMs: number;
}

export interface GroupCommitter<T, R> {
  submit(item: T): Promise<R>;
  /** Commits everything queued and waits for it; for shutdown. */
  drain(): Promise<void>;
}

interface Pending<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/** `commit` gets the items in submission order and must return one result per item, in the same order. */
export function createGroupCommitter<T, R>(commit: (items: T[]) => Promise<R[]>, options: GroupCommitOptions): GroupCommitter<T, R> {
  let queue: Pending<T, R>[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  function schedule(): void {
    if (running || queue.length === 0) return;
    if (queue.length >= options.maxBatch) {
      start();
    } else {
      timer ??= setTimeout(start, options.maxWaitMs);
    }
  }

  function start(): void {
    clearTimeout(timer);
    timer = undefined;
    if (running || queue.length === 0) return;
    const batch = queue.slice(0, options.maxBatch);
    queue = queue.slice(batch.length);
    running = run(batch).finally(() => {
      running = undefined;
      // Whatever arrived during the commit has already waited one commit: it goes now, without the timer.
      if (queue.length > 0) start();
    });
  }

  async function run(batch: Pending<T, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await commit(batch.map((p) => p.item));
      if (results.length !== batch.length) throw new Error(`commit returned ${results.length} results for ${batch.length} items`);
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => p.resolve(results[i]!));
  }

  return {
    submit: (item) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      }),
    drain: async () => {
      while (running || queue.length > 0) {
        if (!running) start();
        await running;
      }
    },
  };
}
