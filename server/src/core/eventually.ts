/**
 * A value now or later. Resolvers on hot paths return what their loaders already hold as is
 * (see `db/loader.ts`) and only fall back to promises for what still has to be read: GraphQL
 * completes a plain value at once, a promise only after a round of the microtask queue.
 */
export type Eventually<T> = T | Promise<T>;

function isPromise<T>(value: Eventually<T>): value is Promise<T> {
  return typeof (value as Promise<T> | null)?.then === 'function';
}

/**
 * `next(value)`, now when the value is here, once it arrives otherwise. (Not named `then`: a
 * module exporting `then` is a thenable, and `await import()` of it would call it.)
 */
export function after<T, R>(value: Eventually<T>, next: (value: T) => Eventually<R>): Eventually<R> {
  return isPromise(value) ? value.then(next) : next(value);
}

/**
 * `fn` as a function that returns a promise, a throw becoming its rejection (as from an `async`
 * function): for hooks typed to return promises that have nothing to wait for.
 */
export function promising<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => Promise<R> {
  return (...args) =>
    new Promise<R>((resolve) => {
      resolve(fn(...args));
    });
}

/** Like `Promise.all`, but the values themselves when none of them is a promise. */
export function all<T extends readonly unknown[]>(values: {
  readonly [K in keyof T]: Eventually<T[K]>;
}): Eventually<T> {
  return (values as readonly Eventually<unknown>[]).some(isPromise) ? Promise.all(values) : (values as unknown as T);
}
