// Test-only: a migrated test database and a real SMTP sink for one test file, started before its tests, closed after.
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/test-database.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

export interface DatabaseAndSink {
  readonly database: TestDatabase;
  readonly sink: SmtpSink;
}

/** A logger that says nothing, for code that wants one. */
export const quietLogger = { warn: () => undefined, error: () => undefined, info: () => undefined };

export function useDatabaseAndSink(): DatabaseAndSink {
  let database: TestDatabase | undefined;
  let sink: SmtpSink | undefined;
  beforeAll(async () => {
    [database, sink] = await Promise.all([createTestDatabase(), startSmtpSink()]);
  });
  afterAll(async () => {
    await sink?.close();
    await database?.destroy();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the database and sink start in beforeAll; use them inside tests');
    return value;
  };
  return {
    get database() {
      return started(database);
    },
    get sink() {
      return started(sink);
    },
  };
}
