export { readLimited } from "../read-limited.js";

export function textOf(bytes: Uint8Array): string {
  // A UTF-8 BOM (PHP templates sometimes emit one) would break JSON.parse.
  return Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "");
}
