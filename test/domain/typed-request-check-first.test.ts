import { describe, expect, it } from "vitest";
import { readTypedRequest } from "../../src/domain/typed-request.js";

// "cek dulu ya kak" is the agent saying she will check first ("let me check"), talk to her customer or
// colleague: it showed the last booking's status unasked. A code, a word of what to check or a word that
// asks ("tolong", "dong") still makes "cek" a request.

describe("cek with dulu, and nothing that asks, is talk", () => {
  it.each(["cek dulu ya kak", "cek dulu", "cek dl ya", "check dulu kak", "cek bentar ya kak", "Cek dulu ya kak 🙏", "aku cek dulu ya"])("%s asks for nothing", (text) => {
    expect(readTypedRequest(text)).toBeUndefined();
  });

  it.each([
    ["cek ABC123", { kind: "status", code: "ABC123" }],
    ["cek dulu ABC123", { kind: "status", code: "ABC123" }],
    ["cek status", { kind: "status" }],
    ["cek status dulu", { kind: "status" }],
    ["cek dong", { kind: "status" }],
    ["cek dulu dong", { kind: "status" }],
    ["tolong cek dulu ya kak", { kind: "status" }],
    ["cek bagasi dulu", { kind: "status" }],
    ["cek saldo dulu", { kind: "balance" }],
    ["dulu ya kak", { kind: "answer" }],
  ] as const)("%s keeps its reading", (text, expected) => expect(readTypedRequest(text)).toEqual(expected));
});
