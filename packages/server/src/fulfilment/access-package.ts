import type { Manifest } from '@pledge/manifest';
import { csvField } from '@pledge/notice';
import yazl from 'yazl';
import { csvFileName, renderPackageSummary, type PackagedDataset } from './package-summary.ts';

export const PACKAGE_FORMAT = 'pledge-access-package/1';

/**
 * Files smaller than this are stored, not deflated: for a few kilobytes deflate saves little, and yazl deflates on
 * the thread pool, one round trip per file, which cost more than the rest of the zip. Larger files are deflated.
 */
const DEFLATE_FROM_BYTES = 16 * 1024;

const cell = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** RFC 4180 CSV of one dataset: a header of every column any row has, CRLF line endings. */
export function datasetCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [columns.map(csvField), ...rows.map((r) => columns.map((c) => csvField(cell(r[c]))))];
  return `${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export interface PackageInput {
  manifest: Manifest;
  reference: string;
  requestType: string;
  language: string;
  generatedAt: Date;
  datasets: readonly PackagedDataset[];
}

/**
 * The access package (GDPR Art. 15(3), Art. 20(1): structured, commonly used, machine-readable): data.json with
 * everything, one CSV per dataset, and summary.html with the Art. 15 information in the person's language.
 */
export async function buildAccessPackage(input: PackageInput): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = input.generatedAt;
  const data = {
    format: PACKAGE_FORMAT,
    organisation: input.manifest.organisation.name,
    request: { reference: input.reference, type: input.requestType },
    generatedAt: input.generatedAt.toISOString(),
    datasets: input.datasets.map((d) => ({ system: d.system, dataset: d.dataset, file: csvFileName(d), categories: d.categories, rows: d.rows })),
  };
  const add = (text: string, name: string) => {
    const bytes = Buffer.from(text, 'utf8');
    zip.addBuffer(bytes, name, { mtime, compress: bytes.length >= DEFLATE_FROM_BYTES });
  };
  add(JSON.stringify(data, null, 2), 'data.json');
  for (const d of input.datasets) add(datasetCsv(d.rows), csvFileName(d));
  add(renderPackageSummary(input.manifest, input.language, input.reference, input.datasets), 'summary.html');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
