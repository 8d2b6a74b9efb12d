import type { MessageKey } from './en.ts';
import { nlCenter } from './nl-center.ts';
import { nlCommon } from './nl-common.ts';
import { nlConsole } from './nl-console.ts';

export const nl: Record<MessageKey, string> = { ...nlCommon, ...nlCenter, ...nlConsole };
