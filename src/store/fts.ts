// Whatever a user types is searched as text: each word becomes a quoted FTS5 string, so
// operators (AND, NEAR, *, :, ^, parentheses, quotes) are never interpreted.

/** An FTS5 MATCH expression for the words of `input` (all must occur), or null when it has none. */
export function ftsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}
