/** A choice the pane remembers across datasets and reloads (the insert mode, the series layout), in localStorage. */
import { useState } from "react";

export function useRemembered<T extends string>(key: string, fallback: T, allowed: readonly T[]): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = globalThis.localStorage?.getItem(key);
      return allowed.includes(saved as T) ? (saved as T) : fallback;
    } catch {
      return fallback;
    }
  });
  const set = (next: T) => {
    setValue(next);
    try {
      globalThis.localStorage?.setItem(key, next);
    } catch {
      // storage blocked: remembered for this session only
    }
  };
  return [value, set];
}
