import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CredentialCipher } from "../../src/store/accounts/credential-cipher.js";
import { decodeState, encodeState } from "../../src/store/state-codec.js";

const state = {
  version: [0, 1],
  state: { search: [{ args: "[]", replay: { send: [{ payload: "x" }], receive: Array.from({ length: 40 }, (_, i) => ({ send: i, returnValue: { ok: true, text: `Mr Budi Santoso ${i}` } })) }, interrupts: [] }] },
};

describe("conversation state at rest", () => {
  it("is deflated: a replay log comes back equal and several times smaller than its JSON", () => {
    const raw = encodeState(state, "k");
    expect(decodeState(raw, "k")).toEqual(state);
    expect(raw.length * 4).toBeLessThan(JSON.stringify(state).length);
  });

  it("is sealed with a cipher, bound to its key: another key, another cipher or an altered byte read as absent", () => {
    const cipher = new CredentialCipher(randomBytes(32));
    const raw = encodeState(state, "conv:1:2", cipher);
    expect(raw.includes(Buffer.from("Budi"))).toBe(false);
    expect(decodeState(raw, "conv:1:2", cipher)).toEqual(state);
    expect(decodeState(raw, "conv:1:3", cipher)).toBeUndefined();
    expect(decodeState(raw, "conv:1:2", new CredentialCipher(randomBytes(32)))).toBeUndefined();
    expect(decodeState(raw, "conv:1:2")).toBeUndefined();
    const altered = Buffer.from(raw);
    altered[altered.length - 1]! ^= 1;
    expect(decodeState(altered, "conv:1:2", cipher)).toBeUndefined();
    // With a cipher configured, unsealed state is not trusted.
    expect(decodeState(encodeState(state, "conv:1:2"), "conv:1:2", cipher)).toBeUndefined();
  });

  it("still reads the JSON written before (plain, or sealed as JSON), so a deploy keeps flows in progress", () => {
    const cipher = new CredentialCipher(randomBytes(32));
    expect(decodeState(Buffer.from(JSON.stringify(state)), "k")).toEqual(state);
    expect(decodeState(Buffer.from(JSON.stringify(cipher.seal(state, "k"))), "k", cipher)).toEqual(state);
    expect(decodeState(Buffer.from("not json"), "k")).toBeUndefined();
    expect(decodeState(null, "k")).toBeUndefined();
  });
});
