import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { PACKAGE_ROOT } from "../package-root.js";
import type { CardRow, CardView } from "./customer-card.js";

/**
 * The customer card as a PNG: satori lays the view out as SVG (text as glyph paths, so no font is
 * needed to view it), resvg rasterizes it. Heavy (WASM layout, a native rasterizer, fonts): callers
 * load this module with a dynamic import, so a process that never draws a card never pays for it.
 */

const FONTS_DIR = join(PACKAGE_ROOT, "assets", "fonts");
const WIDTH = 720;

type FontOptions = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: Promise<FontOptions[]> | undefined;

/** Inter (SIL OFL 1.1, assets/fonts/OFL.txt), Latin and Latin Extended, read once. */
function loadFonts(): Promise<FontOptions[]> {
  fonts ??= Promise.all(
    (["latin", "latin-ext"] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({ name: "Inter", weight, style: "normal" as const, data: await readFile(join(FONTS_DIR, `inter-${subset}-${weight}-normal.woff`)) })),
    ),
  );
  return fonts;
}

interface Node {
  type: "div";
  props: { style: Record<string, string | number>; children?: string | Node | Node[] };
}

function box(style: Record<string, string | number>, children: string | Node | Node[]): Node {
  return { type: "div", props: { style: { display: "flex", ...style }, children } };
}

const INK = "#1f2937";
const MUTED = "#6b7280";
const ACCENT = "#0f766e";

function rows(items: CardRow[]): Node[] {
  return items.map((r) =>
    box({ justifyContent: "space-between", fontSize: r.strong ? 24 : 20, fontWeight: r.strong ? 700 : 400, marginTop: 6 }, [
      box({ color: r.strong ? INK : MUTED }, r.label),
      box({ color: r.strong ? ACCENT : INK }, r.value),
    ]),
  );
}

function layout(view: CardView): Node {
  const header = box({ flexDirection: "column", background: ACCENT, color: "#ffffff", padding: "24px 32px" }, [
    box({ fontSize: 30, fontWeight: 700 }, view.agency.name ?? view.title),
    box({ fontSize: 20, marginTop: 4, opacity: 0.9 }, view.agency.name ? view.title : " "),
  ]);
  const flights = view.flights.map((f) =>
    box({ flexDirection: "column", borderBottom: "1px solid #e5e7eb", padding: "20px 32px" }, [
      ...(f.option ? [box({ fontSize: 16, fontWeight: 700, color: ACCENT, textTransform: "uppercase" }, f.option)] : []),
      box({ fontSize: 28, fontWeight: 700, color: INK }, f.route),
      box({ fontSize: 20, color: MUTED, marginTop: 2 }, f.date),
      box({ fontSize: 20, color: INK, marginTop: 8 }, f.flight),
      ...(f.baggage ? [box({ fontSize: 18, color: MUTED, marginTop: 4 }, f.baggage)] : []),
      box({ flexDirection: "column", marginTop: 8 }, rows(f.prices)),
    ]),
  );
  const booking = view.booking.length + view.passengers.length > 0
    ? [box({ flexDirection: "column", borderBottom: "1px solid #e5e7eb", padding: "16px 32px" }, [
        ...rows(view.booking),
        ...view.passengers.map((p) => box({ fontSize: 18, color: INK, marginTop: 6 }, p)),
      ])]
    : [];
  const notes = view.notes.map((n) => box({ fontSize: 16, color: MUTED, marginTop: 4 }, n));
  const contact = [view.agency.name, view.agency.contact].filter((s): s is string => !!s);
  const footer = box({ flexDirection: "column", padding: "16px 32px 24px" }, [
    ...notes,
    ...contact.map((c, i) => box({ fontSize: i === 0 && contact.length > 1 ? 20 : 18, fontWeight: i === 0 && contact.length > 1 ? 700 : 400, color: INK, marginTop: i === 0 ? 12 : 2 }, c)),
  ]);
  return box({ flexDirection: "column", width: WIDTH, background: "#ffffff", fontFamily: "Inter" }, [header, ...flights, ...booking, footer]);
}

export async function renderCardSvg(view: CardView): Promise<string> {
  return satori(layout(view), { width: WIDTH, fonts: await loadFonts() });
}

/** PNG bytes of the card, at 1.5× so text stays crisp when WhatsApp recompresses it. */
export async function renderCardPng(view: CardView): Promise<Uint8Array> {
  const svg = await renderCardSvg(view);
  return new Resvg(svg, { fitTo: { mode: "zoom", value: 1.5 }, background: "#ffffff" }).render().asPng();
}
