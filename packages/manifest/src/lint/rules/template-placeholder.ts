import type { LintRule } from '../rule.ts';
import { formatPath } from '../finding.ts';
import { walkStrings } from '../support/walk.ts';

/** Leftovers of notice templates and generators; `example.com` is deliberately not one (RFC 2606 reserves it). */
const PLACEHOLDERS: ReadonlyArray<[RegExp, string]> = [
  [/\[\s*(?:your|insert|enter|add|fill|company|business|name|date|address|e-?mail|phone|country|city|website|url|link|placeholder|describe|dpo|controller)\b[^\]]*\]/i, 'a [bracketed] placeholder'],
  [/\{\{[^}]*\}\}/, 'a {{template}} variable'],
  [/<\s*(?:your|insert|enter|company|business|name|date|address|e-?mail|phone|country|city|website|url|dpo|controller)\b[^>]*>/i, 'an <angle-bracket> placeholder'],
  [/\bTODO\b|\bFIXME\b/, 'a TODO note'],
  [/\bTBD\b|\bTBC\b/, 'a TBD note'],
  [/lorem ipsum/i, 'lorem ipsum filler text'],
  [/\bx{3,}\b/i, 'an XXX placeholder'],
];

export const templatePlaceholder: LintRule = {
  code: 'PLG115',
  name: 'template-placeholder',
  severity: 'error',
  summary: 'A text still contains a template placeholder such as "[Your company name]", "{{...}}", "TODO" or "lorem ipsum".',
  help:
    'Information must be given to people in a concise, intelligible and accurate form (GDPR Art. 12(1)); a published ' +
    'notice with unfilled placeholders is neither, and often hides a missing fact (who the controller is, a retention ' +
    'period). Replace the placeholder with the real text.',
  check({ manifest, report }) {
    const { $schema: _ignored, ...content } = manifest;
    walkStrings(content, [], (text, path) => {
      const hit = PLACEHOLDERS.map(([pattern, kind]) => ({ match: pattern.exec(text), kind })).find((h) => h.match);
      if (!hit?.match) return;
      report(path, `The text at ${formatPath(path)} still contains ${hit.kind} ("${hit.match[0]}"); replace it with the real information (GDPR Art. 12(1)).`);
    });
  },
};
