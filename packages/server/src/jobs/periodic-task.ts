import type { Logger } from 'pino';

export interface PeriodicTask {
  /** Resolves once the loop has stopped (after the run in hand). */
  stop(): Promise<void>;
}

/**
 * Runs `task` now and then every `intervalMs` until stopped, in this process. For work that is idempotent in the
 * database (the daily deadline check records one reminder per request per UTC day), so any number of workers may
 * run it and a restart never skips a day. A failing run is logged (without personal data) and tried at the next tick.
 * A long run may ask `stopping()` between its batches, to end early when the process stops.
 */
export function startPeriodicTask(name: string, task: (stopping: () => boolean) => Promise<unknown>, logger: Pick<Logger, 'error'>, intervalMs: number): PeriodicTask {
  let stopping = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopping) {
      try {
        await task(() => stopping);
      } catch (error) {
        logger.error({ task: name, code: (error as { code?: unknown }).code }, 'a periodic task failed; it runs again at the next tick');
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, intervalMs).unref();
      });
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
