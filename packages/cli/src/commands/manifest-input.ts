import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatFindings, loadManifestFile, ManifestReadError, type Language, type Manifest } from '@pledge/manifest';
import { setExitCode } from './exit-code.ts';
import { commandPath } from './migrate.ts';

/** --manifest, else PLEDGE_MANIFEST, else ./pledge.yaml: the same file `pledge check` reads by default. */
export function manifestFileFrom(option: string | undefined): string {
  return option ?? (process.env.PLEDGE_MANIFEST || 'pledge.yaml');
}

/** Loads and validates the manifest, or reports why not and sets the exit code (2 unreadable, 1 invalid). */
export async function loadManifestForCommand(cmd: Command, file: string): Promise<Manifest | null> {
  try {
    const loaded = await loadManifestFile(file);
    if (loaded.ok) return loaded.manifest;
    process.stderr.write(`${commandPath(cmd)}: ${file} is not a valid manifest (run pledge check ${file}).\n`);
    process.stderr.write(formatFindings(loaded.findings, 'text'));
    setExitCode(cmd, 1);
    return null;
  } catch (error) {
    if (!(error instanceof ManifestReadError)) throw error;
    process.stderr.write(`${commandPath(cmd)}: ${error.message}\n`);
    setExitCode(cmd, 2);
    return null;
  }
}

/** The language asked for if the manifest declares it, its default when none was asked; null (exit 2) otherwise. */
export function languageForCommand(cmd: Command, manifest: Manifest, requested: Language | undefined): Language | null {
  const lang = requested ?? manifest.notice.defaultLanguage;
  if (manifest.notice.languages.includes(lang)) return lang;
  process.stderr.write(`${commandPath(cmd)}: the manifest does not declare "${lang}"; it declares ${manifest.notice.languages.join(', ')}.\n`);
  setExitCode(cmd, 2);
  return null;
}

/** Writes to --out when given, else to standard output. */
export async function writeOutput(out: string | undefined, content: string): Promise<void> {
  if (out) await writeFile(out, content);
  else process.stdout.write(content);
}
