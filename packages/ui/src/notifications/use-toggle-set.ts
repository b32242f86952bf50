import { useCallback, useState } from 'react';

/** A set of keys that the window toggles, such as expanded groups or collapsed sections. */
export function useToggleSet() {
  const [values, setValues] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = useCallback((key: string) => {
    setValues((current) => {
      const next = new Set(current);
      if (next.has(key)) {
        next.delete(key);
      } else {
        next.add(key);
      }
      return next;
    });
  }, []);

  return { values, has: (key: string) => values.has(key), toggle };
}
