/**
 * Waiting for a result the server works out after it answered (the check of what was handed in, the recording of a
 * payment): the page reads the status again, soon at first and then less often, one read at a time.
 */

/** Milliseconds before read number `attempt` (0 first): 1 s, growing by half each time, at most 5 s. */
export function pollDelay(attempt: number): number {
  return Math.min(Math.round(1000 * 1.5 ** attempt), 5000);
}

type Timer = (callback: () => void, ms: number) => unknown;

/**
 * Reads until `done` holds, then hands the value on. A read that fails (a moment without network) is simply tried
 * again later: the person keeps seeing that we are on it, not an error. Stops by itself once `alive` says the page is
 * gone; the answer stops it too.
 */
export function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, then: (value: T) => void,
  alive: () => boolean, timer: Timer = setTimeout): () => void {
  let stopped = false;
  let attempt = 0;
  const next = () => {
    if (stopped || !alive()) return;
    timer(async () => {
      if (stopped || !alive()) return;
      try {
        const value = await read();
        if (stopped || !alive()) return;
        if (done(value)) {
          stopped = true;
          then(value);
          return;
        }
      } catch {
        // Read again at the next turn.
      }
      next();
    }, pollDelay(attempt++));
  };
  next();
  return () => { stopped = true; };
}
