/**
 * The tiket.com partner-API sandbox as a standalone server (`npx tsx src/sandbox/run-tiket-sandbox.ts`).
 * Env: PORT (default 8788), HOST (default 127.0.0.1), TIKET_SANDBOX_DEPOSIT,
 * TIKET_SANDBOX_ORDER_EXPIRY_SECONDS, TIKET_SANDBOX_ISSUE_DELAY_MS, TIKET_SANDBOX_SEARCH_REFRESH_MS.
 */
import { startTiketSandbox } from "./tiket/index.js";
import { listenFailure, numberFromEnv } from "./standalone-env.js";

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const port = numberFromEnv("PORT") ?? 8788;
const host = process.env.HOST?.trim() || "127.0.0.1";
const sandbox = await startTiketSandbox({
  port,
  host,
  initialDeposit: numberFromEnv("TIKET_SANDBOX_DEPOSIT"),
  orderExpirySeconds: numberFromEnv("TIKET_SANDBOX_ORDER_EXPIRY_SECONDS"),
  issueDelayMs: numberFromEnv("TIKET_SANDBOX_ISSUE_DELAY_MS"),
  searchRefreshMs: numberFromEnv("TIKET_SANDBOX_SEARCH_REFRESH_MS"),
}).catch((e: unknown) => {
  // One line naming the setting (listen EADDRINUSE alone does not say which), exit 1.
  process.stderr.write(`${listenFailure(e, port, host)}\n`);
  process.exit(1);
});

const c = sandbox.credentials;
out(`tiket.com sandbox listening on ${sandbox.origin}`);
out(`  TIKET_BASE_URL=${sandbox.origin}`);
out(`  TIKET_SECRET_KEY=${c.secretKey}`);
out(`  TIKET_BUSINESS_ID=${c.businessId}`);
out(`  TIKET_BUSINESS_NAME=${c.businessName}`);
out(`  TIKET_CONFIRM_KEY=${c.confirmKey}`);
out(`  TIKET_USERNAME=${c.username}`);
out(`  User-Agent: twh:${c.businessId};${c.businessName};`);
out(`  controls: ${sandbox.origin}/__sandbox/state (see src/sandbox/tiket/http/control-routes.ts)`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  out(`${signal}: closing the sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
