import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { fullErrorText } from '../api';
import { redirectIfUnauthenticated } from './use-auth-guard';

// The one way a page loads what it shows and runs what a person taps: a 401 sends them to log in, any other failure
// becomes the Chinese sentence to show (with every problem the server listed), and a late answer to an earlier request never overwrites a newer one.

export interface Loaded<T> {
  data: T | null;
  /** The failure's Chinese sentence, '' when the last load succeeded. */
  error: string;
  loading: boolean;
  /** Loads again (after a change, on pull-to-refresh, when the page shows again). */
  reload: () => void;
  /** Replaces what is shown without a round trip (an action's answer carries the new state). */
  setData: (data: T) => void;
}

/** Loads on mount and whenever `deps` change; `reload` loads again. */
export function useLoaded<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  // The caller names what the load depends on, as with useEffect.
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    setLoading(true);
    run()
      .then((value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError('');
      })
      .catch((e: unknown) => {
        if (ticket !== latest.current || redirectIfUnauthenticated(e)) return;
        setError(fullErrorText(e));
      })
      .finally(() => {
        if (ticket === latest.current) setLoading(false);
      });
  }, [run]);
  useEffect(reload, [reload]);
  return { data, error, loading, reload, setData };
}

export interface Action<A extends unknown[], R> {
  /** Runs the action; resolves to its answer, or undefined when it failed (the failure is then in `error`). */
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  error: string;
  setError: (error: string) => void;
}

/**
 * A tap that calls the server: busy while it runs (a second tap meanwhile is ignored), its failure as a sentence. Check
 * what the form can check before calling `run`: a tap refused by the page itself should not count as one in flight.
 */
export function useAction<A extends unknown[], R>(act: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const running = useRef(false);
  const actRef = useRef(act);
  actRef.current = act;
  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError('');
    try {
      return await actRef.current(...args);
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setError(fullErrorText(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { run, busy, error, setError };
}
