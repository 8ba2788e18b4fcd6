import { ProviderError } from "../domain/errors.js";

/** Reads a body up to a limit: a provider (or a fault) must not make us buffer without end. */
export async function readLimited(body: AsyncIterable<Buffer>, limit: number, endpoint: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw new ProviderError("unavailable", "provider answer too large", { endpoint });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
