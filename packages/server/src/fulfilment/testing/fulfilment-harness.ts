// Test-only: a fulfilment service and an in-process worker on a test database, run until nothing is due.
import type { Manifest } from '@pledge/manifest';
import { createAuditService } from '../../audit/audit.service.ts';
import { loadConfig } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { createWorker, type Worker } from '../../jobs/job-worker.ts';
import type { FulfilmentDeps } from '../fulfilment-deps.ts';
import { createFulfilmentService, type FulfilmentService } from '../fulfilment.service.ts';
import { createConnectorRegistry, createSystemConnectors } from '../system-connectors.ts';
import { HASH_SECRET, recordingMail } from './fulfilment-fixture.ts';

export interface Harness {
  deps: FulfilmentDeps;
  service: FulfilmentService;
  worker: Worker;
  mail: ReturnType<typeof recordingMail>;
  /** Picks up approved requests and runs jobs until none is due (retries come back after ~1 ms). */
  drain(): Promise<void>;
}

/** `sharedConnectors`: keep connectors across job runs, as a real worker does (the caller closes them with the harness). */
export function createHarness(db: Db, manifest: Manifest, env: Record<string, string>, maxAttempts = 3, sharedConnectors = false): Harness {
  const config = loadConfig({ LOG_LEVEL: 'silent', PLEDGE_ERASURE_HASH_SECRET: HASH_SECRET, PLEDGE_JOB_MAX_ATTEMPTS: String(maxAttempts), ...env }).fulfilment;
  const mail = recordingMail();
  const connectors = sharedConnectors ? createConnectorRegistry(() => createSystemConnectors(manifest, config.systemsEnv)) : undefined;
  const deps: FulfilmentDeps = { db, audit: createAuditService(db), manifest, config, mail, publicUrl: 'http://localhost:3000', ...(connectors ? { connectors } : {}) };
  const service = createFulfilmentService(deps);
  const worker = createWorker({ db, handlers: service.handlers(), backoffBaseMs: 1, backoffMaxMs: 5 });
  return {
    deps,
    service,
    worker,
    mail,
    drain: async () => {
      await service.pickUpApproved();
      for (let idle = 0; idle < 3; ) {
        if (await worker.runOnce()) idle = 0;
        else (idle += 1, await new Promise((r) => setTimeout(r, 20)));
      }
    },
  };
}
