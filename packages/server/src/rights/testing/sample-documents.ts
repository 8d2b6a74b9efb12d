import { randomBytes } from 'node:crypto';

/** Files that start with the real magic bytes of each accepted type. */
export const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64)]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(64)]);
