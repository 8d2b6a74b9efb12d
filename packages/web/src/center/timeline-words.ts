import { en } from '../i18n/en.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import type { PersonRequestView } from '../api/types.ts';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
type TimelineEvent = PersonRequestView['timeline'][number];

/**
 * A timeline event in the reader's words: `event.<kind>` for every kind the server shows people
 * (server: rights/person-events.ts; test/i18n.test.ts checks each has words), a state change with its new state,
 * and anything newer than this build as a general phrase, never a raw key.
 */
export function timelineWords(t: Translate, e: TimelineEvent): string {
  if (e.kind === 'state_changed') return e.state ? t('event.state_changed', { state: t(`state.${e.state}` as MessageKey) }) : t('event.other');
  const key = `event.${e.kind}`;
  return key in en ? t(key as MessageKey) : t('event.other');
}
