/**
 * `npm run build`'s second step: the bot's entry as one ESM bundle in build/bundle/ (what `npm start`
 * and the image run). Node spends most of a cold start finding, reading and compiling hundreds of small
 * module files (zod, undici, grammY, date-fns…); one bundle reads a handful, which takes the import of
 * the app from ~0.7–1 s to ~0.35–0.5 s here (`npx tsx bench/startup.ts`). Lazy imports (the sandboxes,
 * the worker, tiket.com) stay lazy as chunks of their own.
 *
 * Left outside the bundle, loaded from node_modules as before: packages that read files next to their
 * own code at runtime (BullMQ's Lua scripts, pino's transport workers, satori's and resvg's WASM and
 * native binary) and ioredis, which BullMQ must share with the app. tsc's per-file build/ stays too:
 * the compose file's shared sandbox runs build/sandbox/run-sandbox.js from it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { build } from "esbuild";

const EXTERNAL = ["bullmq", "ioredis", "pino", "pino-pretty", "satori", "@resvg/resvg-js", "pdf-lib"];

await build({
  entryPoints: ["src/main.ts"],
  outdir: "build/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  // Without comments and indentation: V8 keeps each loaded chunk's source in the heap for lazy
  // compilation, as two bytes a character when a comment holds one non-ASCII character ("→", "👍").
  // Names stay (no identifier minifying), so stack traces still name functions; the maps give lines.
  minifyWhitespace: true,
  legalComments: "none",
  external: EXTERNAL,
  logLevel: "warning",
  // The CommonJS packages inside (grammY's node-fetch, undici's helpers…) call require() and read
  // __dirname, which an ES module doesn't have. Nothing is declared at the top of the output (a module
  // of ours or a dependency declaring `require` or `__dirname` itself would collide with it): require
  // is a global set once (it only loads node's built-ins and optional packages, from anywhere in the
  // project), and __dirname / __filename become the module's own import.meta ones (node ≥ 20.11).
  banner: { js: 'import { createRequire as __bundleCreateRequire } from "node:module"; globalThis.require ??= __bundleCreateRequire(import.meta.url);' },
  define: { __dirname: "import.meta.dirname", __filename: "import.meta.filename" },
});

// esbuild escapes non-ASCII in strings but not in regular expression literals: one "→" in a regex
// doubles the heap its whole chunk's source takes. Such a character is written as \u2192 instead.
function firstNonAscii(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return i;
  return -1;
}
for (const file of readdirSync("build/bundle").filter((f) => f.endsWith(".js"))) {
  const source = readFileSync(`build/bundle/${file}`, "utf8");
  const at = firstNonAscii(source);
  if (at >= 0) throw new Error(`build/bundle/${file} is not ASCII-only at ${JSON.stringify(source.slice(Math.max(0, at - 60), at + 20))}: escape the character (\\uXXXX) in its source`);
}
