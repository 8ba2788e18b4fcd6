import { describe, expect, it } from "vitest";
import { readTypedRequest } from "../../src/domain/typed-request.js";
import { asksSomeoneToIssue } from "../../src/domain/issue-ask-words.js";

describe("asking someone, politely, to issue a booking", () => {
  it.each([
    "Olivia can you issue QYB56Z?",
    "can you issue QYB56Z?",
    "could you issue QYB56Z",
    "could you please issue QYB56Z?",
    "pls issue QYB56Z",
    "Olivia please issue QYB56Z",
    "bisa tolong issued QYB56Z",
    "bisa tolong issued QYB56Z ya kak?",
    "minta tolong issuedin QYB56Z",
    "mbak Rina bisa tolong issued QYB56Z",
  ])("%s asks to issue QYB56Z, and asks someone", (text) => {
    expect(readTypedRequest(text)).toEqual({ kind: "issue", code: "QYB56Z" });
    expect(asksSomeoneToIssue(text)).toBe(true);
  });

  it.each(["can you issue?", "why can't you issue QYB56Z?", "can you issue QYB56Z tomorrow?", "kok ga bisa issue QYB56Z?", "customer bisa issue QYB56Z besok?"])(
    "%s asks for no issue",
    (text) => expect(readTypedRequest(text)?.kind).not.toBe("issue"),
  );
});
