import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { freePort } from "../../test/support/redis-server.js";

/**
 * The MMBC sandbox in a child process (`npm run sandbox`): in production the airline API is another
 * machine, and both the bot and its peer call it, so the sandbox's own CPU (fare generation,
 * PDF rendering) must not be billed to our bot. It still answers with no injected latency.
 */
export async function startSandboxProcess(): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/sandbox/run-sandbox.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", MMBC_SANDBOX_BALANCE: "10000000000" },
    // Piped, not inherited: a child holding our stdout would keep `npm run … | tee` open after we exit.
    stdio: ["ignore", "pipe", "pipe"],
  });
  // If the bench dies, the sandbox must not outlive it.
  const kill = () => child.kill("SIGTERM");
  process.once("exit", kill);
  child.once("exit", () => process.off("exit", kill));
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[sandbox] ${chunk.toString()}`));
  const lines = createInterface({ input: child.stdout! });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the MMBC sandbox did not start within 15 s")), 15_000);
    child.once("exit", (code) => reject(new Error(`the MMBC sandbox exited with code ${code}`)));
    lines.on("line", (line) => {
      const m = /MMBC_BASE_URL=(\S+)/.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  return { baseUrl, child };
}
