import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type Db } from '../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { GENESIS_HASH, hashAuditEntry } from './audit-chain.ts';
import { createAuditService, verifyAuditChain, type AuditService } from './audit.service.ts';

let database: TestDatabase;
let db: Db;
let audit: AuditService;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  audit = createAuditService(db);
});
afterAll(() => database.destroy());

/** Tampering, as someone with direct database access would do it: switch the append-only trigger off first. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`alter table audit_log disable trigger user`.execute(tx);
    await statement.execute(tx);
    await sql`alter table audit_log enable trigger user`.execute(tx);
  });
}

beforeEach(() => tamper(sql`delete from audit_log`));

async function appendSome(n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await audit.record({ actor: 'system', action: 'test.appended', target: `thing:${i}`, details: { i, note: 'één ✓', nested: { b: [1, 2.5], a: null } } });
  }
}

describe('audit log', () => {
  it('starts from the genesis hash, links each entry to the one before, and verifies', async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 0, head: null });
    await appendSome(3);
    const entries = await audit.list({ after: 0, limit: 10 });
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    for (const e of entries) expect(hashAuditEntry(e)).toBe(e.hash);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 3, head: { seq: 3, hash: entries[2]?.hash } });
  });

  it('stays one linear chain under 50 concurrent appends', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => audit.record({ actor: 'system', action: 'test.concurrent', details: { i } })));
    const entries = await audit.list({ after: 0, limit: 100 });
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => (e.details as { i: number }).i)).size).toBe(50);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 50 });
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('stays one chain with two servers (two connection pools) appending at once', async () => {
    const second = await createDatabase(database.target);
    try {
      const other = createAuditService(second);
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? audit : other).record({ actor: 'system', action: 'test.two_pools', details: { i } })),
      );
    } finally {
      await second.destroy();
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 40 });
  });

  it('takes the lock and reads the head once per transaction, in one statement; a batch writes its entries in one INSERT, chained in order', async () => {
    await appendSome(1);
    const statements: string[] = [];
    const counted = db.withPlugin({
      transformQuery: ({ node }) => (statements.push(node.kind), node),
      transformResult: async ({ result }) => result,
    });
    await counted.transaction().execute(async (tx) => {
      await audit.batch(tx, async () => {
        const a = await audit.record({ actor: 'system', action: 'test.batched', details: { n: 1 } }, tx);
        // Not awaited one by one: still chained in the order they were recorded.
        const [b, c] = await Promise.all([2, 3].map((n) => audit.record({ actor: 'system', action: 'test.batched', details: { n } }, tx)));
        expect([a.seq, b!.seq, c!.seq]).toEqual([2, 3, 4]);
        expect(b!.prevHash).toBe(a.hash);
        expect(c!.prevHash).toBe(b!.hash);
      });
      expect(statements).toEqual(['RawNode', 'InsertQueryNode']); // lock and head in one statement, one INSERT
      // Outside the batch, in the same transaction: one INSERT, after what the batch wrote.
      await audit.record({ actor: 'system', action: 'test.after_batch', details: {} }, tx);
      expect(statements).toHaveLength(3);
    });
    const entries = await audit.list({ after: 0, limit: 10 });
    expect(entries.map((e) => [e.seq, e.action, e.details])).toEqual([
      [1, 'test.appended', expect.anything()],
      [2, 'test.batched', { n: 1 }],
      [3, 'test.batched', { n: 2 }],
      [4, 'test.batched', { n: 3 }],
      [5, 'test.after_batch', {}],
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 5 });
  });

  it('stays one linear chain with batches and single appends from 30 transactions at once', async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? audit.record({ actor: 'system', action: 'test.single', details: { i } })
          : db.transaction().execute((tx) =>
              audit.batch(tx, async () => {
                for (let n = 0; n < 3; n++) await audit.record({ actor: 'system', action: 'test.batch', details: { i, n } }, tx);
              }),
            ),
      ),
    );
    const entries = await audit.list({ after: 0, limit: 100 });
    expect(entries).toHaveLength(10 + 20 * 3);
    // Each batch's entries are consecutive and in order.
    for (let i = 0; i < 30; i++) {
      if (i % 3 === 0) continue;
      const seqs = entries.filter((e) => (e.details as { i: number }).i === i).map((e) => e.seq);
      expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2]);
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 70 });
  });

  it('writes nothing of a batch that fails, and the chain goes on from what was written', async () => {
    await appendSome(2);
    await expect(
      db.transaction().execute((tx) =>
        audit.batch(tx, async () => {
          await audit.record({ actor: 'system', action: 'test.lost', details: {} }, tx);
          throw new Error('the action failed');
        }),
      ),
    ).rejects.toThrow(/the action failed/);
    // Inside one transaction that goes on after a failed batch: the next append reads the head again.
    await db.transaction().execute(async (tx) => {
      await audit.batch(tx, async () => {
        await audit.record({ actor: 'system', action: 'test.lost', details: {} }, tx);
        throw new Error('caught');
      }).catch(() => undefined);
      await audit.record({ actor: 'system', action: 'test.kept', details: {} }, tx);
    });
    const entries = await audit.list({ after: 0, limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['test.appended', 'test.appended', 'test.kept']);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 3 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE from anyone who does not first disable its trigger', async () => {
    await appendSome(2);
    await expect(sql`update audit_log set actor = 'mallory' where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where seq = 2`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 2 });
  });

  it('names the entry whose details were edited', async () => {
    await appendSome(5);
    await tamper(sql`update audit_log set details = '{"i": 99}'::jsonb where seq = 3`);
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 3 } });
    expect(result.ok === false && result.firstBroken.reason).toMatch(/altered/);
  });

  it('names the entry after an edited one whose hash was recomputed to hide the edit', async () => {
    await appendSome(5);
    const [third] = await audit.list({ after: 2, limit: 1 });
    const forged = { ...third!, actor: 'mallory' };
    await tamper(sql`update audit_log set actor = 'mallory', hash = ${hashAuditEntry(forged)} where seq = 3`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: expect.stringMatching(/prev_hash/) } });
  });

  it('names a deleted middle entry', async () => {
    await appendSome(5);
    await tamper(sql`delete from audit_log where seq = 3`);
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 3 } });
    expect(result.ok === false && result.firstBroken.reason).toMatch(/entry 3 is missing/);
  });

  it('detects deleted entries renumbered to close the gap, reordered entries and inserted entries', async () => {
    await appendSome(5);
    await tamper(sql`delete from audit_log where seq = 2`);
    // Two steps because the primary key is checked row by row.
    await tamper(sql`update audit_log set seq = seq + 100 where seq > 2`);
    await tamper(sql`update audit_log set seq = seq - 101 where seq > 100`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBroken: { seq: 2 } });

    await tamper(sql`delete from audit_log`);
    await appendSome(5);
    await tamper(sql`update audit_log set seq = 1002 where seq = 2`);
    await tamper(sql`update audit_log set seq = 2 where seq = 4`);
    await tamper(sql`update audit_log set seq = 4 where seq = 1002`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBroken: { seq: 2 } });

    await tamper(sql`delete from audit_log`);
    await appendSome(5);
    const [second] = await audit.list({ after: 1, limit: 1 });
    // A well-formed entry slotted in after entry 2, with later entries shifted up to make room.
    await tamper(sql`update audit_log set seq = seq + 100 where seq > 2`);
    await tamper(sql`update audit_log set seq = seq - 99 where seq > 100`);
    const inserted = { seq: 3, at: new Date().toISOString(), actor: 'mallory', action: 'api_key.created', target: null, details: {}, prevHash: second!.hash };
    await tamper(
      sql`insert into audit_log (seq, at, actor, action, target, details, prev_hash, hash)
          values (3, ${inserted.at}, 'mallory', 'api_key.created', null, '{}'::jsonb, ${second!.hash}, ${hashAuditEntry(inserted)})`,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, checked: 3, firstBroken: { seq: 4 } });
  });

  it('verifies chains longer than one read batch', async () => {
    await Promise.all(Array.from({ length: 1203 }, (_, i) => audit.record({ actor: 'system', action: 'test.bulk', details: { i } })));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 1203, head: { seq: 1203 } });
  });
});
