import { ConnectorError } from './connector-error.ts';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Table and column names come from the manifest, never from a request, but they still end up inside SQL text:
 * only plain identifiers pass, and each engine quotes them. Values always travel as parameters.
 */
export function assertIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name) || name.length > 63) {
    throw new ConnectorError('invalid_identifier', `${what} "${name}" is not a plain identifier (letters, digits and _, not starting with a digit, at most 63 characters).`);
  }
  return name;
}

export const quoteDouble = (name: string): string => `"${assertIdentifier(name, 'Identifier')}"`;
export const quoteBacktick = (name: string): string => `\`${assertIdentifier(name, 'Identifier')}\``;
