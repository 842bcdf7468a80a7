// Prints the gzipped size of what the composer route loads first: the entry chunk of
// index.html, every chunk it imports statically (recursively) and their CSS. The composer
// is part of the entry; everything lazy (guideline editor, admin pages) is left out.
// Run after `vite build`: `node packages/web/scripts/size.mjs [--max-kb 300]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const maxArg = process.argv.indexOf('--max-kb');
const maxKb = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 300;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry) {
  console.error('size: no entry in the manifest; run `vite build` first');
  process.exitCode = 2;
} else {
  const files = new Set(['index.html']);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entry);

  let raw = 0;
  let gzip = 0;
  const rows = [];
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += gz;
    rows.push([file, bytes.length, gz]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const [file, r, g] of rows)
    console.log(`${file.padEnd(44)} ${kb(r).padStart(10)} ${kb(g).padStart(10)} gzip`);
  console.log(`composer first load: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${maxKb} KB gzip)`);
  if (gzip / 1024 > maxKb) {
    console.error(`size: over budget by ${kb(gzip - maxKb * 1024)}`);
    process.exitCode = 1;
  }
}
