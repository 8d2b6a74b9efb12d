// What fulfilment costs at shop scale. In a fresh PostgreSQL database: the demo shop's tables with 1 million customers,
// 10 million web events and the rest in proportion (generate_series; the indexes a real shop has, built after the
// load). Then one access request (collect per dataset → encrypted zip) and one erasure (children first → Art. 19 →
// answer) run through Pledge's real path: fulfilment steps as jobs on a worker, Pledge's own database in a fresh
// schema on the same server. The baseline is the plain SQL that fetches, then deletes/de-identifies, the same rows
// (rights-plain-sql.ts). Beside it, the floor (rights-floor.ts): the plain SQL plus only the durable writes issue #5's
// rules require of any implementation, by hand, one round trip per commit; it shows what the guarantees cost at least.
// Seeding takes a minute or two on a laptop. Final line: rights_ms = Pledge access + erasure (ms), baseline = plain
// SQL for the same work, ratio = Pledge / baseline (lower is better); with BENCH_RIGHTS_RUNS=n, medians of n pairs.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { schemaStatements } from '../packages/connectors/demo-shop/demo-shop-sql.ts';
import { createDatabase, migrateToLatest } from '../packages/server/src/index.ts';
import { findRequestById } from '../packages/server/src/rights/requests.repository.ts';
import { insertApprovedRequest, loadTestManifest } from '../packages/server/src/fulfilment/testing/fulfilment-fixture.ts';
import { createHarness } from '../packages/server/src/fulfilment/testing/fulfilment-harness.ts';
import { createFloorTables, floorPair } from './rights-floor.ts';
import { plainPair, timed } from './rights-plain-sql.ts';
import type { BenchResult } from './run.ts';

const ADMIN = process.env.PLEDGE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// Smaller runs for profiling: BENCH_RIGHTS_SCALE=0.1 seeds a tenth.
const SCALE = Number(process.env.BENCH_RIGHTS_SCALE ?? 1);
const CUSTOMERS = Math.round(1_000_000 * SCALE);
const EVENTS = 10 * CUSTOMERS;
const RUNS = Math.max(1, Number(process.env.BENCH_RIGHTS_RUNS ?? 1));

const SEED = [
  `INSERT INTO customers SELECT g, 'c' || g || '@example.org', 'Customer ' || g, '+31 6 ' || g, now() - interval '1 year', now(), NULL FROM generate_series(1, ${CUSTOMERS}) g`,
  `INSERT INTO addresses SELECT g, g, 'Street ' || g, '1000 AB', 'Amsterdam', 'NL' FROM generate_series(1, ${CUSTOMERS}) g`,
  `INSERT INTO orders SELECT g, (g % ${CUSTOMERS}) + 1, now(), 'shipped', 1999, 'Customer ' || ((g % ${CUSTOMERS}) + 1), 'Street 1, Amsterdam' FROM generate_series(1, ${2 * CUSTOMERS}) g`,
  `INSERT INTO order_items SELECT g, g, 'MUG-01', 1, 1999, CASE WHEN g % 5 = 0 THEN 'Happy birthday' END FROM generate_series(1, ${2 * CUSTOMERS}) g`,
  `INSERT INTO invoices SELECT g, g, 'INV-' || g, now(), 'Customer ' || ((g % ${CUSTOMERS}) + 1), 'Street 1, Amsterdam', 'c' || ((g % ${CUSTOMERS}) + 1) || '@example.org', 1999 FROM generate_series(1, ${2 * CUSTOMERS}) g`,
  `INSERT INTO newsletter_subscriptions SELECT g, 'c' || (g * 5) || '@example.org', 'v1', now(), now(), NULL FROM generate_series(1, ${CUSTOMERS / 5}) g`,
  `INSERT INTO support_tickets SELECT g, (g * 4) % ${CUSTOMERS} + 1, 'c' || ((g * 4) % ${CUSTOMERS} + 1) || '@example.org', 'Question', 'Where is my order?', now() FROM generate_series(1, ${CUSTOMERS / 4}) g`,
  `INSERT INTO web_events SELECT g, 'ck-' || ((g % ${CUSTOMERS}) + 1), (g % ${CUSTOMERS}) + 1, '/shop', now() FROM generate_series(1, ${EVENTS}) g`,
];
const INDEXES = ['addresses (customer_id)', 'orders (customer_id)', 'order_items (order_id)', 'invoices (order_id)', 'web_events (cookie_id)', 'web_events (customer_id)', 'support_tickets (email)', 'support_tickets (customer_id)', 'newsletter_subscriptions (email)'];

