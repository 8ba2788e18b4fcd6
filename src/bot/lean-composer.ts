import { Composer, type Context, type Middleware, type MiddlewareFn, type NextFunction } from "grammy";

type MaybePromise<T> = T | Promise<T>;
type MaybeArray<T> = T | T[];

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

/** A middleware object is asked for its function on every call, so what is added to it later still runs. */
function asFunction<C extends Context>(mw: Middleware<C>): MiddlewareFn<C> {
  return typeof mw === "function" ? mw : (ctx, next) => mw.middleware()(ctx, next);
}

/** Runs `chain` in order, each link's `next` being the rest of it and then `next`. */
function compose<C extends Context>(chain: readonly MiddlewareFn<C>[]): MiddlewareFn<C> {
  if (chain.length === 0) return pass;
  if (chain.length === 1) return chain[0]!;
  return (ctx, next) => {
    const run = (i: number): Promise<unknown> => (i === chain.length ? next() : Promise.resolve(chain[i]!(ctx, () => run(i + 1) as Promise<void>)));
    try {
      return run(0) as Promise<void>;
    } catch (e) {
      // As an async function would: a link that throws synchronously rejects the chain.
      return Promise.reject(e);
    }
  };
}

/**
 * grammY's Composer with the same routing and registration API, minus most of its per-update work.
 *
 * grammY builds every filter (`on`, `command`, `callbackQuery`, `chatType`…) on `branch`, which it builds
 * on `lazy`: each update reaching a filter gets a new Composer, a middleware array and two closures,
 * matched or not; and every `use` links the chain with two async closures per link and update. An update
 * passes some forty filters before it reaches the conversation it answers, so in `npm run bench:flow`
 * this routing was a fifth of the bot's allocations, and with fifty agents at once those short-lived
 * promise chains lived across Redis and Bot API waits, into the garbage collector's copying.
 *
 * Here both sides of a branch are composed once, at registration, a sync predicate (all of grammY's
 * filter queries are) costs no promise, and a composer's links call each other directly. What runs for
 * an update, and in which order, is exactly grammY's. Not kept: grammY's "`next` already called" check.
 * The features build on this class (a lint rule keeps `new Composer` out of src/bot/features).
 */
export class LeanComposer<C extends Context> extends Composer<C> {
  private readonly chain: MiddlewareFn<C>[];
  private composed: MiddlewareFn<C> | undefined;

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.chain = middleware.map(asFunction);
  }

  override middleware(): MiddlewareFn<C> {
    return (this.composed ??= compose(this.chain));
  }

  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new LeanComposer<C>(...middleware);
    this.chain.push(asFunction(composer));
    this.composed = undefined;
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): Composer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): Composer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new LeanComposer<C>(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }

  override branch(predicate: (ctx: C) => MaybePromise<boolean>, trueMiddleware: MaybeArray<Middleware<C>>, falseMiddleware: MaybeArray<Middleware<C>>): Composer<C> {
    const side = (mw: MaybeArray<Middleware<C>>) => (Array.isArray(mw) ? asFunction(new LeanComposer<C>(...mw)) : asFunction(mw));
    const onTrue = side(trueMiddleware);
    const onFalse = side(falseMiddleware);
    return this.use((ctx: C, next: NextFunction) => {
      const verdict = predicate(ctx);
      if (verdict instanceof Promise) return verdict.then((yes) => (yes ? onTrue : onFalse)(ctx, next));
      return (verdict ? onTrue : onFalse)(ctx, next);
    });
  }

  override errorBoundary(...args: Parameters<Composer<C>["errorBoundary"]>): Composer<C> {
    const [errorHandler, ...middleware] = args;
    const composer = new LeanComposer<C>(...middleware);
    // grammY's boundary (its semantics of `next` after an error are kept), around a lean chain.
    const boundary = new Composer<C>();
    boundary.errorBoundary(errorHandler, composer);
    this.use(boundary);
    return composer;
  }
}
