import { describe, expect, it } from "vitest";
import { asksForReturn } from "../../src/domain/return-words.js";

describe("asking for the return after the outbound is booked", () => {
  it.each(["pulangnya", "skrg pulangnya", "Sekarang pulangnya dong", "cari tiket pulangnya", "now the return", "return flight", "the return flight please"])("'%s' asks for it", (typed) => {
    expect(asksForReturn(typed)).toBe(true);
  });
  it.each(["pulang tgl 24", "dps cgk pulang", "the flight", "skrg", "return 24 dec", "kapan pulang ke jakarta bareng keluarga besar ya"])("'%s' does not", (typed) => {
    expect(asksForReturn(typed)).toBe(false);
  });
});
