/** What both standalone sandboxes (`run-sandbox.ts`, `run-tiket-sandbox.ts`) read from their environment and say when they can't start. */

/** A non-negative number setting, or undefined when unset; anything else ends the process with its name (exit 2). */
export function numberFromEnv(name: string): number | undefined {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`${name} must be a non-negative number, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
}

/** A listen error as the setting to change: `listen EADDRINUSE` alone does not say which (sandbox/ may not use server/listen-errors.ts). */
export function listenFailure(err: unknown, port: number, host: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") return `PORT=${port} is in use by another process: stop it, or set PORT to a free port (1–65535)`;
  if (code === "EACCES") return `PORT=${port} needs privileges to listen on: set PORT to a port from 1024 to 65535`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EADDRNOTAVAIL") return `HOST="${host}" is not an address of this machine: set HOST to an interface, e.g. 127.0.0.1`;
  return err instanceof Error ? err.message : String(err);
}
