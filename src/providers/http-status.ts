/**
 * Client errors that are refusals of the request itself: whatever answered (the provider or a proxy in
 * front of it), the call was not carried out. Any other 4xx (408 timeout, 429 rate limit, 499 client
 * closed, a gateway's own codes) may come from a proxy after the request reached the provider, so on a
 * call that books or pays it leaves the outcome unknown: the caller asks for the status, never repeats.
 */
const NOT_CARRIED_OUT = new Set([400, 401, 403, 404, 405, 406, 411, 413, 414, 415, 431]);

export function refusedBeforeProcessing(status: number): boolean {
  return NOT_CARRIED_OUT.has(status);
}
