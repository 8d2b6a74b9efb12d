import type { DatasetSpec, ErasureStrategy, Key, ManualTask, Value } from '../connector.ts';

const STRATEGY_WORDS: Record<ErasureStrategy, string> = {
  delete_row: 'delete the whole record',
  null: 'empty the field',
  hash: 'replace the value by its pseudonym (ask the privacy team for the HMAC tool)',
  redact: 'overwrite the value with "[redacted]"',
  keep: 'keep it unchanged',
};

const list = (values: readonly (Key | Value)[]) => values.map((v) => `"${String(v)}"`).join(', ');
const place = (dataset: DatasetSpec) => `"${dataset.table}" (${dataset.id})`;

export function accessChecklist(dataset: DatasetSpec, field: string, values: readonly Key[], assignee: string | null): ManualTask {
  return {
    title: `Search ${place(dataset)} for a person`,
    assignee,
    steps: [
      `Search ${place(dataset)} for every record whose "${field}" is exactly ${list(values)}.`,
      `Copy these fields of each match into the request: ${dataset.fields.map((f) => `${f.name} (${f.category})`).join(', ')}.`,
      'If nothing matches, record that nothing was found. Do not widen the search to similar names or addresses (GDPR Art. 15: only this person\'s data).',
    ],
  };
}

export function erasureChecklist(dataset: DatasetSpec, keys: readonly Key[], strategies: Readonly<Record<string, ErasureStrategy>>, assignee: string | null): ManualTask {
  const fields = dataset.fields.map((f) => {
    const strategy = strategies[f.name] ?? f.erasure;
    const why = strategy === 'keep' && (f.retention ?? dataset.retention) ? ` (retention rule "${f.retention ?? dataset.retention}")` : '';
    return `"${f.name}": ${STRATEGY_WORDS[strategy]}${why}.`;
  });
  return {
    title: `Erase a person from ${place(dataset)}`,
    assignee,
    steps: [`Open the records of ${place(dataset)} whose "${dataset.primaryKey}" is ${list(keys)}.`, ...fields, 'Record what you did and when (GDPR Art. 5(2): accountability).'],
  };
}

export function rectifyChecklist(dataset: DatasetSpec, keys: readonly Key[], changes: Readonly<Record<string, Value>>, assignee: string | null): ManualTask {
  return {
    title: `Correct a person's data in ${place(dataset)}`,
    assignee,
    steps: [`Open the records of ${place(dataset)} whose "${dataset.primaryKey}" is ${list(keys)}.`, ...Object.entries(changes).map(([name, value]) => `Set "${name}" to "${String(value)}".`)],
  };
}

export function restrictChecklist(dataset: DatasetSpec, keys: readonly Key[], restricted: boolean, assignee: string | null): ManualTask {
  return {
    title: `${restricted ? 'Restrict' : 'Lift the restriction on'} processing in ${place(dataset)}`,
    assignee,
    steps: [
      `Find the records of ${place(dataset)} whose "${dataset.primaryKey}" is ${list(keys)}.`,
      restricted
        ? 'Mark them so nobody uses them except to store them, for legal claims, or with the person\'s consent (GDPR Art. 18(2)).'
        : 'Remove the restriction mark, and tell the person before you do (GDPR Art. 18(3)).',
    ],
  };
}
