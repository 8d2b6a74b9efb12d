// Part (2) of the consent benchmark: consent writes per second on PostgreSQL through the real endpoint
// (POST /v1/consents via app.inject, N requests in flight from this process), against a baseline endpoint that does
// the same per-request work (schema validation, manifest check, IP/UA derivation) and then one plain single-row
// INSERT into a table of the same shape (same columns, constraints and indexes; no trigger, no chain, no batching),
// with the same concurrency, in the same run, on a fresh schema that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { buildConsentCatalogue } from '../packages/server/src/consent/consent-catalogue.ts';
import { draftConsent } from '../packages/server/src/consent/consent-draft.ts';
import { verifyConsentChain } from '../packages/server/src/consent/consent-ledger.ts';
import { consentBody, SHOP_ORIGIN } from '../packages/server/src/consent/consent-test-support.ts';
import { ConsentBody } from '../packages/server/src/consent/consent.schemas.ts';
import { createDatabase, IN_MEMORY } from '../packages/server/src/db/database.ts';
import { migrateToLatest } from '../packages/server/src/db/migrator.ts';
import { PledgeError } from '../packages/server/src/errors/pledge-error.ts';
import { loadMinimalManifest } from '../packages/server/src/testing/test-app.ts';

export interface WriteRun {
  writesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface WriteResult {
  concurrency: number;
  requestsPerRound: number;
  rounds: number;
  /** Medians over the rounds. */
  ledger: WriteRun;
  baseline: WriteRun;
  /** Records per commit in the ledger, on average (records / distinct commit timestamps). */
  meanBatch: number;
  chainOk: boolean;
  records: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureConsentWrites({ concurrency = 64, requests = 4000, rounds = 3 } = {}): Promise<WriteResult> {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  if (!/@(127\.0\.0\.1|localhost)(:\d+)?\//.test(databaseUrl)) throw new Error('the consent bench only runs against a loopback PostgreSQL');
  const schema = `pledge_bench_${randomBytes(5).toString('hex')}`;
  await admin(databaseUrl, `create schema ${schema}`);
  const db = await createDatabase({ databaseUrl, dataDir: IN_MEMORY, schema });
  try {
    await migrateToLatest(db);
    await sql`create table consent_records_baseline (like consent_records including all)`.execute(db);
    const manifest = await loadMinimalManifest();
    const app = await buildApp({ config: loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '1000000000' }), db, manifest });
    const catalogue = buildConsentCatalogue(manifest);
    const secret = randomBytes(32).toString('hex');
    let seq = 0;
    app.post('/bench/baseline-consents', {
      config: { access: 'public' },
      schema: { body: ConsentBody },
      handler: async (request, reply) => {
        const origin = request.headers.origin;
        if (!origin || !catalogue.origins.has(origin)) throw new PledgeError('origin_not_allowed');
        const { evidence: e, personal: p } = draftConsent(
          { body: request.body, origin, actor: 'subject', ip: request.ip, userAgent: request.headers['user-agent'], acceptLanguage: request.headers['accept-language'], secGpc: request.headers['sec-gpc'] },
          catalogue,
          secret,
        );
        const recordedAt = new Date().toISOString();
        await (db as unknown as Kysely<any>)
          .insertInto('consent_records_baseline')
          .values({
            seq: ++seq, receipt: e.receipt, recorded_at: recordedAt, subject_key: e.subjectKey, site: e.site, origin: e.origin, actor: e.actor,
            method: e.method, reason: e.reason, choices: JSON.stringify(e.choices), vendors: JSON.stringify(e.vendors),
            consent_mode: JSON.stringify(e.consentMode), notice_version: e.noticeVersion, text_version: e.textVersion, language: e.language,
            gpc: e.gpc, gpc_header: e.gpcHeader, dnt: e.dnt, region: e.region, region_source: e.regionSource, test: e.test,
            prev_hash: '', hash: e.receipt, account_id: p.accountId, ip_prefix: p.ipPrefix, ua_hash: p.uaHash,
          })
          .execute();
        return reply.code(201).send({ receipt: e.receipt, recordedAt });
      },
    });
    await app.ready();

    const load = async (url: string, n: number): Promise<WriteRun> => {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      const worker = async () => {
        while (next < n) {
          next += 1;
          const t0 = performance.now();
          const res = await app.inject({ method: 'POST', url, headers: { origin: SHOP_ORIGIN, 'user-agent': 'bench', 'accept-language': 'nl-NL' }, payload: consentBody() });
          if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
          latencies.push(performance.now() - t0);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      return { writesPerSecond: n / seconds, p50Ms: latencies[Math.floor(n * 0.5)]!, p99Ms: latencies[Math.floor(n * 0.99)]! };
    };

    // Warm both paths (JIT, pool connections), then alternate so both see the same machine conditions.
    await load('/v1/consents', 500);
    await load('/bench/baseline-consents', 500);
    const ledgerRuns: WriteRun[] = [];
    const baselineRuns: WriteRun[] = [];
    for (let r = 0; r < rounds; r++) {
      ledgerRuns.push(await load('/v1/consents', requests));
      baselineRuns.push(await load('/bench/baseline-consents', requests));
    }
    await app.close();
    const pick = (runs: WriteRun[]): WriteRun => ({
      writesPerSecond: median(runs.map((x) => x.writesPerSecond)),
      p50Ms: median(runs.map((x) => x.p50Ms)),
      p99Ms: median(runs.map((x) => x.p99Ms)),
    });
    const { rows } = await sql<{ n: string; commits: string }>`select count(*) as n, count(distinct recorded_at) as commits from consent_records`.execute(db);
    const chain = await verifyConsentChain(db);
    return {
      concurrency,
      requestsPerRound: requests,
      rounds,
      ledger: pick(ledgerRuns),
      baseline: pick(baselineRuns),
      meanBatch: Number(rows[0]!.n) / Number(rows[0]!.commits),
      chainOk: chain.ok && chain.checked === 500 + rounds * requests,
      records: Number(rows[0]!.n),
    };
  } finally {
    await db.destroy();
    await admin(databaseUrl, `drop schema if exists ${schema} cascade`);
  }
}

async function admin(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
