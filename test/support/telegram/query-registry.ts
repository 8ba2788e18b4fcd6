import { badRequest } from "./errors.js";

type QueryKind = "callback" | "inline";

/** Callback and inline query ids handed to the bot; each may be answered once. */
export class QueryRegistry {
  private readonly open = new Map<string, QueryKind>();
  private counter = 0;

  create(kind: QueryKind): string {
    const id = `${kind === "callback" ? "4382" : "9271"}${String(++this.counter).padStart(12, "0")}`;
    this.open.set(id, kind);
    return id;
  }

  answer(kind: QueryKind, id: string): void {
    if (this.open.get(id) !== kind) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    this.open.delete(id);
  }
}
