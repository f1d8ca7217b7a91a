// Names listed in a sentence, cut after the first ones so a province's 8,000 communes do not
// make one unreadable line ("…, Tân Hiệp và 120 xã khác").

export function nameList(names: readonly string[], lang: 'vi' | 'en', max = 30): string {
  if (names.length <= max) return names.join(', ');
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')}${lang === 'vi' ? ` và ${rest} xã khác` : ` and ${rest} more`}`;
}
