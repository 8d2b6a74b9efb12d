import type { composeAnswer } from './notify-steps.ts';

type Answer = ReturnType<typeof composeAnswer>;
type DatasetLine = Answer['datasets'][number] & { erased?: number; nulled?: number; hashed?: number; redacted?: number; retained?: number; updated?: number; retention?: Array<{ legalBasis: string | null; fields: string[] }> };

/**
 * The plain-text summary mailed to the person: per dataset what changed, and for rows that had to be kept, which
 * fields and the legal basis (GDPR Art. 17(3)(b), Art. 12(4)).
 */
export function answerText(answer: Answer): string {
  const lines = (answer.datasets as DatasetLine[]).map((d) => {
    const changed = (d.erased ?? 0) + (d.nulled ?? 0) + (d.hashed ?? 0) + (d.redacted ?? 0) + (d.updated ?? 0);
    const kept = (d.retention ?? []).map((r) => `  kept: ${r.fields.join(', ')} in ${d.retained ?? 0} record(s) — ${r.legalBasis ?? 'retention rule'}`);
    const byHand = d.resolvedBy ? ' (done by hand)' : '';
    return [`- ${d.system}/${d.dataset}: ${changed} record(s) changed${byHand}`, ...kept].join('\n');
  });
  const told = answer.recipients.map((r) => `- ${r.recipient}`);
  return [...lines, ...(told.length > 0 ? ['', 'Recipients told (GDPR Art. 19):', ...told] : [])].join('\n');
}
