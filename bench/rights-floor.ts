// The floor under the rights benchmark: the plain SQL, plus the fewest durable writes issue #5's own rules ask of any
// implementation, written by hand with one round trip per commit. It is not Pledge and not a design: it leaves out
// the audit chain's lock and head read, the state machine's checks, per-step outcomes, the Art. 19 records, the zip
// with its CSV files and HTML summary, and the second system's transaction. What it keeps, per request:
//   - the request's job is durable before anything runs (one INSERT, committed),
//   - a worker claims it (one UPDATE … RETURNING),
//   - an erasure's keys are durable before it changes rows that a later lookup could no longer find (one UPDATE),
//   - the result (the encrypted package, or nothing), the request's state, the job's end and one audit row commit
//     together (one statement).
// So how far it sits above the plain SQL is what the guarantees cost at the least, on this machine, in this run.
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { plainAccess, plainErasure, timed, type PairTimes } from './rights-plain-sql.ts';

export async function createFloorTables(client: pg.Client): Promise<void> {
  await client.query(`CREATE TABLE floor_requests (id int PRIMARY KEY, state text NOT NULL);
    CREATE TABLE floor_jobs (id int PRIMARY KEY, status text NOT NULL, intent jsonb);
    CREATE TABLE floor_packages (request_id int PRIMARY KEY, body bytea NOT NULL);
    CREATE TABLE floor_audit (seq serial PRIMARY KEY, request_id int NOT NULL, at text NOT NULL, hash text NOT NULL)`);
}

let nextId = 1;

async function enqueueAndClaim(client: pg.Client, id: number): Promise<void> {
  await client.query(`WITH r AS (INSERT INTO floor_requests (id, state) VALUES ($1, 'in_progress')) INSERT INTO floor_jobs (id, status) VALUES ($1, 'queued')`, [id]);
  await client.query(`UPDATE floor_jobs SET status = 'running' WHERE id = $1 AND status = 'queued' RETURNING id`, [id]);
}

async function finish(client: pg.Client, id: number, body: Buffer | null): Promise<void> {
  const at = new Date().toISOString();
  const hash = createHash('sha256').update(`${id}|${at}`).digest('hex');
  await client.query(
    `WITH j AS (UPDATE floor_jobs SET status = 'done' WHERE id = $1),
          p AS (INSERT INTO floor_packages (request_id, body) SELECT $1, $2::bytea WHERE $2::bytea IS NOT NULL),
          r AS (UPDATE floor_requests SET state = 'completed' WHERE id = $1)
     INSERT INTO floor_audit (request_id, at, hash) VALUES ($1, $3, $4)`,
    [id, body, at, hash],
  );
}

/** An access and an erasure for customer `customerId`, each timed from the enqueue to the last commit. */
export async function floorPair(client: pg.Client, customerId: number): Promise<PairTimes> {
  const key = randomBytes(32);
  const [access] = await timed(async () => {
    const id = nextId++;
    await enqueueAndClaim(client, id);
    const { rows } = await plainAccess(client, customerId);
    const cipher = createCipheriv('aes-256-gcm', key, randomBytes(12));
    await finish(client, id, Buffer.concat([cipher.update(JSON.stringify(rows)), cipher.final(), cipher.getAuthTag()]));
  });
  const [erase, found] = await timed(async () => {
    const id = nextId++;
    await enqueueAndClaim(client, id);
    const keys = await plainAccess(client, customerId); // which rows the erasure is about to change
    await client.query('UPDATE floor_jobs SET intent = $2 WHERE id = $1', [id, JSON.stringify(keys.rows.map((table) => table.map((row) => row.id)))]);
    await plainErasure(client, customerId);
    await finish(client, id, null);
    return keys;
  });
  return { access, erase, rows: found.count };
}
