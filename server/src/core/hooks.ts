/**
 * A function a module calls and a module above it provides, wired once by the composition root
 * (app/hooks.ts): how a lower module has a higher one react (inside the same transaction when
 * it passes its EntityManager) without importing it.
 */
export type Hook<F extends (...args: never[]) => unknown> = F & { provide(implementation: F): void };

export function hook<F extends (...args: never[]) => unknown>(name: string): Hook<F> {
  let implementation: F | undefined;
  const call = (...args: Parameters<F>): ReturnType<F> => {
    if (!implementation) throw new Error(`The hook ${name} is not wired: app/hooks.ts provides it at start.`);
    return implementation(...args) as ReturnType<F>;
  };
  return Object.assign(call as unknown as F, {
    provide(next: F) {
      implementation = next;
    },
  });
}
