/**
 * The hot routes serialise without re-validating; their JSON must stay exactly what the
 * zod serializer writes for the same schema, on real posts and messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkResponseSchema, classifyResponseSchema } from '@leidraad/contract';
import { compileClassifier, loadChecker, loadGuideline } from '@leidraad/core';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { fastSerializerCompiler } from '../../src/routes/fast-serializer.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const source = readFileSync(join(root, 'guidelines', 'nl.yaml'), 'utf8');
const POSTS = [
  'Morgen lanceren we Project Zeus! Mail jan.jansen@gmail.com of bel 06-12345678.',
  'Wat een kutweer, die sukkel van RailNu. #fail #fail #fail http://example.com',
  '@spoorland al 3 weken wacht ik op mijn terugbetaling, dit is echt belachelijk',
  'Dank je wel voor de snelle hulp gisteren! 😀👍🏽',
  'Kunt u mij vertellen hoe laat de laatste trein naar Zwolle gaat?',
  '',
];

type Route = Parameters<typeof serializerCompiler>[0];
const route = (schema: unknown) =>
  ({ schema, method: 'POST', url: '/', httpStatus: '200' }) as unknown as Route;

describe('fastSerializerCompiler', () => {
  it('writes the same JSON as the zod serializer for check results', () => {
    const checker = loadChecker(source);
    const fast = fastSerializerCompiler(route(checkResponseSchema));
    const slow = serializerCompiler(route(checkResponseSchema));
    for (const text of POSTS) {
      for (const as of ['personal', 'corporate', 'reply'] as const) {
        const result = checker.check({ text, as, channel: 'x' });
        expect(fast(result)).toBe(slow(result));
      }
    }
    // The fast path is really taken: it does not validate, where zod refuses a bad value.
    const bad = { findings: [], summary: { errors: 'many', warnings: 0, infos: 0 } };
    expect(() => slow(bad)).toThrow();
    expect(() => fast(bad)).not.toThrow();
  });

  it('writes the same JSON as the zod serializer for classifications', () => {
    const classifier = compileClassifier(loadGuideline(source));
    const fast = fastSerializerCompiler(route(classifyResponseSchema));
    const slow = serializerCompiler(route(classifyResponseSchema));
    for (const text of POSTS) {
      const result = classifier.classify(text, { channel: 'facebook' });
      expect(fast(result)).toBe(slow(result));
    }
  });
});
