import type { Command } from 'commander';
import type { Language } from '@pledge/manifest';
import { summariseChanges } from '@pledge/notice';
import { createAuditService, createNoticeService, isPledgeError, type NoticeVersionSummary } from '@pledge/server';
import { setExitCode } from './exit-code.ts';
import { commandPath, withMigratedDatabase } from './migrate.ts';

/** `pledge notice versions` and `pledge notice diff`: read the published archive in the database. */
export function registerNoticeArchiveCommands(notice: Command): void {
  notice
    .command('versions')
    .description('list the published notice versions, newest first')
    .action(async (_opts: unknown, cmd: Command) => {
      const { lang } = cmd.optsWithGlobals<{ lang?: Language }>();
      await withMigratedDatabase(cmd, async (db) => {
        const versions = await createNoticeService(db, createAuditService(db)).list();
        process.stdout.write(versions.length === 0 ? 'No notice version has been published yet (pledge notice publish).\n' : formatVersions(versions, lang));
        setExitCode(cmd, 0);
      });
    });

  notice
    .command('diff')
    .description('what changed between two published versions (exit 0; 1 when a version does not exist)')
    .argument('<from>', 'the older version number')
    .argument('<to>', 'the newer version number')
    .action(async (from: string, to: string, _opts: unknown, cmd: Command) => {
      const { lang } = cmd.optsWithGlobals<{ lang?: Language }>();
      const numbers = [from, to].map((n) => (/^[1-9]\d{0,8}$/.test(n) ? Number(n) : null));
      const [a, b] = numbers;
      if (a == null || b == null) {
        process.stderr.write(`${commandPath(cmd)}: versions are numbers from 1 (see pledge notice versions), not "${numbers[0] == null ? from : to}"\n`);
        setExitCode(cmd, 2);
        return;
      }
      await withMigratedDatabase(cmd, async (db) => {
        try {
          const diff = await createNoticeService(db, createAuditService(db)).diff(a, b);
          const language = lang ?? diff.to.defaultLanguage;
          const lines = [
            `Version ${a} (effective ${diff.from.effectiveDate}) → version ${b} (effective ${diff.to.effectiveDate}): ` +
              `${diff.changes.length} change(s), ${diff.material ? 'material' : 'none material'}.`,
            ...[...diff.changes.filter((c) => c.material), ...diff.changes.filter((c) => !c.material)].map(
              (c) => `  ${c.material ? '[material]' : '          '} ${summariseChanges([c], language)[0] ?? c.id}`,
            ),
            ...(diff.affectedPurposes.length > 0 ? [`Consent to ask again for: ${diff.affectedPurposes.join(', ')}.`] : []),
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
          setExitCode(cmd, 0);
        } catch (error) {
          if (!isPledgeError(error)) throw error;
          process.stderr.write(`${commandPath(cmd)}: ${error.message} (${JSON.stringify(error.details)})\n`);
          setExitCode(cmd, 1);
        }
      });
    });
}

function formatVersions(versions: NoticeVersionSummary[], lang: Language | undefined): string {
  const rows = [
    ['VERSION', 'EFFECTIVE', 'PUBLISHED', 'MATERIAL', 'BY'],
    ...versions.map((v) => [String(v.number), v.effectiveDate, v.publishedAt.toISOString(), v.material ? 'yes' : 'no', v.publishedBy]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  return rows
    .map((r, i) => {
      const line = r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ');
      const v = i === 0 ? undefined : versions[i - 1];
      const summary = v ? (v.summaries[lang ?? v.defaultLanguage] ?? v.summaries[v.defaultLanguage] ?? []) : [];
      return [line, ...summary.map((s) => `    - ${s}`)].join('\n');
    })
    .join('\n') + '\n';
}
