// The size budget and the "banner" rules of docs/style: one IIFE, no runtime dependency, no eval, no inline handlers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, BudgetExceededError, buildBanner } from '../build/build-banner.ts';

describe('the banner build', () => {
  it('fits JS and CSS together in 8 KB gzip', async () => {
    const build = await buildBanner({ write: false });
    console.log(`pledge.js: ${build.js.length} B minified, ${build.gzipBytes} B gzip of ${BUDGET_BYTES} B (CSS inside: ${build.css.length} B)`);
    expect(BUDGET_BYTES).toBe(8192);
    expect(build.gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(build.js).toContain(JSON.stringify(build.css).slice(1, 40));
  });

  it('fails over budget', async () => {
    await expect(buildBanner({ write: false, budgetBytes: 1024 })).rejects.toThrow(BudgetExceededError);
  });

  it('is one self-contained IIFE without eval, inline handlers or inline styles, and has no runtime dependency', async () => {
    const { js } = await buildBanner({ write: false });
    expect(js.startsWith('"use strict";(()=>{')).toBe(true);
    expect(js).not.toMatch(/\beval\(|new Function|innerHTML|insertAdjacentHTML|document\.write|setAttribute\("(on|style)/);
    expect(js).not.toMatch(/\bimport\(|require\(/);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
  });
});
