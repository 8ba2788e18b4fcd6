import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import type { RunReply, RunRequest } from "./emulator-process.js";

/** A child that must not outlive the bench; its output is kept for error reports. */
export interface Child {
  child: ChildProcess;
  pid: number;
  /** ms from spawn until a line matched `ready` (startup to "bot ready"). */
  readyMs: number;
  output: () => string;
  stop(): Promise<void>;
}

export async function startChild(name: string, args: string[], env: Record<string, string | undefined>, ready: RegExp, ipc = false): Promise<Child & { match: RegExpExecArray }> {
  const spawnedAt = performance.now();
  let stopping = false;
  const child = spawn(process.execPath, args, { env, stdio: ipc ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"] });
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  child.once("exit", () => process.off("exit", kill));
  let out = "";
  // BENCH_OUTPUT_DIR=<dir>: each child's whole output is also written to <dir>/<name>.log (e.g. with --trace-gc).
  const outputDir = process.env.BENCH_OUTPUT_DIR;
  if (outputDir) mkdirSync(outputDir, { recursive: true });
  const log = outputDir ? createWriteStream(`${outputDir}/${name.replace(/\W+/g, "-")}.log`) : undefined;
  const keep = (d: Buffer) => {
    log?.write(d);
    out = (out + d.toString()).slice(-20_000);
  };
  child.stderr!.on("data", keep);
  const lines = createInterface({ input: child.stdout! });
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${out}`)), 60_000);
    child.once("exit", (code) => reject(new Error(`${name} exited with code ${code}:\n${out}`)));
    lines.on("line", (line) => {
      log?.write(line + "\n");
      out = (out + line + "\n").slice(-20_000);
      const m = ready.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
  });
  const readyMs = performance.now() - spawnedAt;
  child.once("exit", (code, signal) => {
    if (!stopping) process.stderr.write(`❌ ${name} exited (${code ?? signal}):\n${out.slice(-3000)}\n`);
  });
  return {
    child, pid: child.pid!, readyMs, match, output: () => out,
    stop: () => new Promise<void>((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const hard = setTimeout(() => child.kill("SIGKILL"), 30_000);
      child.once("exit", () => (clearTimeout(hard), resolve()));
      child.kill("SIGTERM");
    }),
  };
}

/** The emulator + agents process (bench/flow/emulator-process.ts), driven over IPC. */
export interface TelegramSide {
  apiRoot: string;
  run(req: Omit<RunRequest, "id">): Promise<RunReply>;
  stop(): Promise<void>;
}

export async function startTelegramSide(token: string, redisUrl: string): Promise<TelegramSide> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/flow/emulator-process.ts"], {
    env: { ...process.env, EMULATOR_TOKEN: token, REDIS_URL: redisUrl }, stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  child.once("exit", () => process.off("exit", kill));
  const pending = new Map<number, (r: RunReply) => void>();
  let nextId = 1;
  const apiRoot = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the emulator process exited with code ${code}`)));
    child.on("message", (m: { ready?: boolean; apiRoot?: string } & Partial<RunReply>) => {
      if (m.ready && m.apiRoot) resolve(m.apiRoot);
      else if (m.id !== undefined) {
        pending.get(m.id)?.(m as RunReply);
        pending.delete(m.id);
      }
    });
  });
  return {
    apiRoot,
    run: (req) => new Promise<RunReply>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ ...req, id });
    }),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.send({ stop: true });
    }),
  };
}

/**
 * The node flags the bot is deployed with: `npm start`'s, read from package.json (the Dockerfile's CMD
 * is kept equal by a test), so the benches measure the process as it runs in production.
 */
function startWords(): string[] {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/);
}

/** The environment `npm start` sets before `node` (`NAME=value` words, e.g. the allocator's MALLOC_ARENA_MAX). */
export function deployedEnv(): Record<string, string> {
  const words = startWords();
  return Object.fromEntries(words.slice(0, words.indexOf("node")).map((w) => w.split("=", 2) as [string, string]));
}

/** The node flags `npm start` runs the bot with. */
export function deployedNodeArgs(): string[] {
  const words = startWords();
  return words.slice(words.indexOf("node") + 1, -1);
}

/** The script `npm start` runs (the bundle, build/bundle/main.js). */
export function deployedEntry(): string {
  return startWords().at(-1)!;
}
