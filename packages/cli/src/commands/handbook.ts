import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadGuideline, renderHtml, renderMarkdown } from '@leidraad/core';
import { oneOf, parse } from '../args.js';
import { resolveGuideline } from '../guideline-source.js';
import { describeFsError, type Io, UsageError } from '../io.js';
import { parseLang } from '../main.js';
import { t } from '../messages.js';

/** `leidraad handbook [--format html|md] [-o OUT]`: the guideline as one readable page. */
export async function runHandbook(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    guideline: { type: 'string', short: 'g' },
    lang: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
  });
  const askedLang = parseLang(values.lang);
  const format = oneOf(
    '--format',
    values.format,
    ['html', 'md'] as const,
    guessFormat(values.output),
  );
  const src = await resolveGuideline(io, values.guideline, askedLang);
  const guideline = loadGuideline(src.source, src.file, { lang: askedLang ?? 'nl' });
  const lang = askedLang ?? guideline.language;
  const out = format === 'md' ? renderMarkdown(guideline, lang) : renderHtml(guideline, lang);
  if (values.output === undefined || values.output === '-') {
    io.stdout.write(out);
    return 0;
  }
  try {
    await writeFile(resolve(io.cwd, values.output), out);
  } catch (e) {
    throw new UsageError(`cannot write ${values.output}: ${describeFsError(e)}`);
  }
  io.stderr.write(`${t(lang, 'written', { file: values.output })}\n`);
  return 0;
}

function guessFormat(output: string | undefined): 'html' | 'md' {
  return output?.endsWith('.md') ? 'md' : 'html';
}
