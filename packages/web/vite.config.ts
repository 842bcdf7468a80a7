import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The composer route must stay small: the guideline editor and the admin pages are
// split off with React.lazy; CodeMirror only loads with the guideline editor.
//
// Core is pure (no module does anything on import but build its own tables), so modules
// of core and of the lexicon packages that only its classifier uses may be dropped when
// nothing imported from them is used: the composer then does not carry the classifier's
// lexicons or the YAML parser. (Core's package.json says `"sideEffects": false` for every
// bundler; the lexicon packages and yaml do not say it themselves.)
const PURE = /[\\/](packages[\\/]core[\\/]|node_modules[\\/](yaml|sentiment|@nlpjs)[\\/])/;
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: scripts/size.mjs reads which chunks the first load needs.
    manifest: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !PURE.test(id) },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
