import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- the ESLint config is plain JavaScript without types
import { layerRules } from "../../eslint.config.js";

// The layer rules exactly as `npm run lint` applies them, without the slower type-aware rules.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser }, plugins: { "@typescript-eslint": tseslint.plugin } }, ...layerRules],
});

/** Lints a real file of a layer with one extra import, as `npm run lint` would. */
async function messagesFor(file: string, extraImport: string): Promise<string[]> {
  const text = `${extraImport}\n${readFileSync(file, "utf8")}`;
  const [result] = await eslint.lintText(text, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("the dependency direction is a lint rule", () => {
  it.each([
    ["src/jobs/worker.ts", `import "../bot/deps.js";`, "jobs/ must not import bot/"],
    ["src/services/issue-request.ts", `import "../bot/create-bot.js";`, "services/ must not import bot/"],
    ["src/services/issue-request.ts", `import "../providers/mmbc/mmbc-provider.js";`, "services/ must not import providers/"],
    ["src/domain/booking.ts", `import "../store/keys.js";`, "domain/ must not import store/"],
    ["src/store/booking-store.ts", `import "../services/access-policy.js";`, "store/ must not import services/"],
    ["src/bot/features/booking/status.ts", `import { BookingStore } from "../../../store/booking-store.js"; export const s = BookingStore;`, "bot/ may import only types from store/"],
  ])("%s: %s is refused", async (file, line, message) => {
    expect((await messagesFor(file, line)).join("\n")).toContain(message);
  });

  it("type-only imports from store/ are fine in bot/", async () => {
    expect(await messagesFor("src/bot/features/booking/status.ts", `import type { BookingRecord } from "../../../store/booking-store.js"; export type R = BookingRecord;`)).toEqual([]);
  });
});
