import { dirname, relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT = resolve(import.meta.dirname, 'out/cli');

/**
 * The core finds the repository's files (fonts, the built renderer) from `import.meta.dirname`; once
 * bundled into out/cli that is out/cli. Each module gets its own folder back, relative to the bundle,
 * so the bundle still works wherever the repository is.
 */
function sourceDirname(): Plugin {
  return {
    name: 'bhxh-source-dirname',
    transform(code, id) {
      if (!code.includes('import.meta.dirname') || id.includes('node_modules')) return null;
      const rel = relative(OUT, dirname(id)).split('\\').join('/');
      return {
        code: code.replaceAll('import.meta.dirname', `(import.meta.dirname + ${JSON.stringify(`/${rel}`)})`),
        map: null,
      };
    },
  };
}

/**
 * The command line as plain JavaScript for Node 24 (`npm run cli` runs it through scripts/cli.mjs,
 * which rebuilds it when a source is newer). Dependencies stay in node_modules; each command is its
 * own chunk, loaded when used.
 */
export default defineConfig({
  // The launcher may run from any folder: the root (and its package.json, whose dependencies stay
  // external) is the repository's.
  root: import.meta.dirname,
  plugins: [sourceDirname()],
  ssr: { external: true },
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: OUT,
    emptyOutDir: false,
    target: 'node24',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'electron/cli/main.ts'),
        // The browser mode's worker thread (electron/core/heavy), found beside the chunks by name.
        'heavy-worker': resolve(import.meta.dirname, 'electron/core/heavy/heavy-worker.ts'),
      },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        // Beside main.js: the dirname rewrite above assumes every chunk lives in out/cli.
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
