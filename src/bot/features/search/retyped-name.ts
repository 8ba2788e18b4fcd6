import type { NameBatch } from "./read-names.js";

/**
 * The batch once a name asked about ("Is this the name: Mr Budi Santoso Tgl?") was typed again for the
 * passenger `offset` places after the asked one: the retyped answer (`fresh`, read for that passenger)
 * takes that place; the other names pasted with it stay where they were, with their lines' data, and
 * the names still to ask about are asked after the retyped one's. The retyped line's data stays unless
 * the new answer brings its own.
 */
export function withRetypedName(kept: NameBatch, fresh: NameBatch, offset: number): NameBatch {
  const named = [...kept.named];
  fresh.named.forEach((p, k) => {
    if (p) named[offset + k] = p;
  });
  const pasted = kept.pasted || fresh.pasted ? [...(kept.pasted ?? named.map(() => undefined))] : undefined;
  fresh.pasted?.forEach((f, k) => {
    if (f) pasted![offset + k] = f;
  });
  const shift = <T extends { offset: number }>(xs: readonly T[]) => xs.map((x) => ({ ...x, offset: x.offset + offset }));
  const filled = new Set(fresh.named.flatMap((p, k) => (p ? [offset + k] : [])).concat(fresh.untitled.map((u) => offset + u.offset)));
  return {
    named,
    untitled: [...kept.untitled.filter((u) => !filled.has(u.offset)), ...shift(fresh.untitled)],
    doubtful: [...shift(fresh.doubtful), ...kept.doubtful.filter((d) => !filled.has(d.offset))],
    ...(kept.problem || fresh.problem ? { problem: [kept.problem, fresh.problem].filter(Boolean).join("\n") } : {}),
    ...(kept.moved || fresh.moved ? { moved: true } : {}),
    ...(pasted ? { pasted } : {}),
  };
}
