/**
 * Updates whose money action ran (the deposit paid, or a payment tried, for this booking code): whatever
 * fails after it, the error boundary never answers "try again", which would invite paying twice; it names
 * the code to check instead (middlewares/error-handler.ts).
 */
const moved = new WeakMap<object, string>();

export function noteMoneyAction(ctx: object, code: string): void {
  moved.set(ctx, code);
}

/** The booking code whose money action this update ran, if any. */
export function moneyActionOf(ctx: object): string | undefined {
  return moved.get(ctx);
}
