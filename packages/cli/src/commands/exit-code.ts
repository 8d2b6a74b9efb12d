import type { Command } from 'commander';

/** Commands report their exit code through this instead of calling process.exit, so tests can run them in-process. */
export function setExitCode(cmd: Command, code: number): void {
  cmd.setOptionValue('__exitCode', code);
}
