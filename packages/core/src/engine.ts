import { type CheckResult, type Finding, type Severity, summarise } from './findings.js';
import type { KindRegistry } from './guideline/load.js';
import type { Guideline, Rule } from './guideline/schema.js';
import { format, type Lang } from './i18n.js';
import type {
  AddressForm,
  AssetEntry,
  ChannelInfo,
  CheckInput,
  CompileContext,
  CompiledCheck,
  PostKind,
  Report,
  RunContext,
  TermEntry,
} from './kinds/types.js';
import { detectLanguage } from './text/language.js';
import { words } from './text/words.js';

type CompiledRule = {
  id: string;
  severity: Severity;
  /** Severity per messageId where the rule overrides it; `off` drops the finding. */
  severities: Readonly<Record<string, Severity | 'off'>> | undefined;
  article: string;
  appliesTo: ReadonlySet<PostKind>;
  channels: ReadonlySet<string> | undefined;
  messages: Record<string, { nl: string; en: string }>;
  override: Rule['message'];
  run: CompiledCheck;
};

export type CheckOptions = {
  /** Language of the messages (defaults to the guideline's language). */
  lang?: Lang;
};

export type Checker = {
  readonly guideline: Guideline;
  /** Ids of the rules that run a check. */
  readonly ruleIds: readonly string[];
  check(input: CheckInput, options?: CheckOptions): CheckResult;
  channel(id: string | undefined): ChannelInfo | undefined;
};

/** Compile every enforced rule of a validated guideline once; then check posts fast. */
export function compileGuideline(guideline: Guideline, kinds: KindRegistry): Checker {
  const context = compileContext(guideline);
  const rules: CompiledRule[] = [];
  for (const rule of guideline.rules) {
    if (!rule.extends || rule.severity === 'off') continue;
    const kind = kinds[rule.extends];
    if (!kind) throw new Error(`rule ${rule.id}: unknown check kind "${rule.extends}"`);
    rules.push({
      id: rule.id,
      severity: rule.severity,
      severities: rule.severities,
      article: rule.article ?? rule.id,
      appliesTo: new Set(rule.appliesTo),
      channels: rule.channels ? new Set(rule.channels) : undefined,
      messages: kind.messages,
      override: rule.message,
      run: kind.compile(kind.options.parse(rule.options), context),
    });
  }
  const channels = new Map<string, ChannelInfo>();
  for (const [id, c] of Object.entries(guideline.channels)) {
    channels.set(id, {
      id,
      name: c.name ?? id,
      counting: c.counting,
      addressForm: c.addressForm ?? guideline.voice.addressForm,
      ...(c.maxLength !== undefined ? { maxLength: c.maxLength } : {}),
      ...(c.maxHashtags !== undefined ? { maxHashtags: c.maxHashtags } : {}),
      ...(c.maxMentions !== undefined ? { maxMentions: c.maxMentions } : {}),
      ...(c.maxLinks !== undefined ? { maxLinks: c.maxLinks } : {}),
      ...(c.linkLength !== undefined ? { linkLength: c.linkLength } : {}),
    });
  }

  /** The rules that apply to a kind of post on a channel, worked out once per pair. */
  const plans = new Map<PostKind, Map<string | undefined, CompiledRule[]>>();
  function rulesFor(as: PostKind, channel: string | undefined): CompiledRule[] {
    let byChannel = plans.get(as);
    if (!byChannel) {
      byChannel = new Map();
      if (plans.size < 16) plans.set(as, byChannel);
    }
    let list = byChannel.get(channel);
    if (!list) {
      list = rules.filter(
        (rule) =>
          rule.appliesTo.has(as) &&
          !(rule.channels && (channel === undefined || !rule.channels.has(channel))),
      );
      // channels are the caller's input: keep the table bounded
      if (byChannel.size < 256) byChannel.set(channel, list);
    }
    return list;
  }

  function check(input: CheckInput, options: CheckOptions = {}): CheckResult {
    const messageLang = options.lang ?? guideline.language;
    const tokens = words(input.text);
    const channel = input.channel === undefined ? undefined : channels.get(input.channel);
    const addressForm: AddressForm = channel?.addressForm ?? guideline.voice.addressForm;
    const lang = input.lang ?? detectLanguage(tokens, guideline.language);
    const findings: Finding[] = [];
    let current: CompiledRule | undefined;
    const ctx: RunContext = {
      input,
      text: input.text,
      words: tokens,
      channel,
      addressForm,
      lang,
      report(r: Report) {
        const rule = current;
        if (!rule) return;
        const severity = rule.severities?.[r.messageId] ?? rule.severity;
        if (severity === 'off') return;
        findings.push(toFinding(rule, severity, r, messageLang));
      },
    };
    const active = rulesFor(input.as, input.channel);
    for (let i = 0; i < active.length; i++) {
      const rule = active[i] as CompiledRule;
      current = rule;
      rule.run(ctx);
    }
    current = undefined;
    // most posts have no finding or one: sorting calls a builtin even then
    if (findings.length > 1) findings.sort(byPosition);
    return { findings, summary: summarise(findings) };
  }

  return {
    guideline,
    ruleIds: rules.map((r) => r.id),
    check,
    channel: (id) => (id === undefined ? undefined : channels.get(id)),
  };
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1);
}

function toFinding(rule: CompiledRule, severity: Severity, r: Report, lang: Lang): Finding {
  const template = rule.override?.[lang] ?? rule.messages[r.messageId]?.[lang] ?? r.messageId;
  const finding: Finding = {
    rule: rule.id,
    severity,
    start: r.start,
    end: r.end,
    messageId: r.messageId,
    message: format(template, r.data),
    guideline: rule.article,
  };
  if (r.fix) finding.fix = r.fix;
  return finding;
}

/** What kinds may read of the guideline besides their options. */
export function compileContext(g: Guideline): CompileContext {
  const lists = new Map<string, TermEntry[]>();
  for (const [name, entries] of Object.entries(g.terms)) {
    if (name === 'preferred') continue;
    lists.set(
      name,
      (entries as (string | TermEntry)[]).map((e) => (typeof e === 'string' ? { term: e } : e)),
    );
  }
  const assets: AssetEntry[] = g.copyright.assets.map((a) => ({ ...a }));
  return {
    org: {
      name: g.organisation.name,
      aliases: g.organisation.aliases,
      addressForm: g.voice.addressForm,
    },
    termList: (name) => lists.get(name),
    assets,
  };
}
