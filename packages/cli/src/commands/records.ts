import { Option, type Command } from 'commander';
import { LANGUAGES, type Language } from '@pledge/manifest';
import { recordsOfProcessing, recordsToCsv, recordsToHtml } from '@pledge/notice';
import { setExitCode } from './exit-code.ts';
import { languageForCommand, loadManifestForCommand, manifestFileFrom, writeOutput } from './manifest-input.ts';

interface RecordsOptions {
  manifest?: string;
  role: 'controller' | 'processor';
  format: 'csv' | 'html';
  lang?: Language;
  out?: string;
}

export function registerRecordsCommand(program: Command): void {
  program
    .command('records')
    .description('the records of processing activities (GDPR Art. 30) from the manifest, as CSV or HTML')
    .option('--manifest <file>', 'the manifest (default: PLEDGE_MANIFEST, else pledge.yaml)')
    .addOption(new Option('--role <role>', 'Art. 30(1) controller or Art. 30(2) processor records').choices(['controller', 'processor']).default('controller'))
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'html']).default('csv'))
    .addOption(new Option('--lang <lang>', "language (default: the manifest's default language)").choices(LANGUAGES))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: RecordsOptions, cmd: Command) => {
      const manifest = await loadManifestForCommand(cmd, manifestFileFrom(opts.manifest));
      const lang = manifest && languageForCommand(cmd, manifest, opts.lang);
      if (!manifest || !lang) return;
      const records = recordsOfProcessing(manifest, opts.role, lang);
      await writeOutput(opts.out, opts.format === 'csv' ? recordsToCsv(records) : recordsToHtml(records));
      setExitCode(cmd, 0);
    });
}
