import { cutWithEllipsis } from "./cut-text.js";

/** Escapes text for Telegram's HTML parse mode; every interpolated value goes through it. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Telegram refuses texts over 4096 characters; cut long lists with an ellipsis instead of failing. */
export function clip(text: string, max = 4000): string {
  return cutWithEllipsis(text, max);
}
