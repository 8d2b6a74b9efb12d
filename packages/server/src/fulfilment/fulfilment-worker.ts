import { createWorker, type Worker } from '../jobs/job-worker.ts';
import type { FulfilmentDeps } from './fulfilment-deps.ts';
import { createFulfilmentService } from './fulfilment.service.ts';
import { deleteExpiredPackages } from './packages.repository.ts';
import { createConnectorRegistry, createSystemConnectors } from './system-connectors.ts';

export interface FulfilmentWorkerOptions {
  pollMs?: number;
}

/**
 * The worker `pledge worker` and `pledge serve --worker` run: claims fulfilment jobs, and when idle picks up requests
 * that entered in_progress and deletes expired packages.
 */
export function createFulfilmentWorker(base: FulfilmentDeps, options: FulfilmentWorkerOptions = {}): Worker {
  const connectors = base.connectors ?? createConnectorRegistry(() => (base.createConnectors ?? createSystemConnectors)(base.manifest, base.config.systemsEnv));
  const deps: FulfilmentDeps = { ...base, connectors };
  const service = createFulfilmentService(deps);
  if (deps.config.packageKeyIsEphemeral) deps.logger?.warn('PLEDGE_PACKAGE_KEY is not set: access packages use a key that dies with this process');
  if (deps.config.erasureHashSecretIsEphemeral) deps.logger?.warn('PLEDGE_ERASURE_HASH_SECRET is not set: hashed values will not match those of other runs');
  const worker = createWorker({
    db: deps.db,
    handlers: service.handlers(),
    leaseMs: deps.config.jobLeaseMs,
    backoffBaseMs: deps.config.jobBackoffMs,
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(deps.logger ? { logger: deps.logger } : {}),
    onIdle: async () => {
      await service.pickUpApproved();
      await deleteExpiredPackages(deps.db, new Date());
    },
  });
  return { ...worker, stop: async () => (await worker.stop(), await connectors.close()) };
}
