// The clocks and repeat loops the core benches share, so every table is measured the same way.
// No assertions on time anywhere: these only produce figures.

/** Milliseconds on some clock, read twice to time a stretch of work. */
export type Clock = () => number;

/** Wall time. */
export const wallMs: Clock = () => performance.now();

/** This process's CPU time (user + system), steady on a shared machine; Node only. */
export const cpuMs: Clock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * The median over 5 rounds of ms per call of `body`, each round at least `roundMs` long on `clock`
 * (and at least one call), after one warm-up call.
 */
export function medianPerCall(body: () => unknown, clock: Clock = wallMs, roundMs = 150): number {
  body();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    let done = 0;
    const start = clock();
    while (clock() - start < roundMs || done === 0) {
      body();
      done++;
    }
    rounds.push((clock() - start) / done);
  }
  return rounds.sort((a, b) => a - b)[2]!;
}

/**
 * A timer of average wall ms per unit of work over at least `measureMs` (and at least one call),
 * after one warm-up call (`warmUp`, by default `body` itself) that pays for shader compiles and
 * first allocations. `body` returns how many units (steps) it ran.
 */
export function averageTimer(measureMs: number) {
  return async (body: () => Promise<number> | number, warmUp: () => unknown = body): Promise<number> => {
    await warmUp();
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < measureMs || done === 0) done += await body();
    return (performance.now() - start) / done;
  };
}
