// The `set.period-ended` findings as one line's worth (console and pane), with no import: the pane's
// first load must not pull the rules in.
/** The `set.period-ended` findings grouped by period ("2021 - 2025" → its set ids), for one line. */
export function endedPeriods(findings: readonly { code: string; found?: string; setId?: string }[]): { period: string; setIds: string[] }[] {
  const byPeriod = new Map<string, string[]>();
  for (const f of findings) {
    if (f.code !== 'set.period-ended' || !f.found || !f.setId) continue;
    const list = byPeriod.get(f.found) ?? [];
    list.push(f.setId);
    byPeriod.set(f.found, list);
  }
  return [...byPeriod].map(([period, setIds]) => ({ period, setIds }));
}
