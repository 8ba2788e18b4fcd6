import { badRequest } from "./errors.js";

type QueryKind = "callback" | "inline";

/**
 * Telegram refuses an answer once the query is too old ("query is too old and response timeout expired
 * or query ID is invalid"): about 10-15 s after the tap or the typed inline query. The emulator uses
 * 15 s unless told otherwise, so a bot that answers after that is refused here as it would be there;
 * tests shorten it (EmulatorOptions.queryMaxAgeMs, setQueryMaxAge) to catch late answers quickly.
 */
export const TELEGRAM_QUERY_MAX_AGE_MS = 15_000;

/** Callback and inline query ids handed to the bot; each may be answered once, while it is fresh. */
export class QueryRegistry {
  private readonly open = new Map<string, { kind: QueryKind; at: number }>();
  private counter = 0;

  constructor(private maxAgeMs = TELEGRAM_QUERY_MAX_AGE_MS) {}

  setMaxAge(ms: number): void {
    this.maxAgeMs = ms;
  }

  create(kind: QueryKind): string {
    const id = `${kind === "callback" ? "4382" : "9271"}${String(++this.counter).padStart(12, "0")}`;
    this.open.set(id, { kind, at: Date.now() });
    return id;
  }

  answer(kind: QueryKind, id: string): void {
    const query = this.open.get(id);
    if (query?.kind !== kind || Date.now() - query.at > this.maxAgeMs) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    this.open.delete(id);
  }
}
