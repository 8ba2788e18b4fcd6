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
