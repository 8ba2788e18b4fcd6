/**
 * The Lion Air captcha: a small greyscale PNG showing five digits over light noise.
 * The answer is derived from the session id, so tests read it with `controls.captchaAnswer(id)`
 * (or GET /__sandbox/captcha?sessionId=…) instead of doing OCR.
 */
import { createRng, hashSeed } from "../../mmbc/flights/prng.js";
import { encodeGrayPng } from "./png.js";

// 5×7 digit glyphs, "#" = ink.
const GLYPHS: Record<string, string[]> = {
  "0": [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
  "1": ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
  "2": [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
  "3": ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
  "4": ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
  "5": ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
  "6": ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
  "7": ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
  "8": [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
  "9": [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
};

const SCALE = 4;
const MARGIN = 10;
const GAP = 6;

export function captchaAnswerFor(sessionId: string): string {
  return String(hashSeed(`lion-captcha|${sessionId}`) % 100_000).padStart(5, "0");
}

export function renderCaptchaPng(answer: string, seed: string): Buffer {
  const glyphW = 5 * SCALE;
  const width = MARGIN * 2 + answer.length * glyphW + (answer.length - 1) * GAP;
  const height = MARGIN * 2 + 7 * SCALE;
  const px = new Uint8Array(width * height).fill(236);
  const rng = createRng(`lion-captcha-noise|${seed}`);
  const dot = (x: number, y: number, v: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) px[y * width + x] = v;
  };
  for (let i = 0; i < (width * height) / 12; i++) dot(rng.int(0, width - 1), rng.int(0, height - 1), rng.int(150, 210));
  [...answer].forEach((ch, i) => {
    const rows = GLYPHS[ch] ?? [];
    const left = MARGIN + i * (glyphW + GAP);
    const top = MARGIN + rng.int(-3, 3);
    rows.forEach((row, gy) => {
      [...row].forEach((cell, gx) => {
        if (cell !== "#") return;
        for (let dy = 0; dy < SCALE; dy++) for (let dx = 0; dx < SCALE; dx++) dot(left + gx * SCALE + dx, top + gy * SCALE + dy, 40);
      });
    });
  });
  // Two strike lines so it looks like a captcha; thin enough to keep the digits readable.
  for (let l = 0; l < 2; l++) {
    const y0 = rng.int(MARGIN, height - MARGIN);
    const slope = rng.between(-0.15, 0.15);
    for (let x = 0; x < width; x++) dot(x, Math.round(y0 + slope * x), 110);
  }
  return encodeGrayPng(width, height, px);
}
