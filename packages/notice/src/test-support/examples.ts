import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadManifest, type Language, type Manifest } from '@pledge/manifest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MINIMAL = fileURLToPath(new URL('../../../manifest/src/fixtures/minimal.yaml', import.meta.url));

export interface ExampleManifest {
  name: string;
  manifest: Manifest;
  languages: readonly Language[];
}

/** Parses manifest YAML for a test, failing loudly with the findings when it does not validate. */
export function parseManifest(text: string, file = 'pledge.yaml'): Manifest {
  const result = loadManifest(text, file);
  if (!result.ok) throw new Error(`${file} does not validate:\n${result.findings.map((f) => `  ${f.message}`).join('\n')}`);
  return result.manifest;
}

let minimal: Manifest | undefined;
/** The minimal fixture, parsed once; each call returns a fresh copy the test may change. */
export const loadMinimal = (): Manifest => structuredClone((minimal ??= parseManifest(readFileSync(MINIMAL, 'utf8'), MINIMAL)));

/** Every example manifest under examples/, plus the minimal fixture, with the languages each declares. */
export function loadExamples(): ExampleManifest[] {
  const dir = `${ROOT}examples`;
  const names = readdirSync(dir).filter((n) => existsSync(`${dir}/${n}/pledge.yaml`)).sort();
  const examples = names.map((name) => {
    const manifest = parseManifest(readFileSync(`${dir}/${name}/pledge.yaml`, 'utf8'), `examples/${name}/pledge.yaml`);
    return { name, manifest, languages: manifest.notice.languages };
  });
  const minimal = loadMinimal();
  return [...examples, { name: 'minimal', manifest: minimal, languages: minimal.notice.languages }];
}

/** A deep copy to mutate in a test. */
export const clone = <T>(value: T): T => structuredClone(value);
