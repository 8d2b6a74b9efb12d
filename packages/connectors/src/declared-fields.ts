import type { DatasetSpec, Value } from './connector.ts';
import { ConnectorError } from './connector-error.ts';

/** GDPR Art. 16 lets a person correct their personal data, not anything else in the table: only declared fields change. */
export function assertDeclaredChanges(dataset: DatasetSpec, changes: Readonly<Record<string, Value>>): void {
  const declared = new Set(dataset.fields.map((f) => f.name));
  const undeclared = Object.keys(changes).filter((name) => !declared.has(name));
  if (undeclared.length > 0) {
    throw new ConnectorError('undeclared_field', `Dataset "${dataset.id}": "${undeclared.join('", "')}" is not a declared personal field, so Pledge does not change it.`);
  }
}

/** Every column the manifest names for a dataset: its key, identities, references and personal fields. */
export function declaredColumns(dataset: DatasetSpec): string[] {
  const names = [dataset.primaryKey, ...dataset.identities.map((i) => i.field), ...dataset.references.map((r) => r.field), ...dataset.fields.map((f) => f.name)];
  return [...new Set(names)];
}

export function assertDeclaredColumn(dataset: DatasetSpec, name: string): void {
  if (!declaredColumns(dataset).includes(name)) throw new ConnectorError('undeclared_field', `Dataset "${dataset.id}": "${name}" is not a column the manifest declares for it.`);
}
