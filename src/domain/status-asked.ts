import { readTypedRequest } from "./typed-request.js";

/** A word that asks how a booking stands ("status", "cek", "check"), as typed-request.ts reads them. */
const STATUS_WORD = /(?:^|[^\p{L}\p{N}])(?:status|setatus|statusnya|cek|cekin|ceknya|check)(?=$|[^\p{L}\p{N}])/iu;

/**
 * The booking codes whose status the words ask, naming them: "status ABC123", "whats the status of
 * ABC123", "cek ABC123", "cek kode ABC123", "cek ABC123 dan DEF456" (every one, not the first only).
 * Stricter than `readTypedRequest` alone, for lines typed while a question waits: a code-shaped answer
 * without a status word (a captcha's letters, "ABC123 gmn?") is the question's to read.
 */
export function statusAskedFor(text: string): string[] | undefined {
  if (!STATUS_WORD.test(text)) return undefined;
  const request = readTypedRequest(text);
  if (request?.kind !== "status" || !request.code) return undefined;
  return request.codes ?? [request.code];
}
