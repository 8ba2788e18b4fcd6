import { describe, expect, it } from "vitest";
import { customerCardData, parseCustomerCardData } from "../../src/presenters/customer-card-data.js";

describe("customer card callback data", () => {
  it("round-trips what the buttons carry, all within 64 bytes", () => {
    const sid = "AbC-d_9xYz";
    const cases = [
      [customerCardData.results(sid), { kind: "pick", redraw: false, sid, page: 0, selected: [] }],
      [customerCardData.pick(sid, 2, [5, 120, 7]), { kind: "pick", redraw: true, sid, page: 2, selected: [5, 120, 7] }],
      [customerCardData.offers(sid, [999, 0]), { kind: "offers", sid, selected: [999, 0] }],
      [customerCardData.quote(sid, 42), { kind: "quote", sid, index: 42 }],
      [customerCardData.booking("tiket", "1234567890AB"), { kind: "booking", provider: "tiket", code: "1234567890AB" }],
      [customerCardData.noop, { kind: "noop" }],
    ] as const;
    for (const [data, action] of cases) {
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(parseCustomerCardData(data)).toEqual(action);
    }
  });
  it.each([
    "cust", "cust:", "cust:x:abc", "cust:c:abc:-", "cust:c:abc:1.1", "cust:c:abc:1.2.3.4.5", "cust:q:abc:1000", "cust:q:abc:-1",
    "cust:b:mmbc:abc123", "cust:b:other:ABC123", "cust:b:mmbc:ABC", "cust:l:a/b:0:-", "cust:l:abc:0:-:extra", `cust:q:${"a".repeat(17)}:1`, "cust:n:1", "r:abc:o:1",
  ])("refuses %s", (data) => expect(parseCustomerCardData(data)).toBeUndefined());
});
