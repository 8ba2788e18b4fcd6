/**
 * Callback data of the search and booking flow. Short, opaque, and checked on arrival: anything that
 * doesn't match is treated as a stale button. Every token stays far below Telegram's 64 bytes.
 * "c:" buttons are answers to a conversation's question; "r:" buttons act on a results list and are
 * handled outside any conversation (results-actions.ts); "uc:" undoes a cancel (undo-cancel.ts). Other prefixes belong to other features.
 */
export const cb = {
  airport: (code: string) => `c:ap:${code}`,
  date: (date: string) => `c:d:${date}`,
  month: (yyyymm: string) => `c:m:${yyyymm}`,
  pax: (a: number, c: number, i: number) => `c:px:${a}.${c}.${i}`,
  choice: (step: string, value: string) => `c:${step}:${value}`,
  results: (sid: string, action: string) => `r:${sid}:${action}`,
  /** ↩️ Resume on the answer to a cancel: the kept flow's token (undo-cancel.ts). */
  undo: (token: string) => `uc:${token}`,
  /** 🔁 Search the return on a booking card: the return's route and day, checked against the member's kept return (return-trip.ts). */
  returnTrip: (from: string, to: string, date: string) => `rt:${from}:${to}:${date.replaceAll("-", "")}`,
};

export function parseReturnTrip(data: string): { from: string; to: string; date: string } | undefined {
  const m = /^rt:([A-Z]{3}):([A-Z]{3}):(\d{4})(\d{2})(\d{2})$/.exec(data);
  return m ? { from: m[1]!, to: m[2]!, date: `${m[3]}-${m[4]}-${m[5]}` } : undefined;
}

export function parseUndo(data: string): string | undefined {
  return /^uc:([\w-]{6,16})$/.exec(data)?.[1];
}

export function parseAirport(data: string): string | undefined {
  return /^c:ap:([A-Z]{3})$/.exec(data)?.[1];
}

export function parseDate(data: string): string | undefined {
  return /^c:d:(\d{4}-\d{2}-\d{2})$/.exec(data)?.[1];
}

export function parseMonth(data: string): string | undefined {
  return /^c:m:(\d{4}-\d{2})$/.exec(data)?.[1];
}

export function parsePaxButton(data: string): string | undefined {
  const m = /^c:px:(\d)\.(\d)\.(\d)$/.exec(data);
  return m ? `${m[1]} ${m[2]} ${m[3]}` : undefined;
}

export function parseChoice<T extends string>(data: string, step: string, values: readonly T[]): T | undefined {
  const m = /^c:([a-z]+):([a-z0-9]+)$/.exec(data);
  return m && m[1] === step && values.includes(m[2] as T) ? (m[2] as T) : undefined;
}

export type ResultsAction =
  | { kind: "page"; page: number }
  | { kind: "offer"; index: number }
  | { kind: "sort"; sort: "price" | "departure" }
  | { kind: "time"; time: "all" | "morning" | "afternoon" | "evening" | "night" }
  | { kind: "airline"; code: string }
  | { kind: "airlines" }
  /** 0: the same day searched again (a provider did not answer). */
  | { kind: "day"; delta: -1 | 0 | 1 }
  /** A day offered under an answer to the list (next year's, for a day typed that has passed): searched. */
  | { kind: "date"; date: string }
  | { kind: "back" };

export function parseResults(data: string, sid: string): ResultsAction | undefined {
  const m = /^r:([\w-]{1,16}):(.+)$/.exec(data);
  if (!m || m[1] !== sid) return undefined;
  const a = m[2]!;
  let x: RegExpExecArray | null;
  if ((x = /^p:(\d{1,3})$/.exec(a))) return { kind: "page", page: Number(x[1]) };
  if ((x = /^o:(\d{1,3})$/.exec(a))) return { kind: "offer", index: Number(x[1]) };
  if ((x = /^s:(price|departure)$/.exec(a))) return { kind: "sort", sort: x[1] as "price" | "departure" };
  if ((x = /^t:(all|morning|afternoon|evening|night)$/.exec(a))) return { kind: "time", time: x[1] as "all" };
  if ((x = /^a:([A-Z0-9]{2}|all)$/.exec(a))) return { kind: "airline", code: x[1]! };
  if (a === "am") return { kind: "airlines" };
  if ((x = /^d:(-1|0|1)$/.exec(a))) return { kind: "day", delta: Number(x[1]) as -1 | 0 | 1 };
  if ((x = /^y:(\d{4}-\d{2}-\d{2})$/.exec(a))) return { kind: "date", date: x[1]! };
  if (a === "back") return { kind: "back" };
  return undefined;
}
