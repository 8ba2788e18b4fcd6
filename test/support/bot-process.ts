import { spawn, type ChildProcess } from "node:child_process";

export interface BotProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together (for log checks). */
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * The bot in its own process with only the environment given here: `src/main.ts` under tsx, or
 * `entry` (a built script such as the bundle) as `node` runs it.
 */
export function startBotProcess(env: Record<string, string | undefined>, entry?: string): BotProcess {
  const child = spawn(process.execPath, entry ? [entry] : ["--import", "tsx", "src/main.ts"], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}
