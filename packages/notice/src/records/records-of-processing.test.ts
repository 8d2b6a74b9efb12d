import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../manifest/src/reference/csv.ts';
import { loadExamples, loadMinimal } from '../test-support/examples.ts';
import { csvField, recordsToCsv } from './records-csv.ts';
import { recordsToHtml } from './records-html.ts';
import { recordsOfProcessing } from './records-of-processing.ts';

describe('recordsOfProcessing (controller, GDPR Art. 30(1))', () => {
  const records = recordsOfProcessing(loadMinimal(), 'controller', 'en');

  it('has every column Art. 30(1) requires and one row per purpose', () => {
    expect(records.columns.map((c) => c.key)).toEqual([
      'activity', 'controller', 'jointControllers', 'representative', 'dpo', 'purpose', 'lawfulBasis', 'subjects', 'categories', 'recipients', 'transfers', 'retention', 'security',
    ]);
    expect(records.rows.map((r) => r.activity)).toEqual(['Handling your orders', 'Keeping our books', 'Keeping the shop secure', 'Sending our newsletter', 'Understanding how the shop is used']);
  });

  it('fills each column from the manifest', () => {
    const newsletter = records.rows.find((r) => r.activity === 'Sending our newsletter')!;
    expect(newsletter.controller).toContain('Acme Shop B.V., Keizersgracht 1, 1015 CJ Amsterdam, Netherlands, privacy@shop.example.com');
    expect(newsletter.dpo).toContain('dpo@shop.example.com');
    expect(newsletter.representative).toBe('None');
    expect(newsletter.subjects).toBe('Customers; Newsletter subscribers');
    expect(newsletter.categories).toBe('E-mail address');
    expect(newsletter.recipients).toBe('Processor: Mailchimp (Intuit Inc.) (United States)');
    expect(newsletter.transfers).toMatch(/^Mailchimp \(Intuit Inc\.\), United States: The EU-US Data Privacy Framework/);
    expect(newsletter.retention).toBe('Until you close your account');
    expect(newsletter.security).toContain('Encryption of data in transit');
    const books = records.rows.find((r) => r.activity === 'Keeping our books')!;
    expect(books.retention).toContain('7 years after the invoice date');
    expect(books.lawfulBasis).toBe('GDPR (European Union): A legal obligation we are subject to');
  });

  it('is written in the requested language', () => {
    expect(recordsOfProcessing(loadMinimal(), 'controller', 'nl').rows[0]!.activity).toBe('Je bestellingen afhandelen');
  });
});

describe('recordsOfProcessing (processor, GDPR Art. 30(2))', () => {
  it('is empty when the company does not act as a processor', () => {
    expect(recordsOfProcessing(loadMinimal(), 'processor').rows).toEqual([]);
  });

  it('names the processor, the controllers, the processing, transfers and security', () => {
    const james = loadExamples().find((e) => e.name === 'james-pro')!.manifest;
    const records = recordsOfProcessing(james, 'processor', 'en');
    expect(records.columns.map((c) => c.key)).toEqual(['processor', 'dpo', 'representative', 'controllers', 'processing', 'subProcessors', 'transfers', 'security']);
    expect(records.rows.length).toBeGreaterThan(0);
    for (const row of records.rows) {
      expect(row.processor).toContain('James PRO B.V.');
      expect(row.controllers?.length).toBeGreaterThan(0);
      expect(row.security?.length).toBeGreaterThan(0);
    }
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    // CSV injection: a leading formula character is neutralised so spreadsheets show the text.
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('+31 20 123')).toBe("'+31 20 123");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('round-trips through an RFC 4180 parser, with CRLF line endings', () => {
    const m = loadMinimal();
    m.purposes[0]!.name = { en: 'Orders, "returns"\nand refunds', nl: 'x' };
    const records = recordsOfProcessing(m, 'controller', 'en');
    const csv = recordsToCsv(records);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual(records.columns.map((c) => c.label));
    expect(parsed[1]![0]).toBe('Orders, "returns"\nand refunds');
    expect(parsed.slice(1)).toEqual(records.rows.map((r) => records.columns.map((c) => r[c.key])));
  });
});

describe('records as HTML', () => {
  it('is a standalone page with a captioned, scoped, escaped table', () => {
    const m = loadMinimal();
    m.purposes[0]!.name = { en: '<script>x</script>', nl: 'x' };
    const html = recordsToHtml(recordsOfProcessing(m, 'controller', 'en'));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<caption id="records-caption">Record of processing activities (controller, GDPR Art. 30(1)) – Acme Shop</caption>');
    expect(html).toContain('<th scope="col">Categories of data subjects</th>');
    expect(html).toContain('<th scope="row">&lt;script&gt;x&lt;/script&gt;</th>');
    expect(html).not.toContain('<script>');
  });
});
