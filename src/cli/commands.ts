import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ProviderError } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { CliCommand } from "./args.js";
import type { Views } from "./views.js";

/** What a command produced: the domain result for `--json`, and the same for people. */
export interface CommandOutput {
  json: unknown;
  text: string;
}

type ProviderCommand = Exclude<CliCommand, { name: "help" }>;

export async function runCommand(cmd: ProviderCommand, provider: FlightProvider, views: Views): Promise<CommandOutput> {
  switch (cmd.name) {
    case "balance": {
      const balance = await provider.balance();
      return { json: { balance }, text: views.balance(balance) };
    }
    case "cities": {
      const airports = await provider.airports();
      return { json: airports, text: views.airports(airports) };
    }
    case "airlines": {
      const airlines = await provider.airlines();
      return { json: airlines, text: views.airlines(airlines) };
    }
    case "search": {
      const query = { from: cmd.from, to: cmd.to, date: cmd.date, pax: cmd.pax };
      const offers = await withAirportsChecked(provider, cmd, () => provider.search(query, { airline: cmd.airline }));
      return { json: offers, text: views.offers(query, offers) };
    }
    case "price":
      return price(cmd, provider, views);
    case "status": {
      const status = await provider.status(cmd.code);
      return { json: status, text: views.status(status) };
    }
    case "ticket":
      return ticket(cmd, provider);
  }
}

/**
 * getprice-json needs an offer, so the flight is searched first; that also gives the search price
 * the live one is compared with, which is what an agent wants to see when a quote looks wrong.
 */
async function price(cmd: Extract<CliCommand, { name: "price" }>, provider: FlightProvider, views: Views): Promise<CommandOutput> {
  const offers = await withAirportsChecked(provider, cmd, () => provider.search({ from: cmd.from, to: cmd.to, date: cmd.date, pax: cmd.pax }));
  const wanted = bare(cmd.flight);
  const offer = offers.find((o) => bare(o.flightCode) === wanted);
  if (!offer) {
    throw new ProviderError("no_flights", `flight ${cmd.flight} is not among the ${offers.length} flights of this search`, {
      messages: [`flights found: ${offers.map((o) => o.flightCode).join(", ") || "none"}`],
    });
  }
  const quote = await provider.quote(offer, cmd.pax);
  // The search price is per adult; children and infants pay other fares, so only adult parties compare.
  const searched = cmd.pax.child === 0 && cmd.pax.infant === 0 ? offer.price * cmd.pax.adult : undefined;
  return { json: quote, text: views.quote(quote, searched) };
}

async function ticket(cmd: Extract<CliCommand, { name: "ticket" }>, provider: FlightProvider): Promise<CommandOutput> {
  const doc = await provider.ticket(cmd.code);
  if (doc.kind === "emailed") {
    return { json: doc, text: `e-ticket ${doc.code} was e-mailed${doc.email ? ` to ${doc.email}` : ""}; there is nothing to download` };
  }
  const bytes = await provider.downloadTicket(doc);
  const path = resolve(cmd.out ?? doc.fileName);
  await writeFile(path, bytes);
  return {
    json: { ...doc, savedTo: path, bytes: bytes.byteLength },
    text: `saved ${path} (${bytes.byteLength.toLocaleString("id-ID")} bytes) from ${doc.url}`,
  };
}

function bare(flightCode: string): string {
  return flightCode.replace(/[\s-]/g, "").toUpperCase();
}

/** A route the operator should fix rather than a provider answer: printed as `error: …`, exit 64. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/**
 * No flights on a route with an airport the provider doesn't know is an unknown airport, not "no
 * flights": the airport list (one call, only then) tells which.
 */
async function withAirportsChecked<T extends readonly unknown[]>(provider: FlightProvider, route: { from: string; to: string }, search: () => Promise<T>): Promise<T> {
  const unknown = async (): Promise<string[]> => {
    const airports = await provider.airports().catch(() => undefined);
    if (!airports || airports.length === 0) return [];
    const known = new Set(airports.map((a) => a.code.toUpperCase()));
    return [route.from, route.to].filter((c) => !known.has(c));
  };
  const refuse = (codes: string[]) => new InputError(`unknown airport ${codes.join(" and ")}: the provider has no such airport (\`cities\` lists them)`);
  try {
    const offers = await search();
    if (offers.length === 0) {
      const codes = await unknown();
      if (codes.length > 0) throw refuse(codes);
    }
    return offers;
  } catch (e) {
    if (e instanceof ProviderError && e.code === "no_flights") {
      const codes = await unknown();
      if (codes.length > 0) throw refuse(codes);
    }
    throw e;
  }
}
