// Bundles the server (with the workspace packages core and contract, whose sources are
// TypeScript) into dist/index.js; every npm package stays external and is loaded from
// node_modules. Run by `npm run build` after the CLI build; `leidraad serve` imports it.
import { build } from 'esbuild';

/** Bare imports are external, except @leidraad/* (TypeScript sources: bundled). */
const externalNpm = {
  name: 'external-npm',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@leidraad/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

await build({
  entryPoints: [new URL('./src/index.ts', import.meta.url).pathname],
  outfile: new URL('./dist/index.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [externalNpm],
});
