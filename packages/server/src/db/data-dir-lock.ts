import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite is one PostgreSQL backend inside this process: two processes opening the same data
 * directory would corrupt it (e.g. `pledge keys create` while `pledge serve` runs). A lock file
 * holding our pid turns that into a clear error; a lock left by a dead process is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, 'pledge.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new Error(
          `the embedded database in ${dataDir} is in use by process ${holder} (a running \`pledge serve\`?). ` +
            'Stop it first, use the HTTP API, or set DATABASE_URL to use PostgreSQL.',
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`cannot lock ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
