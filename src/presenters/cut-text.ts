/**
 * The first `max` UTF-16 units of a text, one fewer when the last would be half of a surrogate pair
 * (an emoji): Telegram refuses a whole message with half an emoji in it ("strings must be encoded in
 * UTF-8"), and names and typed words carry emoji. Within `max` under either count (units or characters).
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** `cutText` with an ellipsis when it cut, the whole within `max`. */
export function cutWithEllipsis(text: string, max: number): string {
  return text.length <= max ? text : `${cutText(text, max - 1)}…`;
}
