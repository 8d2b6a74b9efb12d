import type { z } from 'zod';
import { ConnectorError } from './connector-error.ts';

/** Validates connector settings; the message names the setting and the rule, never the value (it may be a secret). */
export function parseConfig<S extends z.ZodType>(schema: S, input: unknown, label: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`).join('; ');
  throw new ConnectorError('config', `Invalid ${label} connector settings: ${problems}`);
}
