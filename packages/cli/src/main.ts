import { formatProblem, GuidelineError, LANGS, type Lang } from '@leidraad/core';
import { runAudit } from './commands/audit.js';
import { runCheck } from './commands/check.js';
import { runClassify } from './commands/classify.js';
import { runHandbook } from './commands/handbook.js';
import { runInit } from './commands/init.js';
import { runServe } from './commands/serve.js';
import { runToken } from './commands/token.js';
import { runValidate } from './commands/validate.js';
import { type Io, UsageError } from './io.js';

export const VERSION = '0.1.0';

const USAGE = `Usage: leidraad <command> [options]

Commands:
  init [DIR] [--lang nl|en] [--force]       write leidraad.yaml, the default guideline
  validate [GUIDELINE]                      check a guideline; errors as file:line:col
  check [FILE|-] [--guideline G] [--channel C] [--as personal|corporate|reply]
        [--lang nl|en] [--format text|json|sarif] [--media FILE[#ASSET]]…
  check --batch FILE.jsonl|FILE.csv [...]   check many posts, one JSON result per line
  classify [FILE|-] [--guideline G] [--channel C] [--format text|json]
        [--customer @HANDLE] [--initials XX] [--name NAME] [--lang nl|en]
                                            playbook situation, why, steps, draft reply, route
  classify --batch FILE.jsonl|FILE.csv [...] classify many messages, one JSON result per line
  handbook [--guideline G] [--lang nl|en] [--format html|md] [-o OUT]
  serve [--port 3000] [--host 0.0.0.0] [--db sqlite:PATH|postgres://…]
                                            web app and HTTP API (env PORT, HOST, DATABASE_URL)
  token create --email E [--role R] [--name N] [--db …]
                                            create the user if needed and print an API token
  audit verify [--db …] [--head FILE]       recompute the audit log's hash chain; exit 1 names
                                            the first broken seq
  audit export [--db …] [--format jsonl|csv] [-o OUT]
                                            write every audit event
  audit head [--db …] [-o FILE]             write the newest event's {seq, hash, at} to keep

Exit codes: 0 no errors, 1 error findings or an invalid guideline, 2 bad usage or unreadable input.
`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: runInit,
  validate: runValidate,
  check: runCheck,
  classify: runClassify,
  handbook: runHandbook,
  serve: runServe,
  token: runToken,
  audit: runAudit,
};

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`leidraad: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`leidraad ${command}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof GuidelineError) {
      for (const p of e.problems) io.stderr.write(`${formatProblem(p)}\n`);
      return 2;
    }
    io.stderr.write(`leidraad ${command}: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!(LANGS as readonly string[]).includes(value)) {
    throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got "${value}")`);
  }
  return value as Lang;
}
