import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type MaybePromise<T> = T | Promise<T>;
type MaybeArray<T> = T | T[];

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

/**
 * grammY's Composer with the same routing, minus its per-update allocations. Every `on`, `command`,
 * `callbackQuery`, `chatType`… goes through `branch`, which grammY builds on `lazy`: each update that
 * reaches a filter gets a new Composer, a middleware array and two closures, whether it matches or not.
 * An update passes some fifty filters before it reaches the conversation it answers, so that was a
 * fifth of the bot's allocations (bench:flow heap profile). Here the two sides of a branch are composed
 * once, when the handler is registered; which runs is decided per update exactly as grammY does.
 * The features build on this class (a lint rule keeps `new Composer` out of them).
 */
export class LeanComposer<C extends Context> extends Composer<C> {
  override use(...middleware: Array<Middleware<C>>): Composer<C> {
    const composer = new LeanComposer<C>(...middleware);
    super.use(composer);
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
    // A Composer reads a composer it wraps at call time, so middleware added to `trueMiddleware` later still runs.
    const onTrue = new Composer<C>(...[trueMiddleware].flat()).middleware();
    const onFalse = new Composer<C>(...[falseMiddleware].flat()).middleware();
    return this.use(async (ctx, next) => ((await predicate(ctx)) ? onTrue : onFalse)(ctx, next));
  }

  override errorBoundary(...args: Parameters<Composer<C>["errorBoundary"]>): Composer<C> {
    const [errorHandler, ...middleware] = args;
    const composer = new LeanComposer<C>(...middleware);
    super.errorBoundary(errorHandler, composer);
    return composer;
  }
}
