import { Option, type Command } from 'commander';
import { LANGUAGES, type Language } from '@pledge/manifest';
import { renderNotice } from '@pledge/notice';
import { createAuditService, createLogger, createMailDelivery, createNoticeService, isPledgeError, loadConfig, noticeAnnouncer, type NoticeVersionRecord } from '@pledge/server';
import { setExitCode } from './exit-code.ts';
import { languageForCommand, loadManifestForCommand, manifestFileFrom, writeOutput } from './manifest-input.ts';
import { commandPath, withMigratedDatabase } from './migrate.ts';
import { registerNoticeArchiveCommands } from './notice-archive.ts';

interface NoticeOptions {
  manifest?: string;
  lang?: Language;
  format: 'html' | 'md' | 'json';
  out?: string;
}

export function registerNoticeCommand(program: Command): void {
  const notice = program
    .command('notice')
    .description('render the privacy notice from the manifest (no database); publish and compare versions (database)')
    .option('--manifest <file>', 'the manifest (default: PLEDGE_MANIFEST, else pledge.yaml)')
    .addOption(new Option('--lang <lang>', "the notice's language (default: the manifest's default language)").choices(LANGUAGES))
    .addOption(new Option('--format <format>', 'output format').choices(['html', 'md', 'json']).default('html'))
    .option('--out <file>', 'write the notice to a file instead of standard output')
    .configureHelp({ showGlobalOptions: true })
    .action(async (opts: NoticeOptions, cmd: Command) => {
      const manifest = await loadManifestForCommand(cmd, manifestFileFrom(opts.manifest));
      const lang = manifest && languageForCommand(cmd, manifest, opts.lang);
      if (!manifest || !lang) return;
      const rendered =
        opts.format === 'json'
          ? `${JSON.stringify(renderNotice(manifest, { lang, format: 'json' }), null, 2)}\n`
          : renderNotice(manifest, { lang, format: opts.format });
      await writeOutput(opts.out, rendered);
      setExitCode(cmd, 0);
    });

  notice
    .command('publish')
    .description('publish the manifest as the next notice version (exit 0 published, 1 unchanged or refused)')
    .option('--effective-date <date>', "YYYY-MM-DD (default: the manifest's notice.effectiveDate)")
    .action(async (opts: { effectiveDate?: string }, cmd: Command) => {
      const { manifest: file } = cmd.optsWithGlobals<NoticeOptions>();
      if (opts.effectiveDate !== undefined && !isIsoDate(opts.effectiveDate)) {
        process.stderr.write(`${commandPath(cmd)}: --effective-date must be a date as YYYY-MM-DD, not "${opts.effectiveDate}"\n`);
        setExitCode(cmd, 2);
        return;
      }
      const manifest = await loadManifestForCommand(cmd, manifestFileFrom(file));
      if (!manifest) return;
      await withMigratedDatabase(cmd, async (db) => {
        const config = loadConfig();
        // A material change promised by e-mail is mailed to the team through the outbox (sent now, or later by a server).
        const mail = createMailDelivery(config, db, createLogger(config.logLevel, process.stderr));
        try {
          const published = await createNoticeService(db, createAuditService(db), undefined, noticeAnnouncer(config, mail.outbox)).publishNotice(manifest, {
            actor: 'cli',
            effectiveDate: opts.effectiveDate,
          });
          process.stdout.write(describePublished(published));
          setExitCode(cmd, 0);
        } catch (error) {
          if (!isPledgeError(error)) throw error;
          process.stderr.write(`${commandPath(cmd)}: ${error.message}\n`);
          setExitCode(cmd, 1);
        } finally {
          mail.close();
        }
      });
    });

  registerNoticeArchiveCommands(notice);
}

function describePublished(v: NoticeVersionRecord): string {
  const lines = [`Published notice version ${v.number}, effective ${v.effectiveDate} (manifest ${v.manifestHash.slice(0, 12)}).`];
  if (v.number === 1) lines.push('This is the first version: there is nothing to compare it with.');
  else if (!v.material) lines.push(`Material changes: none (${v.changes.length} change(s) that need no announcement).`);
  else {
    lines.push(`Material changes: yes. Tell people before ${v.effectiveDate}.`);
    lines.push(`Consent to ask again for: ${v.affectedPurposes.length > 0 ? v.affectedPurposes.join(', ') : 'none (no consent-based purpose is affected)'}.`);
    lines.push(`Change notifications pending on: ${v.manifest.notice.changes.notifyBy.join(', ')}.`);
  }
  const summary = v.summaries[v.defaultLanguage] ?? [];
  if (summary.length > 0) lines.push('What changed:', ...summary.map((s) => `  - ${s}`));
  return `${lines.join('\n')}\n`;
}

/** A real calendar date in YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
