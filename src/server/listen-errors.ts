/**
 * A listener that could not start, said as the setting to change: `listen EADDRINUSE …` printed alone
 * does not tell an operator whether PORT, METRICS_PORT or SANDBOX_PORT is the one in use.
 */
export interface ListenSetting {
  /** The port's variable and value, e.g. PORT and 8080. */
  port: { name: string; value: number };
  /** The interface's variable and value when one is configured (METRICS_HOST), else undefined. */
  host?: { name: string; value: string };
}

/** One line naming the variable and what it should be; other errors are returned as they are. */
export function listenError(err: unknown, setting: ListenSetting): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const { port, host } = setting;
  if (code === "EADDRINUSE") {
    return new Error(`${port.name}=${port.value} is in use by another process: stop it, or set ${port.name} to a free port (1–65535)`);
  }
  if (code === "EACCES") {
    return new Error(`${port.name}=${port.value} needs privileges to listen on: set ${port.name} to a port from 1024 to 65535`);
  }
  if (host && (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EADDRNOTAVAIL" || code === "EAI_NONAME")) {
    return new Error(`${host.name}="${host.value}" is not an address of this machine: set ${host.name} to an interface to listen on, e.g. 127.0.0.1 (loopback) or 0.0.0.0 (all)`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
