/**
 * Caches a pure string function. Words and names recur across an archive, so the cache pays for
 * itself; it is emptied when full, which keeps memory flat on archives of any size.
 */
export function memoizeString(fn: (s: string) => string, limit: number): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string) => {
    let value = cache.get(s);
    if (value === undefined) {
      value = fn(s);
      if (cache.size >= limit) cache.clear();
      cache.set(s, value);
    }
    return value;
  };
}
