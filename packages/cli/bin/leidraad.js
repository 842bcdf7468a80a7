#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/ by `npm run build` (run on `npm install`).
import { main } from '../dist/leidraad.js';

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
