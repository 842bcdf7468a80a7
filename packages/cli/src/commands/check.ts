import { resolve } from 'node:path';
import {
  type Checker,
  type CheckInput,
  compileGuideline,
  KINDS,
  type Lang,
  type Media,
  POST_KINDS,
  type PostKind,
} from '@leidraad/core';
import { oneOf, parse } from '../args.js';
import { toSarif } from '../format/sarif.js';
import { formatText } from '../format/text.js';
import { loadGuidelineCached } from '../guideline-cache.js';
import { resolveGuideline } from '../guideline-source.js';
import { type Io, readStdin, readText, UsageError } from '../io.js';
import { parseLang, VERSION } from '../main.js';
import { runBatch } from './batch.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** `leidraad check [FILE|-]` and `leidraad check --batch FILE`. */
export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    guideline: { type: 'string', short: 'g' },
    channel: { type: 'string', short: 'c' },
    as: { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string', short: 'f' },
    batch: { type: 'string', short: 'b' },
    media: { type: 'string', multiple: true },
  });
  const lang = parseLang(values.lang);
  const format = oneOf('--format', values.format, FORMATS, 'text');
  const as = oneOf('--as', values.as, POST_KINDS, 'personal');
  if (positionals.length > 1)
    throw new UsageError(`expected one FILE or -, got ${positionals.join(' ')}`);
  const src = await resolveGuideline(io, values.guideline, lang);
  const checker = compileGuideline(loadGuidelineCached(src.source, src.file, io.env, lang), KINDS);
  const messageLang: Lang = lang ?? checker.guideline.language;
  const channel = values.channel;
  if (channel !== undefined && !checker.channel(channel)) {
    const known = Object.keys(checker.guideline.channels).join(', ');
    throw new UsageError(`unknown channel "${channel}" (this guideline has: ${known})`);
  }
  if (values.batch !== undefined) {
    if (positionals.length > 0)
      throw new UsageError('--batch takes the file itself; drop the extra FILE');
    return runBatch(io, checker, { file: values.batch, lang: messageLang, as, channel });
  }
  const name = positionals[0] ?? '-';
  const text = name === '-' ? await readStdin(io) : await readText(resolve(io.cwd, name), name);
  const input: CheckInput = {
    text,
    as,
    ...(channel !== undefined ? { channel } : {}),
    ...(values.media ? { media: values.media.map(parseMedia) } : {}),
  };
  const result = checker.check(input, { lang: messageLang });
  writeResult(io, checker, format, name, text, result, messageLang);
  return result.summary.errors > 0 ? 1 : 0;
}

function writeResult(
  io: Io,
  checker: Checker,
  format: (typeof FORMATS)[number],
  name: string,
  text: string,
  result: ReturnType<Checker['check']>,
  lang: Lang,
): void {
  if (format === 'json') io.stdout.write(`${JSON.stringify(result)}\n`);
  else if (format === 'sarif') {
    const uri = name === '-' ? 'stdin' : name;
    io.stdout.write(
      `${JSON.stringify(toSarif(checker.guideline, [{ uri, text, result }], VERSION), null, 2)}\n`,
    );
  } else io.stdout.write(formatText(text, result, lang, name === '-' ? '<stdin>' : name));
}

export function isPostKind(value: unknown): value is PostKind {
  return typeof value === 'string' && (POST_KINDS as readonly string[]).includes(value);
}

/** `--media photo.jpg` or `--media photo.jpg#asset-id` (an entry of the asset register). */
function parseMedia(value: string): Media {
  const hash = value.lastIndexOf('#');
  if (hash < 0) return { src: value };
  return { src: value.slice(0, hash), asset: value.slice(hash + 1) };
}
