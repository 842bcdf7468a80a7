import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servicesOf } from '../../src/app.js';
import { setPhase, useTestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/databases.js';
import { CLEAN, person, review, submit } from './helpers.js';

/** Names an attacker might try, in both spellings. */
const SENSITIVE = [
  'role',
  'authorId',
  'author_id',
  'status',
  'approvedBy',
  'approved_by',
  'step',
  'steps',
  'steps_json',
  'revision',
  'visibility',
  'override_by',
  'overrideBy',
  'override_reason',
  'error_count',
  'errorCount',
  'published_url',
  'guideline_version',
  'phase',
  'id',
  'created_at',
] as const;

const value = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -5, max: 50 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('approved', 'published', 'hidden', 'administrator', 'mallory'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

/** A random set of extra fields (never a field the endpoint really takes). */
const extras = (allowed: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...SENSITIVE.filter((k) => !allowed.includes(k))), value, {
    minKeys: 1,
  });

describe.each(DIALECTS)('extra fields in post bodies are never stored (%s)', (dialect) => {
  const t = useTestApp(dialect);

  it('POST /api/posts, PUT /api/posts/:id and POST /api/posts/:id/reviews ignore them', async () => {
    await setPhase(t.app, 'pioneer');
    const author = await person(t.app, 'communications-lead');
    const reviewer = await person(t.app, 'communications-lead');
    const { db } = servicesOf(t.app);
    const row = (id: string) =>
      db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    await fc.assert(
      fc.asyncProperty(
        extras([]),
        extras([]),
        extras(['revision']),
        async (onPost, onPut, onReview) => {
          const created = await submit(t.app, author, {
            ...onPost,
            text: CLEAN,
            channel: 'x',
            as: 'corporate',
          });
          expect(created.statusCode, created.body).toBe(201);
          const id = created.json().post.id as string;
          let stored = await row(id);
          expect(stored).toMatchObject({
            author_id: author.id,
            status: 'in-review',
            step: 0,
            revision: 1,
            visibility: 'visible',
            override_by: null,
            override_reason: null,
            published_url: null,
            error_count: 0,
            phase: 'pioneer',
            guideline_version: 1,
          });
          expect(JSON.parse(stored.steps_json)).toHaveLength(1);

          const edited = await t.app.inject({
            method: 'PUT',
            url: `/api/posts/${id}`,
            payload: { ...onPut, text: `${CLEAN} Ook zondag.` },
            headers: author.session.headers,
          });
          expect(edited.statusCode, edited.body).toBe(200);
          stored = await row(id);
          expect(stored).toMatchObject({
            id,
            author_id: author.id,
            status: 'in-review',
            step: 0,
            revision: 2,
            visibility: 'visible',
            override_by: null,
            override_reason: null,
            error_count: 0,
          });

          const decided = await review(t.app, reviewer, id, {
            ...onReview,
            revision: 2,
            decision: 'approve',
          });
          expect(decided.statusCode, decided.body).toBe(200);
          stored = await row(id);
          expect(stored).toMatchObject({
            id,
            author_id: author.id,
            status: 'approved',
            step: 1,
            revision: 2,
            visibility: 'visible',
            override_by: null,
            override_reason: null,
          });
          const reviews = await db
            .selectFrom('post_reviews')
            .select(['reviewer_id', 'revision', 'step', 'decision'])
            .where('post_id', '=', id)
            .execute();
          expect(reviews).toEqual([
            { reviewer_id: reviewer.id, revision: 2, step: 0, decision: 'approve' },
          ]);
          const roles = await db
            .selectFrom('users')
            .select(['id', 'role'])
            .where('id', 'in', [author.id, reviewer.id])
            .execute();
          expect(roles.every((r) => r.role === 'communications-lead')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
