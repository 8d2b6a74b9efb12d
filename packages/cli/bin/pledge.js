#!/usr/bin/env node
// The `pledge` command. Sources are TypeScript, run through tsx's loader (see docs/decisions/0001-typescript-run-by-tsx.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
