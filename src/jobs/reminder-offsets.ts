/** "3h,1h,15m" (also "90s", "1h30m") → milliseconds, largest first, duplicates dropped. */
export function parseOffsets(text: string): number[] | undefined {
  const out = new Set<number>();
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const re = /(\d+)\s*(h|m|s)/gy;
    let ms = 0;
    let m: RegExpExecArray | null;
    let consumed = 0;
    while ((m = re.exec(part))) {
      ms += Number(m[1]) * { h: 3_600_000, m: 60_000, s: 1_000 }[m[2] as "h" | "m" | "s"];
      consumed = re.lastIndex;
    }
    if (consumed !== part.length || ms <= 0) return undefined;
    out.add(ms);
  }
  return [...out].sort((a, b) => b - a);
}
