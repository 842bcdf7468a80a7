import { resolve } from 'node:path';
import type { Guideline, Lang } from '@leidraad/core';
import { type Classifier, compileClassifier } from '@leidraad/core';
import { oneOf, parse } from '../args.js';
import { formatClassification } from '../format/classify.js';
import { loadGuidelineCached } from '../guideline-cache.js';
import { resolveGuideline } from '../guideline-source.js';
import { type Io, readStdin, readText, UsageError } from '../io.js';
import { parseLang } from '../main.js';
import { runClassifyBatch } from './classify-batch.js';

const FORMATS = ['text', 'json'] as const;

export type Agent = { customer?: string; initials?: string; name?: string };

/** `leidraad classify [FILE|-]` and `leidraad classify --batch FILE`. */
export async function runClassify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    guideline: { type: 'string', short: 'g' },
    channel: { type: 'string', short: 'c' },
    lang: { type: 'string' },
    format: { type: 'string', short: 'f' },
    batch: { type: 'string', short: 'b' },
    customer: { type: 'string' },
    initials: { type: 'string' },
    name: { type: 'string' },
  });
  const lang = parseLang(values.lang);
  const format = oneOf('--format', values.format, FORMATS, 'text');
  if (positionals.length > 1)
    throw new UsageError(`expected one FILE or -, got ${positionals.join(' ')}`);
  const src = await resolveGuideline(io, values.guideline, lang);
  const guideline = loadGuidelineCached(src.source, src.file, io.env, lang);
  const classifier = compileClassifier(guideline);
  const messageLang: Lang = lang ?? guideline.language;
  const channel = values.channel;
  checkChannel(guideline, channel);
  const agent: Agent = {
    ...(values.customer !== undefined ? { customer: values.customer } : {}),
    ...(values.initials !== undefined ? { initials: values.initials } : {}),
    ...(values.name !== undefined ? { name: values.name } : {}),
  };
  if (values.batch !== undefined) {
    if (positionals.length > 0)
      throw new UsageError('--batch takes the file itself; drop the extra FILE');
    return runClassifyBatch(io, classifier, guideline, {
      file: values.batch,
      lang: messageLang,
      channel,
      agent,
    });
  }
  const name = positionals[0] ?? '-';
  const text = name === '-' ? await readStdin(io) : await readText(resolve(io.cwd, name), name);
  if (!text.trim()) throw new UsageError(`${name === '-' ? 'standard input' : name} is empty`);
  const result = classify(classifier, text, channel, agent);
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify(result)}\n`
      : formatClassification(text, result, messageLang),
  );
  return 0;
}

export function classify(
  classifier: Classifier,
  text: string,
  channel: string | undefined,
  agent: Agent,
) {
  return classifier.classify(text, { ...agent, ...(channel !== undefined ? { channel } : {}) });
}

function checkChannel(guideline: Guideline, channel: string | undefined): void {
  if (channel === undefined || Object.hasOwn(guideline.channels, channel)) return;
  const known = Object.keys(guideline.channels).join(', ');
  throw new UsageError(`unknown channel "${channel}" (this guideline has: ${known})`);
}
