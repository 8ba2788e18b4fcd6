/**
 * `npm run sandbox`: the MMBC sandbox as a standalone server.
 * Env: PORT (default 8787), HOST (default 127.0.0.1), MMBC_SANDBOX_TIMELIMIT_SECONDS, MMBC_SANDBOX_BALANCE.
 */
import { startMmbcSandbox } from "./mmbc/index.js";

function numberFromEnv(name: string): number | undefined {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} must be a non-negative number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const sandbox = await startMmbcSandbox({
  port: numberFromEnv("PORT") ?? 8787,
  host: process.env.HOST?.trim() || "127.0.0.1",
  timelimitSeconds: numberFromEnv("MMBC_SANDBOX_TIMELIMIT_SECONDS"),
  initialBalance: numberFromEnv("MMBC_SANDBOX_BALANCE"),
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
