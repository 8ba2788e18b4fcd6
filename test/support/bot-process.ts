import { spawn, type ChildProcess } from "node:child_process";

export interface BotProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together (for log checks). */
  output: () => string;
  exited: Promise<number | null>;
}

/** The bot as deployed: `src/main.ts` in its own process with only the environment given here. */
export function startBotProcess(env: Record<string, string | undefined>): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}
