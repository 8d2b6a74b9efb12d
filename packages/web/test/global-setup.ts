import { buildWebIfStale } from './build-web.ts';

/** Vitest global setup (vitest.config.ts): the server's web routes and the browser journeys need the built UI. */
export default async function setup(): Promise<void> {
  await buildWebIfStale();
}
