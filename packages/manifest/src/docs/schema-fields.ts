/** Flattens the manifest's JSON Schema into one row per field, for the generated reference documentation. */
export interface FieldDoc {
  /** e.g. `purposes[].lawfulBasis.<jurisdiction>.basis` */
  path: string;
  type: string;
  required: boolean;
  description?: string;
  values?: string[];
  default?: unknown;
  schemaExamples?: unknown[];
}

type Schema = Record<string, any>;

export function listFields(root: Schema): FieldDoc[] {
  const rows: FieldDoc[] = [];
  walkObject(root, '', rows);
  return rows;
}

function walkObject(schema: Schema, prefix: string, rows: FieldDoc[]): void {
  const required = new Set<string>(schema.required ?? []);
  for (const [key, child] of Object.entries<Schema>(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push(describe(child, path, required.has(key)));
    descend(child, path, rows);
  }
}

function descend(schema: Schema, path: string, rows: FieldDoc[]): void {
  if (isLocalizedText(schema)) return;
  if (schema.properties) walkObject(schema, path, rows);
  else if (schema.type === 'array' && schema.items) {
    const item = schema.items as Schema;
    if (item.properties || item.propertyNames) descend(item, `${path}[]`, rows);
  } else if (schema.propertyNames && schema.additionalProperties) {
    const key = `<${keyName(schema.propertyNames)}>`;
    const value = schema.additionalProperties as Schema;
    rows.push(describe(value, `${path}.${key}`, false));
    descend(value, `${path}.${key}`, rows);
  }
}

function keyName(names: Schema): string {
  const values: string[] = names.enum ?? [];
  return values.includes('gdpr') ? 'jurisdiction' : 'key';
}

function describe(schema: Schema, path: string, required: boolean): FieldDoc {
  const row: FieldDoc = { path, type: typeName(schema), required };
  if (schema.description) row.description = schema.description;
  const values = enumValues(schema);
  if (values) row.values = values;
  if (schema.default !== undefined) row.default = schema.default;
  if (schema.examples) row.schemaExamples = schema.examples;
  return row;
}

function enumValues(schema: Schema): string[] | undefined {
  if (schema.enum) return schema.enum.map(String);
  if (schema.type === 'array' && schema.items?.enum) return schema.items.enum.map(String);
  return undefined;
}

function isLocalizedText(schema: Schema): boolean {
  const variants: Schema[] = schema.anyOf ?? [];
  return variants.length === 2 && variants.some((v) => v.type === 'string') && variants.some((v) => v.properties?.en);
}

function typeName(schema: Schema): string {
  if (isLocalizedText(schema)) return 'text (per language)';
  if (schema.anyOf) return (schema.anyOf as Schema[]).map(typeName).join(' or ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return 'one of';
  if (schema.type === 'array') return `list of ${typeName(schema.items ?? {})}`;
  if (schema.propertyNames) return `map of ${typeName(schema.additionalProperties ?? {})}`;
  if (schema.format === 'uri') return 'URL';
  if (schema.format === 'email') return 'e-mail';
  if (schema.type === 'object') return 'object';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  return schema.type ?? 'any';
}
