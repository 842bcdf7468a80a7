import { z } from 'zod';
import type { KindRegistry } from './load.js';
import { guidelineSchema } from './schema.js';

/**
 * The JSON Schema of the guideline file (docs/guideline.schema.json), for editor
 * completion. Each rule's `options` is typed by the check kind it `extends`.
 */
export function guidelineJsonSchema(kinds: KindRegistry): Record<string, unknown> {
  const schema = z.toJSONSchema(guidelineSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const rule = findRuleSchema(schema);
  if (rule) {
    const ids = Object.keys(kinds).sort();
    const props = rule.properties as Record<string, Record<string, unknown>>;
    if (props.extends) props.extends.enum = ids;
    rule.allOf = ids.map((id) => ({
      if: { properties: { extends: { const: id } }, required: ['extends'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a promise
      then: {
        properties: {
          options: z.toJSONSchema((kinds[id] as NonNullable<KindRegistry[string]>).options, {
            io: 'input',
            unrepresentable: 'any',
          }),
        },
      },
    }));
  }
  return {
    ...schema,
    $id: 'leidraad-guideline.schema.json',
    title: 'Leidraad guideline',
    description: 'A social media guideline as data: see docs/guideline.md',
  };
}

function findRuleSchema(schema: Record<string, unknown>): Record<string, unknown> | undefined {
  const rules = (schema.properties as Record<string, Record<string, unknown>> | undefined)?.rules;
  return rules?.items as Record<string, unknown> | undefined;
}

export function stripNestedSchemaKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNestedSchemaKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (k !== '$schema') out[k] = stripNestedSchemaKeys(v);
    return out;
  }
  return value;
}
