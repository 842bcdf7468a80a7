/** `npm run schema`: regenerate docs/guideline.schema.json from the zod schema and the kinds. */
import { writeFileSync } from 'node:fs';
import {
  guidelineJsonSchema,
  stripNestedSchemaKeys,
} from '../packages/core/src/guideline/json-schema.js';
import { KINDS } from '../packages/core/src/kinds/index.js';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  ...(stripNestedSchemaKeys(guidelineJsonSchema(KINDS)) as object),
};
writeFileSync(
  new URL('../docs/guideline.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log('wrote docs/guideline.schema.json');
