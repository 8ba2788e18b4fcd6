import { parseArgs } from "node:util";
import type { PaxCount } from "../domain/passenger.js";
import { parsePax } from "../domain/pax-parse.js";
import { parsePlainDate } from "../domain/travel-date.js";
import { AIRLINE_PATHS } from "../providers/mmbc/search.js";

export type CliCommand =
  | { name: "help" }
  | { name: "balance" | "cities" | "airlines"; json: boolean }
  | { name: "search"; json: boolean; from: string; to: string; date: string; pax: PaxCount; airline?: string }
  | { name: "price"; json: boolean; from: string; to: string; date: string; flight: string; pax: PaxCount }
  | { name: "status"; json: boolean; code: string }
  | { name: "ticket"; json: boolean; code: string; out?: string };

/** Bad usage: main prints the usage text and exits 64 (EX_USAGE). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = `usage: npm run cli -- <command> [options]

commands:
  balance                              deposit left at the provider
  cities                               airport list
  airlines                             airline list
  search FROM TO DATE [--airline KEY] [--pax A,C,I]
                                       flights, e.g. search CGK SUB 30-12-2026 --airline lion
  price FROM TO DATE FLIGHT [--pax A,C,I]
                                       live price and seats, e.g. price CGK SUB 30-12-2026 JT-690
  status CODE                          booking status
  ticket CODE [--out FILE]             download the e-ticket PDF (default etiket-CODE.pdf)

options:
  --json                               print the result as JSON
  --help                               this text

DATE is dd-mm-yyyy (yyyy-mm-dd also works). --pax is adults,children,infants (default 1,0,0).
airline keys: ${Object.keys(AIRLINE_PATHS).join(", ")}
env: MMBC_BASE_URL, MMBC_USERNAME, MMBC_PASSWORD, TIMEZONE, LOG_LEVEL (.env is read when present);
without MMBC_BASE_URL the built-in sandbox is used.`;

// Which options each command accepts, so a stray `--out` on `search` is reported rather than ignored.
const ALLOWED: Record<string, readonly string[]> = {
  balance: [], cities: [], airlines: [], search: ["airline", "pax"], price: ["pax"], status: [], ticket: ["out"],
};
const ARITY: Record<string, number> = { balance: 0, cities: 0, airlines: 0, search: 3, price: 4, status: 1, ticket: 1 };

/** What --pax takes, said whenever it is given something else. */
const PAX_EXPECTED = "--pax expects adults,children,infants as whole numbers, e.g. 2,1,0 (at least 1 adult, infants no more than adults)";

/**
 * `--pax -1,0,0` reads to parseArgs as an option of its own ("argument is ambiguous"): a value that
 * starts with a dash is joined to its option, so the value is judged (and refused) for what it is.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (["--pax", "--airline", "--out", "-o"].includes(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg.startsWith("--") ? arg : "--out"}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinDashValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        airline: { type: "string" },
        pax: { type: "string" },
        out: { type: "string", short: "o" },
      },
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/'--pax\b/.test(message)) throw new UsageError(PAX_EXPECTED);
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === "help") return { name: "help" };
  if (name === undefined) throw new UsageError("no command given");
  const arity = ARITY[name];
  if (arity === undefined) throw new UsageError(`unknown command "${name}"`);
  if (rest.length !== arity) throw new UsageError(`${name} takes ${arity} argument${arity === 1 ? "" : "s"}, got ${rest.length}`);
  for (const key of ["airline", "pax", "out"] as const) {
    if (values[key] !== undefined && !ALLOWED[name]?.includes(key)) throw new UsageError(`${name} does not take --${key}`);
  }
  const json = values.json;

  switch (name) {
    case "balance":
    case "cities":
    case "airlines":
      return { name, json };
    case "status":
      return { name, json, code: bookingCode(rest[0]) };
    case "ticket":
      return { name, json, code: bookingCode(rest[0]), out: values.out };
    case "search":
      return { name, json, ...route(rest), pax: pax(values.pax), airline: airline(values.airline) };
    default:
      return { name: "price", json, ...route(rest), flight: flightCode(rest[3]), pax: pax(values.pax) };
  }
}

function route(args: readonly string[]): { from: string; to: string; date: string } {
  const from = airportCode(args[0]);
  const to = airportCode(args[1]);
  if (from === to) throw new UsageError("FROM and TO are the same airport");
  const date = parsePlainDate(args[2] ?? "");
  if (!date) throw new UsageError(`DATE "${args[2] ?? ""}" is not dd-mm-yyyy`);
  return { from, to, date };
}

function airportCode(raw: string | undefined): string {
  const code = (raw ?? "").trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new UsageError(`"${raw ?? ""}" is not a 3-letter airport code`);
  return code;
}

function flightCode(raw: string | undefined): string {
  const code = (raw ?? "").trim().toUpperCase();
  if (!/^[A-Z0-9]{2}-?\d{1,5}$/.test(code)) throw new UsageError(`"${raw ?? ""}" is not a flight code like JT-690`);
  return code;
}

function bookingCode(raw: string | undefined): string {
  const code = (raw ?? "").trim().toUpperCase();
  if (!/^[A-Z0-9]{1,20}$/.test(code)) throw new UsageError(`"${raw ?? ""}" is not a booking code`);
  return code;
}

function pax(raw: string | undefined): PaxCount {
  if (raw === undefined) return { adult: 1, child: 0, infant: 0 };
  const r = parsePax(raw);
  if (!r.ok) throw new UsageError(`${PAX_EXPECTED}; got "${raw}" (${r.reason.replace(/_/g, " ")})`);
  return r.pax;
}

function airline(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const key = raw.trim().toLowerCase();
  if (!(key in AIRLINE_PATHS)) throw new UsageError(`--airline "${raw}": use one of ${Object.keys(AIRLINE_PATHS).join(", ")}`);
  return key;
}
