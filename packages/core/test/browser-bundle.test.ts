/**
 * Core runs in the browser: it bundles for the browser platform with nothing from Node,
 * and the bundle checks a post exactly as Node does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadChecker } from '../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the browser bundle of core', () => {
  it('builds for the browser without Node built-ins and checks and classifies as in Node', async () => {
    const result = await build({
      stdin: {
        contents:
          "import { compileClassifier, loadChecker, loadGuideline } from './packages/core/src/index.ts'; globalThis.__check = (src, text) => loadChecker(src).check({ text, as: 'personal' }); globalThis.__classify = (src, text) => compileClassifier(loadGuideline(src)).classify(text, { channel: 'x' });",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((i) => i.startsWith('node:') || /^(fs|path|process|crypto)$/.test(i)),
    ).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code.length).toBeGreaterThan(0);
    const sandbox: {
      __check?: (src: string, text: string) => unknown;
      __classify?: (src: string, text: string) => unknown;
    } = {};
    new Function('globalThis', 'window', 'self', code)(sandbox, sandbox, sandbox);
    const source = readFileSync(join(root, 'guidelines/nl.yaml'), 'utf8');
    const text = 'Morgen lanceren we Project Zeus! Mail jan.jansen@gmail.com, sukkel.';
    expect(sandbox.__check?.(source, text)).toEqual(
      loadChecker(source).check({ text, as: 'personal' }),
    );
  });
});
