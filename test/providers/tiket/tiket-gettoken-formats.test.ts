// Seed 004 shows getToken's answer as XML, then JSON, then PHP serialize, with no rule for which comes back,
// and lists only `method` and `secretkey`. The token is read from all three forms (validated, typed errors
// otherwise); output=json is still sent; no token ever stays in an error's `raw`; other calls stay JSON only.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderError } from "../../../src/domain/errors.js";
import { parsePhpSerialized, parseXmlAnswer, tiketRaw } from "../../../src/providers/tiket/wire-formats.js";
import { json } from "../../support/canned-http.js";
import { queryOf, SECRET, startCannedTiket } from "./canned-tiket.js";
import { SPEC } from "./spec-examples.js";

const TOKEN = "712402a7c363b12d87f6b02749f6f0c91b64c47e";

// Seed 004's three answers, verbatim.
const SEED_XML = `<tiket>
  <diagnostic>
    <status>200</status>
    <elapsetime>0.0586</elapsetime>
    <memoryusage>4.49MB</memoryusage>
    <unix_timestamp>1399524305</unix_timestamp>
    <confirm>success</confirm>
    <lang>id</lang>
    <currency>IDR</currency>
  </diagnostic>
  <output_type>xml</output_type>
  <login_status>false</login_status>
  <token>712402a7c363b12d87f6b02749f6f0c91b64c47e</token>
</tiket>`;
const SEED_JSON = `{
  "diagnostic": {
    "status": 200,
    "elapsetime": "0.0555",
    "memoryusage": "4.48MB",
    "unix_timestamp": 1399524662,
    "confirm": "success",
    "lang": "id",
    "currency": "IDR"
  },
  "output_type": "json",
  "login_status": "false",
  "token": "712402a7c363b12d87f6b02749f6f0c91b64c47e"
}`;
const SEED_SERIALIZE = `a: 4: {
  s: 10: "diagnostic";a: 7: {
    s: 6: "status";i: 200;s: 10: "elapsetime";s: 14: "0.1005";s: 11: "memoryusage";s: 14: "4.48MB";s: 14: "unix_timestamp";i: 1399524810;s: 7: "confirm";s: 7: "success";s: 4: "lang";s: 2: "id";s: 8: "currency";s: 3: "IDR";
  }
  s: 11: "output_type";s: 9: "serialize";s: 12: "login_status";s: 5: "false";s: 5: "token";s: 40: "712402a7c363b12d87f6b02749f6f0c91b64c47e";
}`;

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(async () => {
  t.routes.clear();
  await t.tokens.delete("pool");
});

const fresh = () => (t.provider as unknown as { sessions: { fresh(): Promise<string> } }).sessions.fresh();
const failure = async () => (await fresh().then(() => { throw new Error("a token was read"); }, (e: unknown) => e)) as ProviderError;
/** No 8-character piece of the token is left anywhere in the text. */
const expectNoToken = (text: string | undefined) => {
  for (let i = 0; i + 8 <= TOKEN.length; i++) expect(text ?? "", TOKEN.slice(i, i + 8)).not.toContain(TOKEN.slice(i, i + 8));
};
const answer = (body: string, type: string) => (_req: unknown, res: import("node:http").ServerResponse) => json(res, body, type);

