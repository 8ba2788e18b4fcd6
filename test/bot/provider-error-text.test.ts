import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { providerErrorText } from "../../src/bot/features/provider-error-text.js";

const i18n = createI18n("id");
const speaking = (locale: "id" | "en") => ({ t: (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars) });

describe("a provider's refusal naming its form fields", () => {
  it("is said as the passenger and the question the agent answered, never the wire name", () => {
    const e = { code: "validation" as const, messages: ["passportissuinga1: kode negara tidak dikenal", "birthdatei1: wajib diisi", "Nama terlalu panjang"] };
    const id = providerErrorText(speaking("id"), e);
    expect(id).toContain("• Penumpang 1 (dewasa), kewarganegaraan: kode negara tidak dikenal");
    expect(id).toContain("• Penumpang 1 (bayi), tanggal lahir: wajib diisi");
    expect(id).toContain("• Nama terlalu panjang");
    expect(id).not.toMatch(/passportissuing|birthdatei1/);
    expect(providerErrorText(speaking("en"), e)).toContain("• Passenger 1 (adult), nationality: kode negara tidak dikenal");
  });

  it("escapes what the provider wrote", () => {
    expect(providerErrorText(speaking("id"), { code: "validation", messages: ["ida2: <b>salah</b>"] })).toContain("&lt;b&gt;salah&lt;/b&gt;");
  });
});

describe("a failure the provider or the airline had (upstream)", () => {
  it("a login failure inside the provider is said as the provider's, in the agent's language, without its wire text", () => {
    const e = { code: "upstream" as const, messages: ["system failed login"] };
    const id = providerErrorText(speaking("id"), e, { provider: "mmbc", deposit: true });
    expect(id).toBe("⚠️ Login di sistem MMBC gagal (gangguan di pihak mereka, bukan akun Anda). Coba lagi sebentar lagi.");
    const en = providerErrorText(speaking("en"), e, { provider: "mmbc" });
    expect(en).toBe("⚠️ A login failed inside MMBC's system (a fault on their side, not your account). Try again in a moment.");
  });

  it("the airline not answering is the airline's, named with the provider it didn't answer, whichever language the provider wrote", () => {
    for (const m of ["failed to receive data", "Gagal mendapatkan respon dari maskapai, silakan coba lagi", "Failed to get a response from the airline, please try again"]) {
      const e = { code: "upstream" as const, messages: [m] };
      expect(providerErrorText(speaking("id"), e, { provider: "mmbc" })).toBe("⚠️ Maskapai tidak menjawab MMBC. Coba lagi sebentar lagi.");
      expect(providerErrorText(speaking("en"), e, { provider: "tiket" })).toBe("⚠️ The airline didn't answer tiket.com. Try again in a moment.");
    }
  });

  it("reading the deposit involves no airline: whatever the text, the provider's system failed", () => {
    const e = { code: "upstream" as const, messages: ["Gagal mendapatkan respon dari maskapai, silakan coba lagi"] };
    const en = providerErrorText(speaking("en"), e, { provider: "tiket", deposit: true });
    expect(en).toBe("⚠️ A fault in tiket.com's system: it couldn't answer this. Try again in a moment.");
    expect(en).not.toMatch(/Gagal|airline/);
    expect(providerErrorText(speaking("id"), e, { provider: "tiket", deposit: true })).toBe("⚠️ Ada gangguan di sistem tiket.com, jadi permintaan ini belum bisa dijawab. Coba lagi sebentar lagi.");
  });

  it("a text it doesn't know gets a plain line in the agent's language, never the text itself; no provider named is 'the provider'", () => {
    const e = { code: "upstream" as const, messages: ["ERR_ORA-01722 <b>invalid number</b>"] };
    expect(providerErrorText(speaking("en"), e)).toBe("⚠️ The request failed at the provider or at the airline, without a reason given. Try again in a moment.");
    expect(providerErrorText(speaking("id"), e, { provider: "mmbc" })).toBe("⚠️ Permintaan gagal di MMBC atau di maskapai, tanpa alasan yang jelas. Coba lagi sebentar lagi.");
  });

  it("seats gone says so in the agent's language, without the provider's own sentence", () => {
    const text = providerErrorText(speaking("en"), { code: "seat_gone", messages: ["Kursi tidak tersedia untuk kelas ini"] });
    expect(text).toBe("😕 The seats are gone. Choose another flight.");
  });
});
