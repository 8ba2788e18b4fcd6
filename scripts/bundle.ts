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
  external: EXTERNAL,
  logLevel: "warning",
  // The CommonJS packages inside (grammY's node-fetch, undici's helpers…) call require() and read
  // __dirname, which an ES module doesn't have; each output file gets its own.
  banner: {
    js: [
      'import { createRequire as __bundleRequire } from "node:module";',
      'import { fileURLToPath as __bundleFileURLToPath } from "node:url";',
      'import { dirname as __bundleDirname } from "node:path";',
      "const require = __bundleRequire(import.meta.url);",
      "const __filename = __bundleFileURLToPath(import.meta.url);",
      "const __dirname = __bundleDirname(__filename);",
    ].join(" "),
  },
});
