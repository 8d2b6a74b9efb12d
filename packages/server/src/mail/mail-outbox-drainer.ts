import type { Logger } from 'pino';
import type { MailOutbox } from './mail-outbox.ts';

export interface OutboxDrainer {
  /** Resolves once the loop has stopped (after the batch in hand). */
  stop(): Promise<void>;
}

/**
 * The retry half of the outbox, run by `pledge serve` and `pledge worker`: every `intervalMs` it sends what is due,
 * batch after batch while there is more. Any number of drainers may run; claims keep them apart.
 */
export function startOutboxDrainer(outbox: MailOutbox, logger: Pick<Logger, 'error'>, intervalMs = 5_000): OutboxDrainer {
  let stopping = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopping) {
      try {
        while (!stopping && (await outbox.drain()) > 0);
      } catch (error) {
        logger.error({ code: (error as { code?: unknown }).code }, 'the mail outbox could not be drained; trying again');
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
