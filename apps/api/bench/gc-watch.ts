import { PerformanceObserver } from 'node:perf_hooks';

/** A span of time on performance.now()'s clock: one timed request. */
export type Span = [start: number, end: number];

/**
 * Watches this process's garbage collections, so a benchmark can say how many of its timed requests a
 * collection fell into (the API and the SQL replay share the process, and so its collector).
 */
export function watchGc() {
  const pauses: Span[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime, e.startTime + e.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    /** How many of the spans a collection overlapped, and the collections' ms inside them. */
    within(spans: Span[]): { requests: number; ms: number } {
      let requests = 0;
      let ms = 0;
      for (const [start, end] of spans) {
        let inside = 0;
        for (const [from, to] of pauses) if (from < end && to > start) inside += Math.min(end, to) - Math.max(start, from);
        if (inside > 0) {
          requests++;
          ms += inside;
        }
      }
      return { requests, ms };
    },
    stop: () => observer.disconnect(),
  };
}
