// WEBHOOK_URL with a path (a reverse proxy under a prefix): the registered URL keeps it, and the local
// endpoint answers both the full path (proxy passes it on) and the bare one (proxy strips the prefix).
import { describe, expect, it } from "vitest";
import { localWebhookPaths, webhookUrlFor } from "../../src/server/webhook.js";

describe("webhookUrlFor / localWebhookPaths", () => {
  it("keeps WEBHOOK_URL's own path, with or without a trailing slash", () => {
    expect(webhookUrlFor("https://host/agt-bot/", "/telegram/42")).toBe("https://host/agt-bot/telegram/42");
    expect(webhookUrlFor("https://host/agt-bot", "/telegram/42")).toBe("https://host/agt-bot/telegram/42");
    expect(webhookUrlFor("https://host", "/telegram/42")).toBe("https://host/telegram/42");
    expect(webhookUrlFor("https://host:8443/a/b/", "/telegram/42")).toBe("https://host:8443/a/b/telegram/42");
  });
  it("serves the endpoint under both paths when there is a prefix", () => {
    expect(localWebhookPaths("https://host/agt-bot/", "/telegram/42")).toEqual(["/telegram/42", "/agt-bot/telegram/42"]);
    expect(localWebhookPaths("https://host/", "/telegram/42")).toEqual(["/telegram/42"]);
  });
});
