// Commune names inside a finding's message: all of them up to a point, then "và N xã khác".
const MAX_NAMES = 30;

export function nameList(names: string[], max = MAX_NAMES): { vi: string; en: string } {
  if (names.length <= max) return { vi: names.join(', '), en: names.join(', ') };
  const shown = names.slice(0, max).join(', ');
  const rest = names.length - max;
  return { vi: `${shown} và ${rest} xã khác`, en: `${shown} and ${rest} more` };
}

/** nameList(xs.map(name)), naming only the communes shown: a national item lists thousands. */
export function nameListBy<T>(xs: readonly T[], name: (x: T) => string, max = MAX_NAMES): { vi: string; en: string } {
  if (xs.length <= max) return nameList(xs.map(name), max);
  const shown = xs.slice(0, max).map(name).join(', ');
  const rest = xs.length - max;
  return { vi: `${shown} và ${rest} xã khác`, en: `${shown} and ${rest} more` };
}
