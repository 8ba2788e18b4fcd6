import { describe, expect, it } from "vitest";
import { publishCommands } from "../../src/bot/commands.js";
import { createI18n } from "../../src/bot/i18n.js";

interface Menu { commands: { command: string; description: string }[]; lang?: string }

async function menus(defaultLocale: "id" | "en"): Promise<Menu[]> {
  const published: Menu[] = [];
  const api = { setMyCommands: (commands: Menu["commands"], o?: { language_code?: string }) => { published.push({ commands, lang: o?.language_code }); return Promise.resolve(true); } };
  await publishCommands(api as never, createI18n(defaultLocale) as never, defaultLocale);
  return published;
}

describe("the command menu speaks the commands its language teaches", () => {
  it("Indonesian lists /cari, /pesanan, /cek, /issued, /etiket…, and its descriptions name them; English its own", async () => {
    const all = await menus("id");
    const id = all.find((m) => m.lang === "id")!.commands;
    expect(id.map((c) => c.command)).toEqual(["cari", "pesanan", "cek", "issued", "etiket", "saldo", "ringkasan", "pengaturan", "akun", "login", "logout", "resetpassword", "bahasa", "batal", "bantuan"]);
    expect(id.find((c) => c.command === "cek")!.description).toContain("/cek KODE");
    expect(id.map((c) => c.description).join(" ")).not.toMatch(/\/(status|issue|ticket)\b/);
    const en = all.find((m) => m.lang === "en")!.commands.map((c) => c.command);
    expect(en.slice(0, 5)).toEqual(["search", "bookings", "status", "issue", "ticket"]);
    // With no language of the user's app: the default locale's menu.
    expect(all.at(-1)!.lang).toBeUndefined();
    expect(all.at(-1)!.commands[0]!.command).toBe("cari");
    // Telegram's rule for a command's name: 1–32 of a–z, 0–9 and _.
    for (const m of all) for (const c of m.commands) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
  });
});
