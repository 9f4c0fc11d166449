/**
 * A LIKE/ILIKE pattern that finds `text` anywhere in a value, taken literally: `%`, `_` and the escape
 * character `\` (PostgreSQL's default) match only themselves.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
