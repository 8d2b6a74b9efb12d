import { ApiError } from '../api/client.ts';

/** The body field a 400 names (`body.currentPassword` → `currentPassword`), so its error can stand next to that field. */
export function fieldOfError(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return null;
  const path = (error.details[0] as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? path.replace(/^body\./, '') : null;
}
