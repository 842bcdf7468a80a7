import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from '../args.js';
import { builtinGuidelinePath, REPO_ROOT } from '../guideline-source.js';
import { type Io, readText, UsageError } from '../io.js';
import { parseLang } from '../main.js';
import { t } from '../messages.js';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** `leidraad init [DIR] [--lang nl|en] [--force]`: write the default guideline as leidraad.yaml. */
export async function runInit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    lang: { type: 'string' },
    force: { type: 'boolean' },
  });
  const lang = parseLang(values.lang) ?? 'nl';
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const target = join(dir, 'leidraad.yaml');
  if (existsSync(target) && !values.force) {
    throw new UsageError(
      `${relative(io.cwd, target) || target} already exists; use --force to overwrite it`,
    );
  }
  const template = await readText(builtinGuidelinePath(lang));
  let schema = relative(dir, join(REPO_ROOT, 'docs', 'guideline.schema.json'))
    .split('\\')
    .join('/');
  if (!schema.startsWith('.')) schema = `./${schema}`;
  const content = template.replace(SCHEMA_LINE, `# yaml-language-server: $schema=${schema}`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
  io.stdout.write(`${t(lang, 'written', { file: relative(io.cwd, target) || target })}\n`);
  return 0;
}
