import type { Logger } from 'pino';
import { startPeriodicTask, type PeriodicTask } from '../jobs/periodic-task.ts';
import type { MailOutbox } from './mail-outbox.ts';

export type OutboxDrainer = PeriodicTask;

/**
 * The retry half of the outbox, run by `pledge serve` and `pledge worker`: every `intervalMs` it sends what is due,
 * batch after batch while there is more. Any number of drainers may run; claims keep them apart.
 */
export function startOutboxDrainer(outbox: MailOutbox, logger: Pick<Logger, 'error'>, intervalMs = 5_000): OutboxDrainer {
  return startPeriodicTask(
    'mail outbox',
    async (stopping) => {
      while (!stopping() && (await outbox.drain()) > 0);
    },
    logger,
    intervalMs,
  );
}
