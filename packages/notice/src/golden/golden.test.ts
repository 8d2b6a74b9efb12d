import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderNotice } from '../render/render-notice.ts';
import { loadExamples } from '../test-support/examples.ts';

// Golden files pin the exact wording per example and language, so every change to a notice shows up in review.
// Regenerate after an intended change: UPDATE_GOLDEN=1 npx vitest run packages/notice
const DIR = fileURLToPath(new URL('.', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

const cases = loadExamples().flatMap((e) =>
  e.languages.flatMap((lang) => (['md', 'html'] as const).map((format) => [`${e.name}.${lang}.${format}`, e.manifest, lang, format] as const)),
);

describe('golden notices', () => {
  it.each(cases)('%s matches its golden file', (file, manifest, lang, format) => {
    const actual = renderNotice(manifest, { lang, format });
    const path = `${DIR}${file}`;
    if (update) writeFileSync(path, actual);
    expect(existsSync(path), `${file} is missing; run UPDATE_GOLDEN=1 npx vitest run packages/notice`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