export async function run(): Promise<BenchResult> {
  const name = `pledge_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(ADMIN), { pathname: `/${name}` }).toString();
  const shop = new pg.Client({ connectionString: url });
  await shop.connect();
  await shop.query('CREATE SCHEMA pledge');
  const pledge = await createDatabase({ databaseUrl: url, dataDir: 'memory://', schema: 'pledge' });
  try {
    await migrateToLatest(pledge);
    const [seedMs] = await timed(async () => {
      for (const s of schemaStatements('postgres').filter((s) => s.startsWith('CREATE TABLE'))) await shop.query(s);
      for (const s of SEED) await shop.query(s);
      for (const [i, on] of INDEXES.entries()) await shop.query(`CREATE INDEX bench_${i} ON ${on}`);
      await shop.query('ANALYZE');
    });
    console.log(`seeded ${CUSTOMERS} customers, ${EVENTS} web events in ${(seedMs / 1000).toFixed(1)} s`);

    // Both systems of the demo manifest on this one PostgreSQL database; the webhook system is left out.
    const manifest = structuredClone(loadTestManifest());
    manifest.systems = manifest.systems.filter((s) => s.id !== 'mailer').map((s) => (s.id === 'crm' ? { ...s, connection: { engine: 'postgres' as const, urlEnv: 'CRM_DATABASE_URL' } } : s));
    const h = createHarness(pledge, manifest, { SHOP_DATABASE_URL: url, CRM_DATABASE_URL: url }, 3, true);
    // Timed: what Pledge does for the request, from the enqueue to the worker's last commit. The bench's own reads of
    // the request's state, between the worker's runs, are not part of it.
    const fulfil = async (type: 'access' | 'erasure', id: number): Promise<number> => {
      const request = await insertApprovedRequest(pledge, { type, email: `c${id}@example.org` });
      let [ms] = await timed(() => h.service.start(request.id));
      for (let runs = 0; (await findRequestById(pledge, request.id))!.state !== 'completed'; runs++) {
        const [runMs, ran] = await timed(() => h.worker.runOnce());
        if (!ran || runs > 10) throw new Error(`${type} did not complete`);
        ms += runMs;
      }
      return ms;
    };
    // A running worker has served requests before: a warm-up access and erasure (of another customer) open its pools,
    // check each table once and run each code path once, so the timed requests see a worker in its steady state.
    await fulfil('access', 7);
    await fulfil('erasure', 7);
    await createFloorTables(shop);
    await floorPair(shop, 11);
    // Pairs of customers with the same shape of data (18 rows: no ticket, no newsletter) whose rows sit on different
    // pages, so neither run warms the other's cache. BENCH_RIGHTS_RUNS=n repeats with n fresh pairs and reports
    // medians: on a busy machine one run says little.
    const sameShape = (from: number) => {
      let id = from;
      while ((id - 1) % 4 === 0 || id % 5 === 0) id += 1;
      return id;
    };
    const runs: Array<{ pledge: number; plain: number; floor: number }> = [];
    for (let k = 0; k < RUNS; k++) {
      const subject = sameShape(Math.round(CUSTOMERS * (0.424242 + 0.01 * k)));
      const plain = await plainPair(shop, sameShape(Math.round(CUSTOMERS * (0.868686 - 0.01 * k))));
      const floor = await floorPair(shop, sameShape(Math.round(CUSTOMERS * (0.2 + 0.01 * k))));
      const accessMs = await fulfil('access', subject);
      const eraseMs = await fulfil('erasure', subject);
      console.log(`access:  pledge ${accessMs.toFixed(1)} ms, plain SQL ${plain.access.toFixed(1)} ms (${plain.rows} rows), floor ${floor.access.toFixed(1)} ms`);
      console.log(`erasure: pledge ${eraseMs.toFixed(1)} ms, plain SQL ${plain.erase.toFixed(1)} ms, floor ${floor.erase.toFixed(1)} ms`);
      runs.push({ pledge: accessMs + eraseMs, plain: plain.access + plain.erase, floor: floor.access + floor.erase });
    }
    await h.deps.connectors?.close();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const value = median(runs.map((r) => r.pledge));
    const base = median(runs.map((r) => r.plain));
    const floor = median(runs.map((r) => r.floor));
    if (RUNS > 1) console.log(`median of ${RUNS} runs: pledge ${value.toFixed(1)} ms, plain SQL ${base.toFixed(1)} ms`);
    // The floor (rights-floor.ts): the plain SQL plus the fewest durable writes the rules need, by hand.
    console.log(`floor: ${floor.toFixed(1)} ms = ${(floor / base).toFixed(2)}x the plain SQL; pledge = ${(value / floor).toFixed(2)}x the floor`);
    return { metric: 'rights_ms', value: Math.round(value), baseline: Math.round(base * 10) / 10, ratio: value / base };
  } finally {
    await pledge.destroy();
    await shop.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
