import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { manifestJsonSchemaText, renderRuleDocs, RULE_CATALOGUE } from '@pledge/manifest';
import { generateManifestDocs } from '../manifest-docs-source.ts';

async function emit(text: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}

export function registerSchemaCommands(program: Command): void {
  program
    .command('schema')
    .description("print (or write) the manifest's JSON Schema, generated from the zod schema")
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { out?: string }) => emit(manifestJsonSchemaText(), opts.out));
  program
    .command('docs')
    .description('print (or write) the manifest field reference (docs/manifest.md)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { out?: string }) => emit(generateManifestDocs(), opts.out));
  program
    .command('rules')
    .description('print (or write) the reference of every lint rule (docs/lint-rules.md)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts: { out?: string }) => emit(renderRuleDocs(RULE_CATALOGUE), opts.out));
}
