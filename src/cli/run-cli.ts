import { isProviderError } from "../domain/errors.js";
import { formatRupiah } from "../domain/money.js";
import { dayInZone } from "../domain/zoned-time.js";
import { parseCliArgs, USAGE, UsageError, type CliCommand } from "./args.js";
import { ConfigError, readCliEnv, type CliEnv } from "./cli-env.js";
import { InputError, runCommand } from "./commands.js";
import { createCliLogger, openProvider } from "./open-provider.js";
import { Views } from "./views.js";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** sysexits.h codes, so scripts can tell a typo from a provider that said no. */
export const EXIT = { ok: 0, failure: 1, provider: 2, usage: 64, config: 78 } as const;

/** Parses, runs one command against the configured provider, prints, and returns the exit code. */
export async function runCli(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  let cmd: CliCommand;
  try {
    cmd = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`error: ${e.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (cmd.name === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }

  let config: CliEnv;
  try {
    config = readCliEnv(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.err(`config error:\n${e.message}`);
    return EXIT.config;
  }

  // A past date is the operator's slip, not "no flights": said before any provider call.
  if ((cmd.name === "search" || cmd.name === "price") && cmd.date < dayInZone(Date.now(), config.TIMEZONE)) {
    const [y, m, d] = cmd.date.split("-");
    io.err(`error: DATE ${d}-${m}-${y} is in the past (today is ${dayInZone(Date.now(), config.TIMEZONE).split("-").reverse().join("-")} in ${config.TIMEZONE})`);
    return EXIT.usage;
  }

  const hide = secretHider(config.MMBC_PASSWORD);
  const logger = createCliLogger(config.LOG_LEVEL);
  let opened;
  try {
    opened = await openProvider(config, logger, (line) => io.err(line));
    const result = await runCommand(cmd, opened.provider, new Views(config.TIMEZONE));
    io.out(cmd.json ? JSON.stringify(result.json, null, 2) : result.text);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`error: ${e.message}`);
      return EXIT.usage;
    }
    if (isProviderError(e)) {
      const lines = [`error: ${e.code}: ${e.message}`, ...e.messages.map((m) => `  ${m}`)];
      if (e.balance !== undefined) lines.push(`  balance: ${formatRupiah(e.balance)}`);
      // The raw answer is what a diagnosis needs ("Invalid Kode Booking X!", the start of an HTML page).
      if (e.raw && !e.messages.includes(e.raw)) lines.push(`  provider said: ${e.raw.slice(0, 300)}`);
      if (e.endpoint) lines.push(`  endpoint: ${e.endpoint}`);
      io.err(hide(lines.join("\n")));
      return EXIT.provider;
    }
    io.err(hide(`error: ${e instanceof Error ? e.message : String(e)}`));
    return EXIT.failure;
  } finally {
    await opened?.close();
  }
}

/**
 * Provider text is untrusted: control characters could drive the terminal, so they go. The password
 * should never be in an error, but a misbehaving server could echo the form back; it is masked anyway.
 */
function secretHider(password: string | undefined): (text: string) => string {
  return (text) => {
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "?");
    return password && password.length >= 4 ? clean.split(password).join("***") : clean;
  };
}
