import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
  subject,
} from '@casl/ability';
import type { Capability, Role } from '@leidraad/contract';
import { type PostKind, SUBMIT_ACTION } from '@leidraad/core';

/** What one can do to a post (the subject carries the fields the conditions read). */
export type PostAction =
  | 'read'
  | 'submit'
  | 'update'
  | 'withdraw'
  | 'review'
  | 'hide'
  | 'restore'
  | 'appeal'
  | 'read-moderation'
  | 'decide-appeal';

export type PostSubject = { authorId: string; kind: PostKind };
export type AppAbility = MongoAbility<[PostAction, 'Post' | (ForcedSubject<'Post'> & PostSubject)]>;

/** A post as the abilities see it. */
export function postSubject(post: { author_id: string; post_kind: PostKind }) {
  return subject('Post', { authorId: post.author_id, kind: post.post_kind });
}

/**
 * The abilities of one person over posts, from their role and the capabilities the guideline
 * gives them now. Evaluated per request, so a phase change or a passed training applies at
 * once. Conditions on `authorId` keep foreign posts out; nobody reviews their own post.
 */
export function defineAbilities(
  user: { id: string; role: Role },
  capabilities: readonly Capability[],
): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const has = new Set(capabilities);
  const own = { authorId: user.id };

  can('read', 'Post', own);
  can(['update', 'withdraw', 'appeal', 'read-moderation'], 'Post', own);
  for (const [kind, capability] of Object.entries(SUBMIT_ACTION)) {
    if (has.has(capability)) can('submit', 'Post', { kind: kind as PostKind });
  }
  if (has.has('approve')) {
    can(['read', 'review'], 'Post');
    cannot('review', 'Post', own);
  }
  if (has.has('moderate')) {
    can(['read', 'hide', 'restore', 'read-moderation'], 'Post');
  }
  if (user.role === 'communications-lead') {
    can(['read', 'read-moderation', 'decide-appeal'], 'Post');
    // The final say decides appeals against others' decisions, not on their own post.
    cannot('decide-appeal', 'Post', own);
  }
  return build();
}
