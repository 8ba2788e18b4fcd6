import { TZDate } from "@date-fns/tz";
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { describe, expect, it } from "vitest";
import { englishMonths, parseWireDateTime } from "../../../src/providers/mmbc/wire-values.js";

/**
 * date-fns' parser over every form MMBC uses, the way the adapter read dates before its fast path. Month
 * names are first put as English abbreviations ("Mei", "Sept", "Desember" → May, Sep, Dec), as the adapter
 * does: the seed never says its month names are English, so Indonesian and full names are read too.
 */
const FORMS = ["yyyy-MM-dd", "dd-MM-yyyy", "d MMM yyyy HH:mm", "d MMM yyyy HH:mm:ss", "d MMM yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];
function byDateFns(text: string, timeZone: string): string | undefined {
  const s = englishMonths(text.trim().replace(/\s+/g, " "));
  for (const f of FORMS) {
    const d = parse(s, f, new TZDate(2000, 0, 1, timeZone));
    if (isValid(d)) return new TZDate(d, timeZone).toISOString();
  }
  return undefined;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

function* samples(): Generator<string> {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 120; i++) {
    const [y, mo, d, h, mi, s] = [2000 + rnd(40), 1 + rnd(12), 1 + rnd(31), rnd(24), rnd(60), rnd(60)];
    yield `${y}-${pad(mo)}-${pad(d)}`;
    yield `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`;
    yield `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
    yield `${pad(d)}-${pad(mo)}-${y}`;
    yield `${d} ${MONTHS[mo - 1]} ${y}`;
    yield `${d} ${MONTHS[mo - 1]!.toUpperCase()} ${y} ${pad(h)}:${pad(mi)}`;
    yield `  ${pad(d)} ${MONTHS[mo - 1]!.toLowerCase()}   ${y} ${pad(h)}:${pad(mi)}:${pad(s)} `;
  }
  // Edges: impossible days and times, leap days, odd widths, words that are not months, DST gaps.
  yield* ["2028-02-29", "2027-02-29", "2026-02-30 10:00", "31-04-2026", "2026-13-01", "2026-00-10", "2026-06-01 24:00", "2026-06-01 23:60",
    "2026-06-01 10:00:60", "2026-6-1", "1-6-2026", "5 Sept 2026", "5 Foo 2026 10:00", "0099-01-01", "1899-12-31", "2026-06-01T10:00",
    "2026-03-08 02:30", "2026-11-01 01:30", "", "not a date", "12 May 2026 7:05", "00-01-2026"];
}

describe("MMBC wire dates", () => {
  for (const timeZone of ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "America/New_York", "UTC"]) {
    it(`reads every form exactly as date-fns does, in ${timeZone}`, () => {
      let read = 0;
      for (const text of samples()) {
        const expected = byDateFns(text, timeZone);
        expect(parseWireDateTime(text, timeZone), text).toBe(expected);
        if (expected) read++;
      }
      expect(read).toBeGreaterThan(600);
    });
  }

  it("keeps the wall-clock time with Jakarta's offset", () => {
    expect(parseWireDateTime("12 Dec 2026 07:05", "Asia/Jakarta")).toBe("2026-12-12T07:05:00.000+07:00");
    expect(parseWireDateTime("2026-12-12 07:05:09", "Asia/Jakarta")).toBe("2026-12-12T07:05:09.000+07:00");
    expect(parseWireDateTime("12-12-2026", "Asia/Jakarta")).toBe("2026-12-12T00:00:00.000+07:00");
  });
});
