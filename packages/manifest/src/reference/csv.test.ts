import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('splits plain records and ignores a trailing line break', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('keeps empty fields, including a last empty field', () => {
    expect(parseCsv('a,,c\n,b,\n')).toEqual([['a', '', 'c'], ['', 'b', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('id,text\n1,"one, two"\n2,"say ""hi"""\n3,"line 1\nline 2"\n')).toEqual([
      ['id', 'text'], ['1', 'one, two'], ['2', 'say "hi"'], ['3', 'line 1\nline 2'],
    ]);
  });

  it('accepts CRLF line ends and a BOM, and keeps a CRLF inside quotes', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x\r\ny",z\r\n')).toEqual([['a', 'b'], ['x\r\ny', 'z']]);
  });

  it('reads a last record without a line break and an empty quoted field', () => {
    expect(parseCsv('a,""')).toEqual([['a', '']]);
  });

  it('takes a quote inside an unquoted field literally', () => {
    expect(parseCsv('5" disk,b\n')).toEqual([['5" disk', 'b']]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/quoted field/);
  });

  it('returns no records for empty input', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
