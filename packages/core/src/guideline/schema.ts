/**
 * The guideline file, written once as zod schemas. TypeScript types are inferred
 * from it and docs/guideline.schema.json is generated from it (`npm run schema`).
 * Keys marked stable in DESIGN.md (organisation.name, voice.addressForm,
 * terms.confidential, terms.competitors, channels.<id>.maxLength) keep their meaning.
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '@kebab');
const text = z.string().min(1, '@empty');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '@date')
  .or(z.date().transform((d) => d.toISOString().slice(0, 10)));

export const addressFormSchema = z
  .enum(['u', 'jij'])
  .describe('Formal "u" or informal "jij/je" when addressing a reader');
export const severitySchema = z.enum(['error', 'warning', 'info', 'off']);
export const postKindSchema = z.enum(['personal', 'corporate', 'reply']);
export const roleSchema = z.enum([
  'administrator',
  'communications-lead',
  'webcare-agent',
  'employee',
]);
export const actionSchema = z
  .enum([
    'post-corporate',
    'reply-customers',
    'share-ambassador',
    'approve',
    'moderate',
    'edit-guideline',
    'manage-users',
  ])
  .describe('Something a person may do in Leidraad');

const localizedText = z.object({ nl: text.optional(), en: text.optional() }).strict();

export const termSchema = z.union([text, z.object({ term: text, note: text.optional() }).strict()]);

export const organisationSchema = z
  .object({
    name: text.describe('The employer, used by `disclosure` and `first-person`'),
    aliases: z.array(text).default([]).describe('Other names people use for the organisation'),
    sector: text.optional(),
    website: z.url().optional(),
    codeOfConduct: z
      .object({ title: text, url: z.url().optional(), summary: text.optional() })
      .strict()
      .optional()
      .describe('The code of conduct this guideline builds on'),
    reviewDate: isoDate.optional().describe('When the guideline is reviewed next'),
  })
  .strict();

export const coreValueSchema = z
  .object({ id, name: text, description: text, inPractice: z.array(text).default([]) })
  .strict();

export const voiceSchema = z
  .object({
    addressForm: addressFormSchema.describe('The default address form; channels may override it'),
    register: text.optional().describe('How we sound: plain words, active voice, human'),
    signature: text
      .optional()
      .describe('How replies are signed; {initials} and {name} are filled in (e.g. "^{initials}")'),
    principles: z.array(text).default([]),
    examples: z
      .array(z.object({ good: text, bad: text, why: text.optional() }).strict())
      .default([]),
  })
  .strict();

export const preferredSchema = z
  .object({ use: text, avoid: z.array(text).min(1), note: text.optional() })
  .strict();

export const termsSchema = z
  .object({
    confidential: z
      .array(termSchema)
      .default([])
      .describe('Confidential names: projects, clients, internal figures'),
    competitors: z.array(termSchema).default([]),
    clients: z.array(termSchema).default([]),
    preferred: z
      .array(preferredSchema)
      .default([])
      .describe('Preferred wording: use … instead of …'),
  })
  .catchall(z.array(termSchema))
  .describe('Named term lists; rules refer to them by name');

export const ruleSchema = z
  .object({
    id: id.describe('Stable rule id, reported with every finding'),
    type: z.enum(['do', 'dont']).describe('A do or a don\u2019t of the checklist'),
    title: text,
    rationale: text.describe('Why this rule exists'),
    examples: z
      .object({ good: z.array(text).default([]), bad: z.array(text).default([]) })
      .strict()
      .default({ good: [], bad: [] }),
    extends: z
      .string()
      .optional()
      .describe('The check kind this rule extends; omit for advice without a machine check'),
    options: z.record(z.string(), z.unknown()).default({}).describe('Options of the check kind'),
    severity: severitySchema.default('warning'),
    severities: z
      .record(z.string(), severitySchema)
      .optional()
      .describe(
        'Severity per message id of the kind, e.g. { profanity: warning }; `off` drops those findings',
      ),
    appliesTo: z.array(postKindSchema).default(['personal', 'corporate', 'reply']),
    channels: z.array(z.string()).optional().describe('Only on these channels (all when omitted)'),
    message: localizedText.optional().describe('Overrides the kind\u2019s message'),
    article: id.optional().describe('Handbook anchor this rule enforces (defaults to the rule id)'),
  })
  .strict();

export const licenceSchema = z
  .object({
    id: text,
    name: text,
    attributionRequired: z.boolean().default(false),
    url: z.url().optional(),
  })
  .strict();

export const assetSchema = z
  .object({
    id: text,
    title: text.optional(),
    owner: text,
    licence: text,
    expires: isoDate.optional(),
    attribution: text.optional(),
    hash: text.optional(),
    portraitConsent: z.boolean().optional(),
  })
  .strict();

export const copyrightSchema = z
  .object({
    summary: text,
    licences: z.array(licenceSchema).default([]),
    attribution: text.optional().describe('How to credit a maker'),
    quoting: z.array(text).default([]).describe('Conditions for quoting (Auteurswet art. 15a)'),
    portraits: text.optional().describe('Portrait rights (Auteurswet art. 19–21) and consent'),
    sharing: text.optional(),
    where: text.optional().describe('Where permissions and licences are kept: in one place'),
    assets: z.array(assetSchema).default([]).describe('The asset register'),
  })
  .strict();

export const situationSchema = z
  .object({
    id: id.describe(
      'Situation id; the stable ones are positive, incorrect-information, complaint, question, urgent, other',
    ),
    title: text,
    when: text.describe('How to recognise it'),
    steps: z.array(text).min(1),
    templates: z
      .object({ u: text.optional(), jij: text.optional() })
      .strict()
      .describe(
        'Reply templates per address form; placeholders {customer}, {initials}, {team}, {signature}',
      ),
    route: z
      .object({
        team: z.string(),
        dueInMinutes: z.number().int().positive(),
        escalate: z.boolean().default(false),
        escalateTo: z.string().optional(),
      })
      .strict(),
    examples: z.array(text).default([]).describe('Example messages, used by the classifier'),
    cues: z.array(text).default([]).describe('Words and phrases that signal this situation'),
  })
  .strict();

export const playbookSchema = z
  .object({
    intro: text.optional(),
    always: z.array(text).default([]),
    situations: z.array(situationSchema).min(1),
  })
  .strict();

export const teamSchema = z
  .object({
    id,
    name: text,
    contact: text.optional(),
    hours: text.optional(),
    tasks: z.array(text).default([]),
  })
  .strict();

export const responsibilitiesSchema = z
  .object({
    finalSay: z
      .object({
        team: z.string(),
        role: text,
        contact: text.optional(),
        description: text.optional(),
      })
      .strict()
      .describe('Who has the final say over online communication'),
    teams: z.array(teamSchema).min(1),
    advice: z
      .array(z.object({ topic: text, who: text, contact: text.optional() }).strict())
      .default([]),
    roles: z
      .array(z.object({ role: roleSchema, name: text, tasks: z.array(text).default([]) }).strict())
      .default([]),
  })
  .strict();

export const moderationSchema = z
  .object({
    principles: z.array(text).min(1),
    reasons: z
      .array(z.object({ id, text, article: z.string().optional() }).strict())
      .min(1)
      .describe('House-rule reasons a post may be hidden for; each cites an article'),
    whoMayHide: z.array(roleSchema).default(['communications-lead']),
    notifyAuthor: z.boolean().default(true),
    appeal: text.describe('How an author appeals'),
    neverDelete: z.boolean().default(true).describe('Posts are hidden, never deleted'),
    ladder: z.array(text).default([]),
  })
  .strict();

export const phaseIdSchema = z.enum(['pioneer', 'growing', 'mature', 'integrated']);

export const maturitySchema = z
  .object({
    phase: phaseIdSchema.describe('The organisation\u2019s current phase'),
    phases: z
      .array(
        z
          .object({
            id: phaseIdSchema,
            name: text,
            description: text,
            review: text.optional(),
            may: z
              .partialRecord(roleSchema, z.array(actionSchema))
              .describe('What each role may do in this phase (besides training unlocks)'),
            teams: z
              .record(z.string(), z.array(actionSchema))
              .default({})
              .describe('What members of a team may do in this phase, whatever their role'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const trainingSchema = z
  .object({
    modules: z.array(
      z
        .object({
          id,
          title: text,
          summary: text,
          lessons: z.array(text).default([]),
          rules: z
            .array(z.string())
            .default([])
            .describe('Rules whose good/bad examples make the quiz'),
          unlocks: z.array(actionSchema).default([]),
          minPhase: phaseIdSchema.optional().describe('Unlocks apply from this phase on'),
          durationMinutes: z.number().int().positive().optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const approvalStepSchema = z
  .object({
    id,
    name: text,
    roles: z.array(roleSchema).default([]),
    teams: z.array(z.string()).default([]),
  })
  .strict()
  .describe(
    'One review step. The reviewer needs the `approve` permission and, when roles or teams are given, one of those roles or membership of one of those teams',
  );

export const approvalFlowSchema = z
  .object({
    phases: z
      .array(phaseIdSchema)
      .optional()
      .describe('The phases it applies in (all if left out)'),
    channels: z
      .array(z.string())
      .optional()
      .describe('The channels it applies to (all if left out)'),
    kinds: z.array(postKindSchema).optional().describe('The kinds of post (all if left out)'),
    steps: z.array(approvalStepSchema).min(1),
  })
  .strict();

export const channelIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, '@channelId');

export const channelSchema = z
  .object({
    name: text.optional(),
    maxLength: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Length limit, counted the way the network counts'),
    counting: z.enum(['graphemes', 'x', 'utf16']).default('graphemes'),
    linkLength: z.number().int().positive().optional(),
    maxHashtags: z.number().int().nonnegative().optional(),
    maxMentions: z.number().int().nonnegative().optional(),
    maxLinks: z.number().int().nonnegative().optional(),
    addressForm: addressFormSchema
      .optional()
      .describe('Overrides voice.addressForm on this channel'),
    accounts: z.array(text).default([]).describe('The organisation\u2019s official accounts'),
    purpose: text.optional(),
  })
  .strict();

export const sectionSchema = z
  .object({ id, title: text, body: text })
  .strict()
  .describe('A free handbook section');

export const guidelineSchema = z
  .object({
    version: z.literal(1).describe('Version of the guideline file format'),
    language: z.enum(['nl', 'en']),
    title: text,
    organisation: organisationSchema,
    scope: text.describe('Who and what this guideline covers'),
    coreValues: z.array(coreValueSchema).min(1),
    voice: voiceSchema,
    terms: termsSchema.default({ confidential: [], competitors: [], clients: [], preferred: [] }),
    rules: z
      .array(ruleSchema)
      .default([])
      .describe('The do\u2019s and don\u2019ts, each optionally enforced by a check kind'),
    copyright: copyrightSchema,
    playbook: playbookSchema,
    responsibilities: responsibilitiesSchema,
    moderation: moderationSchema,
    maturity: maturitySchema,
    training: trainingSchema,
    approvals: z
      .array(approvalFlowSchema)
      .default([])
      .describe(
        'Who reviews submitted posts: the first flow whose phases, channels and kinds match applies; a post no flow matches needs no review',
      ),
    channels: z.record(channelIdSchema, channelSchema).default({}),
    sections: z
      .array(sectionSchema)
      .default([])
      .describe('Further handbook sections (sanctions, crisis, …)'),
  })
  .strict();

export type Guideline = z.output<typeof guidelineSchema>;
export type GuidelineInput = z.input<typeof guidelineSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type Channel = z.output<typeof channelSchema>;
export type Situation = z.output<typeof situationSchema>;
export type Term = z.output<typeof termSchema>;
export type Role = z.output<typeof roleSchema>;
export type Action = z.output<typeof actionSchema>;
export type PhaseId = z.output<typeof phaseIdSchema>;
export type ApprovalFlow = z.output<typeof approvalFlowSchema>;
export type ApprovalStep = z.output<typeof approvalStepSchema>;
export type TrainingModule = z.output<typeof trainingSchema>['modules'][number];
