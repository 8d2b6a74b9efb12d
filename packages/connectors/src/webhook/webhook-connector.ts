import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Capabilities, Connector, ConnectorDescription, DatasetSpec, ErasureCounts, ErasurePlan, Key, Lookup, Maybe, OperationContext, PendingResult, Row, UpdateCount, Value } from '../connector.ts';
import { CONNECTOR_ERROR_CODES, ConnectorError, type ConnectorErrorCode } from '../connector-error.ts';
import { assertDeclaredChanges, assertDeclaredColumn } from '../declared-fields.ts';
import { toJsonRow } from '../json-values.ts';
import { parseConfig } from '../parse-config.ts';
import { WebhookConfig } from './webhook-config.ts';
import { WebhookAccessResult, WebhookEraseResult, WebhookUpdateResult, type WebhookRequest } from './webhook-protocol.ts';
import { SIGNATURE_HEADER, signWebhookBody } from './webhook-signature.ts';

const CAPABILITIES: Capabilities = Object.freeze({ canAccess: true, canErase: true, canRectify: true, canRestrict: true });
/** Worth trying again later: the receiver timed out, is rate limiting, or failed on its side. */
const retryableStatus = (status: number) => status === 408 || status === 425 || status === 429 || status >= 500;

/** A receiver may answer an error with `{"error": {"code": "<a ConnectorError code>"}}`. */
function remoteErrorCode(text: string): ConnectorErrorCode | null {
  try {
    const code: unknown = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
    return (CONNECTOR_ERROR_CODES as readonly unknown[]).includes(code) ? (code as ConnectorErrorCode) : null;
  } catch {
    return null;
  }
}

/** A system Pledge reaches over HTTP: every call is one signed POST, answered at once (200) or later (202 + callback). */
export class WebhookConnector implements Connector {
  readonly engine = 'webhook' as const;
  readonly capabilities = CAPABILITIES;
  readonly #system: string;
  readonly #config: z.output<typeof WebhookConfig>;

  constructor(system: string, input: WebhookConfig) {
    this.#system = system;
    this.#config = parseConfig(WebhookConfig, input, 'webhook');
  }

  describe(): ConnectorDescription {
    const url = new URL(this.#config.url);
    return { engine: this.engine, capabilities: this.capabilities, target: `webhook at ${url.origin}${url.pathname}` };
  }

  async findRows(dataset: DatasetSpec, lookup: Lookup, context?: OperationContext): Promise<Maybe<Row[]>> {
    assertDeclaredColumn(dataset, lookup.field);
    const body = { dataset: dataset.id, table: dataset.table, identities: { field: lookup.field, values: [...lookup.values] } };
    const result = await this.#call('access', dataset, body, WebhookAccessResult, context);
    return 'pending' in result ? result : result.rows.map(toJsonRow);
  }

  async eraseRows(dataset: DatasetSpec, keys: readonly Key[], plan: ErasurePlan, context?: OperationContext): Promise<Maybe<ErasureCounts>> {
    // The secret for `hash` stays with Pledge; the receiver hashes with its own.
    const body = { dataset: dataset.id, table: dataset.table, keys: [...keys], strategies: { ...plan.strategies } };
    const result = await this.#call('erase', dataset, body, WebhookEraseResult, context);
    return 'pending' in result ? result : result.counts;
  }

  async rectifyRows(dataset: DatasetSpec, keys: readonly Key[], changes: Readonly<Record<string, Value>>, context?: OperationContext): Promise<Maybe<UpdateCount>> {
    assertDeclaredChanges(dataset, changes);
    const body = { dataset: dataset.id, table: dataset.table, keys: [...keys], changes: { ...changes } };
    return this.#call('rectify', dataset, body, WebhookUpdateResult, context);
  }

  async restrictRows(dataset: DatasetSpec, keys: readonly Key[], restricted: boolean, context?: OperationContext): Promise<Maybe<UpdateCount>> {
    return this.#call('restrict', dataset, { dataset: dataset.id, table: dataset.table, keys: [...keys], restricted }, WebhookUpdateResult, context);
  }

  /** GDPR Art. 19: tell a recipient about an erasure, rectification or restriction so it can do the same. */
  async notify(event: NonNullable<WebhookRequest['event']>, context?: OperationContext): Promise<void> {
    await this.#post({ action: 'notify', operationId: randomUUID(), requestId: context?.requestId ?? randomUUID(), system: this.#system, event });
  }

  async close(): Promise<void> {}

  async #call<S extends z.ZodType>(action: PendingResult['action'], dataset: DatasetSpec, fields: Partial<WebhookRequest>, schema: S, context?: OperationContext): Promise<z.output<S> | PendingResult> {
    const operationId = randomUUID();
    const callbackUrl = context?.callbackUrl ?? this.#config.callbackUrl;
    const request: WebhookRequest = { action, operationId, requestId: context?.requestId ?? operationId, system: this.#system, ...fields, ...(callbackUrl ? { callbackUrl } : {}) };
    const { status, json } = await this.#post(request);
    if (status === 202) return { pending: true, id: operationId, system: this.#system, dataset: dataset.id, action };
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ConnectorError('remote', `Webhook for system "${this.#system}" answered ${action} with an unexpected body: ${parsed.error.issues[0]?.message ?? 'wrong shape'}.`);
    return parsed.data;
  }

  async #post(request: WebhookRequest): Promise<{ status: number; json: unknown }> {
    const body = JSON.stringify(request);
    let response: Response;
    try {
      response = await fetch(this.#config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhookBody(body, this.#config.secret) },
        body,
        redirect: 'manual', // a signed body is never forwarded to an address nobody configured
        signal: AbortSignal.timeout(this.#config.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new ConnectorError(timedOut ? 'timeout' : 'network', `Webhook for system "${this.#system}" ${timedOut ? `did not answer within ${this.#config.timeoutMs} ms` : 'could not be reached'}.`, { retryable: true, cause: error });
    }
    const text = await response.text().catch(() => '');
    if (response.status < 200 || response.status > 299) {
      // Only a known error code from the body is used: free text may hold personal data.
      const code = remoteErrorCode(text);
      throw new ConnectorError(code ?? 'remote', `Webhook for system "${this.#system}" answered ${request.action} with HTTP ${response.status}${code ? ` (${code})` : ''}.`, {
        retryable: retryableStatus(response.status),
        status: response.status,
      });
    }
    if (response.status === 202 || response.status === 204) return { status: response.status, json: null };
    try {
      return { status: response.status, json: JSON.parse(text) };
    } catch {
      throw new ConnectorError('remote', `Webhook for system "${this.#system}" answered ${request.action} with a body that is not JSON.`, { status: response.status });
    }
  }
}
