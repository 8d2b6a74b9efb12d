import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { Option, type Command } from 'commander';
import { exitCodeFor, formatFindings, lintManifest, loadManifestFile, ManifestReadError } from '@pledge/manifest';
import { setExitCode } from './exit-code.ts';

type Format = 'text' | 'json' | 'sarif';

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('validate a manifest and lint it for compliance mistakes (exit 0 clean, 1 errors, 2 cannot read)')
    .argument('[file]', 'the manifest', 'pledge.yaml')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .action(async (file: string, opts: { format: Format; output?: string }, cmd: Command) => {
      let result;
      try {
        result = await loadManifestFile(file);
      } catch (err) {
        if (!(err instanceof ManifestReadError)) throw err;
        process.stderr.write(`pledge check: ${err.message}\n`);
        setExitCode(cmd, 2);
        return;
      }
      // Locations are reported relative to the working directory, as code-scanning tools expect.
      const findings = lintManifest(result).map((f) => ({ ...f, location: { ...f.location, file: relative(process.cwd(), f.location.file) || f.location.file } }));
      const report = formatFindings(findings, opts.format);
      if (opts.output) await writeFile(opts.output, report);
      else process.stdout.write(report);
      setExitCode(cmd, exitCodeFor(findings));
    });
}
