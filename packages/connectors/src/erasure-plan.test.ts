import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decideRowAction, hashValue, looksHashed } from './erasure-plan.ts';
import { toJsonValue } from './json-values.ts';
import { classifyColumnType } from './sql/sql-driver.ts';
import { coerceValues } from './sql/table-columns.ts';

const secret = 'ab'.repeat(32);
const plan = (strategies: Record<string, 'delete_row' | 'null' | 'hash' | 'redact' | 'keep'>) => decideRowAction({ strategies, hashSecret: secret });

describe('erasure decisions', () => {
  it('deletes a row only when no field must be kept; otherwise delete_row fields are nulled', () => {
    expect(plan({ email: 'delete_row', name: 'delete_row' })).toMatchObject({ deleteRow: true, nullFields: [] });
    expect(plan({ email: 'delete_row', invoice: 'keep', note: 'redact' })).toEqual({ deleteRow: false, nullFields: ['email'], hashFields: [], redactFields: ['note'], keepFields: ['invoice'] });
  });

  it('hashes with HMAC-SHA256 under the hex secret, stable across calls and systems', () => {
    const expected = createHmac('sha256', Buffer.from(secret, 'hex')).update('anna@example.com').digest('hex');
    expect(hashValue(secret, 'anna@example.com')).toBe(expected);
    expect(looksHashed(expected, 64)).toBe(true);
    expect(looksHashed('anna@example.com', 16)).toBe(false);
    expect(() => hashValue('not-hex', 'x')).toThrow(/hex, at least 16 bytes/);
  });
});

describe('values', () => {
  it('drops lookup values that cannot have the column type instead of letting the engine cast them', () => {
    const int = { name: 'id', kind: 'integer' as const, maxLength: null, nullable: false };
    expect(coerceValues(int, ['7', 7, ' 8 ', '1 OR 1=1', '9007199254740993', '1e3', ''])).toEqual([7, 8, '9007199254740993']);
    expect(coerceValues({ ...int, kind: 'text' }, [7, 'a', 'a', 'x\u0000'])).toEqual(['7', 'a']);
  });

  it('classifies engine types', () => {
    expect(['integer', 'bigint', 'int', 'INTEGER', 'interval', 'character varying', 'varchar(20)', 'timestamp without time zone', 'datetime', 'numeric', 'bytea', 'boolean'].map(classifyColumnType)).toEqual(
      ['integer', 'integer', 'integer', 'integer', 'other', 'text', 'text', 'datetime', 'datetime', 'number', 'binary', 'boolean'],
    );
  });

  it('turns driver values into plain JSON', () => {
    expect([12n, new Date('2024-01-02T03:04:05Z'), Buffer.from([1, 2, 3]), Number.NaN, undefined, { a: 1 }].map(toJsonValue)).toEqual(['12', '2024-01-02T03:04:05.000Z', 'AQID', 'NaN', null, '{"a":1}']);
  });
});