describe("getToken reads the seed's three answer forms", () => {
  it.each([
    ["XML (the seed's first form)", SEED_XML, "text/xml"],
    ["XML with a prolog, sent as text/html", `<?xml version="1.0" encoding="UTF-8"?>\n${SEED_XML}`, "text/html"],
    ["JSON", SEED_JSON, "application/json"],
    ["PHP serialize, as the seed writes it (blanks, lengths that don't match)", SEED_SERIALIZE, "text/plain"],
    ["PHP serialize, as PHP writes it", `a:4:{s:10:"diagnostic";a:2:{s:6:"status";i:200;s:7:"confirm";s:7:"success";}s:11:"output_type";s:9:"serialize";s:12:"login_status";s:5:"false";s:5:"token";s:40:"${TOKEN}";}`, "text/plain"],
  ])("%s: the token is read; the request is the seed's, with output=json kept", async (_name, body, type) => {
    t.routes.set("apiv1/payexpress", answer(body, type));
    expect(await fresh()).toBe(TOKEN);
    const req = t.calls("apiv1/payexpress").at(-1)!;
    expect(Object.fromEntries(queryOf(req))).toMatchObject({ method: "getToken", secretkey: SECRET, output: "json" });
    expect(queryOf(req).has("token")).toBe(false);
  });

  it("a token read from XML is the one the next calls carry", async () => {
    t.routes.set("apiv1/payexpress", answer(SEED_XML, "text/xml"));
    t.routes.set("flight_api/all_airport", SPEC.airports);
    await t.provider.airports();
    expect(queryOf(t.calls("flight_api/all_airport").at(-1)!).get("token")).toBe(TOKEN);
  });

  it.each([
    ["an XML answer without a token", SEED_XML.replace(/\s*<token>.*<\/token>/, ""), "text/xml"],
    ["an XML answer with an empty token", SEED_XML.replace(TOKEN, ""), "text/xml"],
    ["an XML token that isn't one (markup or blanks inside)", SEED_XML.replace(TOKEN, `${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`), "text/xml"],
    ["a serialized answer with the token as a number", SEED_SERIALIZE.replace(`s: 40: "${TOKEN}";`, "i: 712402;"), "text/plain"],
    ["JSON with a token that is a list", SEED_JSON.replace(`"${TOKEN}"`, `["${TOKEN}"]`), "application/json"],
  ])("%s: a typed error, no token", async (_name, body, type) => {
    t.routes.set("apiv1/payexpress", answer(body, type));
    const e = await failure();
    expect(e).toMatchObject({ name: "ProviderError", code: "unavailable", endpoint: "apiv1/payexpress" });
    expectNoToken(e.raw);
  });

  it.each([
    ["an HTML page", `<html><body><h1>502 Bad Gateway</h1><p>session ${TOKEN}</p></body></html>`, "text/html"],
    ["malformed XML", SEED_XML.replace("</diagnostic>", ""), "text/xml"],
    ["XML with a DOCTYPE (no DTD is ever read)", `<!DOCTYPE tiket [<!ENTITY x "${TOKEN}">]>\n${SEED_XML}`, "text/xml"],
    ["a broken serialized answer", SEED_SERIALIZE.slice(0, 300), "text/plain"],
    ["XML with no diagnostic", "<tiket><output_type>xml</output_type><token>" + TOKEN + "</token></tiket>", "text/xml"],
    ["JSON with no diagnostic", `{"output_type":"json","token":"${TOKEN}"}`, "application/json"],
  ])("%s: a typed error whose raw body and the logs keep no piece of the token", async (_name, body, type) => {
    t.routes.set("apiv1/payexpress", answer(body, type));
    const e = await failure();
    expect(e).toMatchObject({ name: "ProviderError", code: "unavailable", endpoint: "apiv1/payexpress" });
    expectNoToken(e.raw);
    expectNoToken(e.message);
    expectNoToken(t.lines.join("\n"));
  });

  it("an error diagnostic in XML is mapped like its JSON form", async () => {
    t.routes.set("apiv1/payexpress", answer("<tiket><diagnostic><status>401</status><error_msgs>Invalid secret key</error_msgs></diagnostic></tiket>", "text/xml"));
    expect(await failure()).toMatchObject({ code: "invalid_credentials", messages: ["Invalid secret key"] });
  });
});

describe("other calls are not loosened", () => {
  it("an XML or serialized answer to a call other than getToken is still refused", async () => {
    await t.knownOrder("61000001");
    const xml = SEED_XML.replace("</tiket>", "<result><order_id>61000001</order_id><payment_status>paid</payment_status></result></tiket>");
    t.routes.set("check_order", answer(xml, "text/xml"));
    await expect(t.provider.status("61000001")).rejects.toMatchObject({ code: "unavailable", message: "provider sent an HTML page" });
    t.routes.set("check_order", answer(SEED_SERIALIZE, "text/plain"));
    await expect(t.provider.status("61000001")).rejects.toMatchObject({ code: "unavailable", message: "provider sent malformed JSON" });
  });
});

describe("the readers and the redaction on their own", () => {
  it("XML and PHP serialize read to the JSON form's object", () => {
    const xml = parseXmlAnswer(SEED_XML);
    expect(xml).toMatchObject({ diagnostic: { status: "200", confirm: "success" }, output_type: "xml", login_status: "false", token: TOKEN });
    expect(parseXmlAnswer("<r><a>1</a><a>2</a><b/><c><![CDATA[x<y]]></c><d>&lt;&amp;&#65;</d></r>")).toEqual({ a: ["1", "2"], b: "", c: "x<y", d: "<&A" });
    expect(parseXmlAnswer("<html><body>x</body></html>")).toBeUndefined();
    expect(parseXmlAnswer("<a><b></a></b>")).toBeUndefined();
    const php = parsePhpSerialized(SEED_SERIALIZE);
    expect(php).toMatchObject({ diagnostic: { status: 200, elapsetime: "0.1005", memoryusage: "4.48MB", confirm: "success" }, output_type: "serialize", token: TOKEN });
    expect(parsePhpSerialized('a:1:{s:1:"x";a:2:{i:0;s:4:"a";b";i:1;b:1;}}')).toEqual({ x: ["a\";b", true] });
    expect(parsePhpSerialized('O:8:"stdClass":0:{}')).toBeUndefined();
  });

  it("tiketRaw keeps no piece of a token in any of the three forms", () => {
    for (const body of [SEED_XML, SEED_JSON, SEED_SERIALIZE, JSON.parse(SEED_JSON) as unknown, `<html>${TOKEN}</html>`]) expectNoToken(tiketRaw(body));
  });
});
