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


/** A listen error as the setting to change (sandbox/ may not use server/listen-errors.ts). */
function listenFailure(err: unknown, port: number, host: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") return `PORT=${port} is in use by another process: stop it, or set PORT to a free port (1–65535)`;
  if (code === "EACCES") return `PORT=${port} needs privileges to listen on: set PORT to a port from 1024 to 65535`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EADDRNOTAVAIL") return `HOST="${host}" is not an address of this machine: set HOST to an interface, e.g. 127.0.0.1`;
  return err instanceof Error ? err.message : String(err);
}

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
