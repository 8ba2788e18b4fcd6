/**
 * `npm run sandbox`: the MMBC sandbox as a standalone server.
 * Env: PORT (default 8787), HOST (default 127.0.0.1), MMBC_SANDBOX_TIMELIMIT_SECONDS, MMBC_SANDBOX_BALANCE.
 */
import { startMmbcSandbox } from "./mmbc/index.js";
import { listenFailure, numberFromEnv } from "./standalone-env.js";

const port = numberFromEnv("PORT") ?? 8787;
const host = process.env.HOST?.trim() || "127.0.0.1";
const sandbox = await startMmbcSandbox({
  port,
  host,
  timelimitSeconds: numberFromEnv("MMBC_SANDBOX_TIMELIMIT_SECONDS"),
  initialBalance: numberFromEnv("MMBC_SANDBOX_BALANCE"),
}).catch((e: unknown) => {
  // One line naming the setting (listen EADDRINUSE alone does not say which), exit 1.
  process.stderr.write(`${listenFailure(e, port, host)}\n`);
  process.exit(1);
});

console.log(`MMBC sandbox listening on ${sandbox.origin}`);
console.log(`  MMBC_BASE_URL=${sandbox.baseUrl}`);
console.log(`  MMBC_USERNAME=${sandbox.credentials.username}`);
console.log(`  MMBC_PASSWORD=${sandbox.credentials.password}`);
console.log(`  controls: ${sandbox.origin}/__sandbox/state (see src/sandbox/mmbc/http/control-routes.ts)`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing the sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
