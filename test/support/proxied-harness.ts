import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { startHarness, type Harness } from "./bot-harness.js";
import { startMmbcAnswerProxy, type MmbcAnswerProxy } from "./mmbc-answer-proxy.js";

/**
 * A bot whose MMBC is the real sandbox behind the answer-rewriting proxy (mmbc-answer-proxy.ts): for tests
 * of answers the sandbox never gives. `proxy.sandbox.controls` are the sandbox's own.
 */
export async function startProxiedHarness(): Promise<{ h: Harness; proxy: MmbcAnswerProxy; close(): Promise<void> }> {
  const sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
  const proxy = await startMmbcAnswerProxy(sandbox);
  const h = await startHarness({ sandbox: proxy.sandbox });
  return {
    h,
    proxy,
    async close() {
      await h.close();
      await proxy.close();
      await sandbox.close();
    },
  };
}
