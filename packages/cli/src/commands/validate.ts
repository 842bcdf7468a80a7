import { resolve } from 'node:path';
import { formatProblem, GuidelineError, KINDS, parseGuideline } from '@leidraad/core';
import { parse } from '../args.js';
import { resolveGuideline } from '../guideline-source.js';
import { type Io, readText } from '../io.js';
import { parseLang } from '../main.js';
import { t } from '../messages.js';

/** `leidraad validate [GUIDELINE]`: exit 0 when valid, 1 with every problem at file:line:col. */
export async function runValidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { lang: { type: 'string' } });
  const lang = parseLang(values.lang) ?? 'nl';
  const [file] = positionals;
  const src =
    file !== undefined
      ? { source: await readText(resolve(io.cwd, file), file), file }
      : await resolveGuideline(io, undefined, lang);
  try {
    const g = parseGuideline(src.source, src.file, KINDS, { lang });
    const checks = g.rules.filter((r) => r.extends && r.severity !== 'off').length;
    io.stdout.write(
      `${t(lang, 'guidelineOk', { file: src.file, rules: g.rules.length, checks })}\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof GuidelineError)) throw e;
    for (const p of e.problems) io.stderr.write(`${formatProblem(p)}\n`);
    return 1;
  }
}
