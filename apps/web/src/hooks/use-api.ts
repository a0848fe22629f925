import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again (after a change), keeping the current data on screen meanwhile. */
  reload(): void;
  /** Replaces the data with what a mutation returned, without another request. */
  replace(data: T): void;
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'NETWORK_ERROR', 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.');
}

/** Runs `load` when `deps` change; answers that arrive after a newer request are dropped. */
export function useApi<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what `load` reads
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    const request = ++latest.current;
    setLoading(true);
    stableLoad().then(
      (value) => {
        if (request !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (request !== latest.current) return;
        setError(asApiError(failure));
        setLoading(false);
      },
    );
  }, [stableLoad, generation]);

  return {
    data,
    error,
    loading,
    reload: () => setGeneration((value) => value + 1),
    replace: (value: T) => setData(value),
  };
}

/** A mutation's pending state and error, for forms and buttons. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = async (...args: A): Promise<R | undefined> => {
    setPending(true);
    setError(undefined);
    try {
      return await action(...args);
    } catch (failure) {
      setError(asApiError(failure));
      return undefined;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error, clearError: () => setError(undefined) };
}
