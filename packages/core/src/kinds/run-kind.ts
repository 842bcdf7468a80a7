import type { Finding, Severity } from '../findings.js';
import { format, type Lang } from '../i18n.js';
import { words } from '../text/words.js';
import type {
  AddressForm,
  ChannelInfo,
  CheckInput,
  CheckKind,
  CompileContext,
  Report,
} from './types.js';

/** Options for running one kind on its own (tests, docs examples, benchmarks). */
export type RunKindOptions = {
  lang?: Lang;
  channel?: ChannelInfo;
  addressForm?: AddressForm;
  context?: Partial<CompileContext>;
  severity?: Severity;
  rule?: string;
};

export const DEFAULT_CONTEXT: CompileContext = {
  org: { name: 'Spoorland', aliases: [], addressForm: 'u' },
  termList: () => undefined,
  assets: [],
};

/**
 * Compile a kind with options and run it on one input, returning findings with
 * formatted messages. The engine does the same for every rule of a guideline.
 */
export function runKind<O>(
  kind: CheckKind<O>,
  options: unknown,
  input: CheckInput | string,
  opts: RunKindOptions = {},
): Finding[] {
  const parsed = kind.options.parse(options ?? {});
  const context = { ...DEFAULT_CONTEXT, ...opts.context };
  const check = kind.compile(parsed, context);
  const post: CheckInput = typeof input === 'string' ? { text: input, as: 'personal' } : input;
  const lang = opts.lang ?? 'nl';
  const findings: Finding[] = [];
  check({
    input: post,
    text: post.text,
    words: words(post.text),
    channel: opts.channel,
    addressForm: opts.addressForm ?? opts.channel?.addressForm ?? context.org.addressForm,
    lang,
    report(r: Report) {
      const template = kind.messages[r.messageId];
      if (!template) throw new Error(`${kind.id}: unknown messageId ${r.messageId}`);
      findings.push({
        rule: opts.rule ?? kind.id,
        severity: opts.severity ?? 'error',
        start: r.start,
        end: r.end,
        messageId: r.messageId,
        message: format(template[lang], r.data),
        guideline: opts.rule ?? kind.id,
        ...(r.fix ? { fix: r.fix } : {}),
      });
    },
  });
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
