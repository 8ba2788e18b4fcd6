/**
 * `npm run cli -- <command>`: asks the configured MMBC account (or the built-in sandbox) one thing
 * and prints the normalized answer. See USAGE in args.ts.
 */
import { runCli } from "./run-cli.js";

try {
  process.loadEnvFile();
} catch (e) {
  // No .env is fine: the environment alone may configure everything. An unreadable one is worth a word.
  if ((e as NodeJS.ErrnoException).code !== "ENOENT") console.error(`warning: .env not loaded: ${(e as Error).message}`);
}

process.exitCode = await runCli(process.argv.slice(2), process.env, {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
