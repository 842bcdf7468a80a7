import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Writes one value as JSON (objects: only the schema's keys, in the schema's order). */
type Write = (value: unknown) => string;

/**
 * A response serializer for the hot routes (check, classify): it writes exactly the JSON that
 * the zod serializer writes (the schema's keys in the schema's order, unknown keys dropped
 * except from loose objects) but does not re-validate what our own code returns, which costs
 * more than the check itself under load. The schema stays the route's documented schema
 * (OpenAPI). Schemas with anything it does not know (defaults, transforms, plain unions…)
 * fall back to the zod serializer.
 */
export const fastSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const { schema } = route;
  const write = schema instanceof z.core.$ZodType ? compile(schema) : undefined;
  return write ?? serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
};

const leaf: Write = (value) => JSON.stringify(value) ?? 'null';

function compile(schema: z.core.$ZodType): Write | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
    case 'unknown':
      return leaf;
    case 'optional':
      // An absent or undefined value is left out by the object that holds it.
      return compile(def.innerType);
    case 'nullable': {
      const inner = compile(def.innerType);
      return inner && ((value) => (value === null ? 'null' : inner(value)));
    }
    case 'array': {
      const item = compile(def.element);
      return item && ((value) => `[${(value as unknown[]).map((x) => item(x)).join(',')}]`);
    }
    case 'object':
      return compileObject(def);
    case 'union':
      return 'discriminator' in def && typeof def.discriminator === 'string'
        ? compileDiscriminated(def.discriminator, def.options)
        : undefined;
    default:
      return undefined;
  }
}

function compileObject(def: z.core.$ZodObjectDef): Write | undefined {
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'never') return undefined;
  const fields: { key: string; prefix: string; write: Write }[] = [];
  for (const [key, schema] of Object.entries(def.shape)) {
    const write = compile(schema);
    if (!write) return undefined;
    fields.push({ key, prefix: `${JSON.stringify(key)}:`, write });
  }
  const known = new Set(fields.map((f) => f.key));
  const loose = catchall === 'unknown';
  return (value) => {
    const object = value as Record<string, unknown>;
    let out = '';
    for (const { key, prefix, write } of fields) {
      const x = object[key];
      if (x === undefined) continue;
      out += `${out ? ',' : ''}${prefix}${write(x)}`;
    }
    if (loose) {
      for (const key in object) {
        if (known.has(key) || key === '__proto__') continue;
        const json = JSON.stringify(object[key]);
        if (json !== undefined) out += `${out ? ',' : ''}${JSON.stringify(key)}:${json}`;
      }
    }
    return `{${out}}`;
  };
}

function compileDiscriminated(
  discriminator: string,
  options: readonly z.core.$ZodType[],
): Write | undefined {
  const byValue = new Map<unknown, Write>();
  for (const option of options) {
    const def = (option as z.core.$ZodTypes)._zod.def;
    if (def.type !== 'object') return undefined;
    const tag = def.shape[discriminator] as z.core.$ZodTypes | undefined;
    const write = compileObject(def);
    if (!write || tag?._zod.def.type !== 'literal') return undefined;
    for (const value of tag._zod.def.values) byValue.set(value, write);
  }
  return (value) => {
    const write = byValue.get((value as Record<string, unknown>)[discriminator]);
    if (!write) throw new Error(`response does not match its schema (${discriminator})`);
    return write(value);
  };
}
