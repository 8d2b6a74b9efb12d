/// <reference lib="dom" />
import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: unknown };

/** Runs `load` when `deps` change; `reload` runs it again (after an action). Late answers of old runs are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const lastRound = useRef(round);
  useEffect(() => {
    let live = true;
    // A reload keeps showing the current data until the new answer arrives (no flash, forms below keep their state).
    if (lastRound.current === round) setState({ status: 'loading' });
    lastRound.current = round;
    load().then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}

/** Sets the document title: "<page> – <site>" (WCAG 2.4.2). */
export function useTitle(title: string, site: string): void {
  useEffect(() => {
    document.title = `${title} – ${site}`;
  }, [title, site]);
}
