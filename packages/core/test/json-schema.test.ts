import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidelineJsonSchema, stripNestedSchemaKeys } from '../src/guideline/json-schema.js';
import { KINDS } from '../src/index.js';

const file = join(import.meta.dirname, '..', '..', '..', 'docs', 'guideline.schema.json');

describe('docs/guideline.schema.json', () => {
  it('is not stale (regenerate with `npm run schema`)', () => {
    const expected = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...(stripNestedSchemaKeys(guidelineJsonSchema(KINDS)) as object),
    };
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(expected);
  });

  it('types each rule\u2019s options by the kind it extends', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    const rule = schema.properties.rules.items;
    expect(rule.properties.extends.enum).toEqual(Object.keys(KINDS).sort());
    const terms = rule.allOf.find(
      (c: { if: { properties: { extends: { const: string } } } }) =>
        c.if.properties.extends.const === 'terms',
    );
    expect(terms.then.properties.options.type).toBe('object');
  });
});
