import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Capabilities, Connector, ConnectorDescription, DatasetSpec, ErasurePlan, Key, Lookup, ManualTask, PendingResult, Value } from '../connector.ts';
import { assertDeclaredChanges } from '../declared-fields.ts';
import { parseConfig } from '../parse-config.ts';
import { accessChecklist, erasureChecklist, rectifyChecklist, restrictChecklist } from './manual-checklist.ts';

export const ManualConfig = z.object({ assignee: z.string().min(1).nullable().default(null) }).strict();
export type ManualConfig = z.input<typeof ManualConfig>;

const CAPABILITIES: Capabilities = Object.freeze({ canAccess: true, canErase: true, canRectify: true, canRestrict: true });

/**
 * A system only a person can search (paper files, a tool without an API). No I/O: every operation returns a pending
 * result carrying a checklist; the server shows it to the assignee and resolves it when they report back.
 */
export class ManualConnector implements Connector {
  readonly engine = 'manual' as const;
  readonly capabilities = CAPABILITIES;
  readonly #system: string;
  readonly #assignee: string | null;

  constructor(system: string, input: ManualConfig = {}) {
    this.#system = system;
    this.#assignee = parseConfig(ManualConfig, input, 'manual').assignee;
  }

  describe(): ConnectorDescription {
    return { engine: this.engine, capabilities: this.capabilities, target: `manual tasks for ${this.#assignee ?? 'the privacy team'}` };
  }

  async findRows(dataset: DatasetSpec, lookup: Lookup): Promise<PendingResult> {
    return this.#pending(dataset, 'access', accessChecklist(dataset, lookup.field, lookup.values, this.#assignee));
  }

  async eraseRows(dataset: DatasetSpec, keys: readonly Key[], plan: ErasurePlan): Promise<PendingResult> {
    return this.#pending(dataset, 'erase', erasureChecklist(dataset, keys, plan.strategies, this.#assignee));
  }

  async rectifyRows(dataset: DatasetSpec, keys: readonly Key[], changes: Readonly<Record<string, Value>>): Promise<PendingResult> {
    assertDeclaredChanges(dataset, changes);
    return this.#pending(dataset, 'rectify', rectifyChecklist(dataset, keys, changes, this.#assignee));
  }

  async restrictRows(dataset: DatasetSpec, keys: readonly Key[], restricted: boolean): Promise<PendingResult> {
    return this.#pending(dataset, 'restrict', restrictChecklist(dataset, keys, restricted, this.#assignee));
  }

  async close(): Promise<void> {}

  #pending(dataset: DatasetSpec, action: PendingResult['action'], task: ManualTask): PendingResult {
    return { pending: true, id: randomUUID(), system: this.#system, dataset: dataset.id, action, task };
  }
}
