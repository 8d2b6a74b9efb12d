import { deCenter } from './de-center.ts';
import { deCommon } from './de-common.ts';
import { deConsole } from './de-console.ts';
import type { MessageKey } from './en.ts';

export const de: Record<MessageKey, string> = { ...deCommon, ...deCenter, ...deConsole };
