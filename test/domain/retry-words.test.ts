import { describe, expect, it } from "vitest";
import { isRetryWords } from "../../src/domain/retry-words.js";

describe("isRetryWords", () => {
  it.each(["coba lagi", "🔁 Coba lagi", "Coba lg", "ulang", "ulangi dong", "ok coba lagi", "cari lagi", "sekali lagi", "retry", "Try again", "again pls", "search again"])("'%s' asks again", (t) => expect(isRetryWords(t)).toBe(true));
  it.each(["coba lagi?", "batal", "cgk dps bsk 2", "lagi di jalan", "try another date", "ulang tahun"])("'%s' does not", (t) => expect(isRetryWords(t)).toBe(false));
});
