import { enCenter } from './en-center.ts';
import { enCommon } from './en-common.ts';
import { enConsole } from './en-console.ts';

export const en = { ...enCommon, ...enCenter, ...enConsole };
export type MessageKey = keyof typeof en;
export type CommonKey = keyof typeof enCommon;
export type CenterKey = keyof typeof enCenter;
export type ConsoleKey = keyof typeof enConsole;
