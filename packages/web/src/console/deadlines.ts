/** "Due soon": within a week, when there is still time to act (or to extend, with reasons, in the first month). */
export const DUE_SOON_DAYS = 7;
const OPEN = new Set(['received', 'identity_verification', 'verified', 'in_progress', 'waiting_on_manual_tasks']);

export type Urgency = 'overdue' | 'due-soon' | 'on-track' | 'closed';

export function urgencyOf(request: { state: string; dueAt: string }, now: Date = new Date()): Urgency {
  if (!OPEN.has(request.state)) return 'closed';
  const left = new Date(request.dueAt).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS * 86_400_000 ? 'due-soon' : 'on-track';
}

export function byDeadline<T extends { dueAt: string }>(a: T, b: T): number {
  return a.dueAt.localeCompare(b.dueAt);
}
