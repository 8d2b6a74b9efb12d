import type { BannerConfig, Choice, ConsentMethod } from './types.ts';

const DAY_MS = 864e5;
// Object.hasOwn needs Safari 15.4; this works everywhere.
const own = (o: object, k: string): boolean => ({}).hasOwnProperty.call(o, k);

/** Strictly necessary always; otherwise an explicit vendor choice wins over its category's. */
export function isAllowed(choice: Choice | undefined, category: string, vendor?: string | null): boolean {
  if (category === 'strictly_necessary') return true;
  if (!choice) return false;
  if (vendor && own(choice.vendors, vendor)) return choice.vendors[vendor] === true;
  return choice.categories[category] === true;
}

/** All optional categories granted: consentExpiry; all refused: refusalExpiry; a mix: the shorter of the two. */
export function expiryDays(choice: Choice, config: BannerConfig): number {
  const values = config.categories.filter((c) => !c.required).map((c) => choice.categories[c.id] === true);
  const { consentExpiryDays: yes, refusalExpiryDays: no } = config;
  return values.every(Boolean) ? yes : values.some(Boolean) ? Math.min(yes, no) : no;
}

/**
 * Whether a stored choice still stands: not expired, not made before a material change of the notice
 * (`renewBefore`), and covering every optional category the config now has (a new category is a new question).
 */
export function isCurrent(choice: Choice | undefined, config: BannerConfig, now: number): choice is Choice {
  if (!choice) return false;
  if (config.renewBefore && choice.time < Date.parse(config.renewBefore)) return false;
  if (now - choice.time > expiryDays(choice, config) * DAY_MS) return false;
  return config.categories.every((c) => c.required || own(choice.categories, c.id));
}

/** Categories a browser signal switches off, per the manifest's stances. */
export function forcedOff(config: BannerConfig, gpc: boolean, dnt: boolean): string[] {
  return [...(gpc && config.gpc.honoured ? config.gpc.off : []), ...(dnt && config.dnt.honoured ? config.dnt.off : [])];
}

/**
 * A new choice: `accept_all` grants everything not switched off by a signal, `reject_all` nothing, `custom` what was
 * picked. A signal switches its categories' vendors off too, except `exempt`: a vendor the person explicitly allowed
 * by loading one of its embeds.
 */
export function makeChoice(
  config: BannerConfig,
  method: ConsentMethod,
  previous: Choice | undefined,
  off: string[],
  subjectId: string,
  picked?: { categories: Record<string, boolean>; vendors: Record<string, boolean> },
  exempt?: string | null,
): Choice {
  const categories: Record<string, boolean> = {};
  const vendors: Record<string, boolean> = {};
  for (const c of config.categories) {
    if (c.required) continue;
    const forced = off.includes(c.id);
    const on = !forced && (picked ? picked.categories[c.id] === true : method === 'accept_all');
    categories[c.id] = on;
    for (const v of c.vendors) vendors[v] = vendors[v] || (!forced && (picked ? picked.vendors[v] === true : on));
  }
  if (exempt) vendors[exempt] = true;
  return { subjectId: previous ? previous.subjectId : subjectId, time: Date.now(), method, categories, vendors };
}
