const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Parses `90s`, `15m`, `24h` or `7d` into seconds; anything else is undefined. */
export function parseDuration(raw: string): number | undefined {
  const match = /^(\d+)([smhd])$/.exec(raw.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * (UNIT_SECONDS[match[2]] ?? 0);
  return seconds > 0 ? seconds : undefined;
}
