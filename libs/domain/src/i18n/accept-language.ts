/** The languages the API answers in; English is the default. */
export type Language = 'en' | 'fr';

/**
 * The language to answer in, from an `Accept-Language` header (RFC 9110 §12.5.4): the supported
 * language with the highest weight wins, ties going to the first listed; `*` means English; a
 * language given weight 0 is refused. Malformed entries are ignored.
 */
export function negotiateLanguage(header: string | undefined | null): Language {
  if (!header) return 'en';
  let best: { language: Language; weight: number } | undefined;
  for (const part of header.split(',').slice(0, 32)) {
    const [range, ...parameters] = part.trim().split(';');
    const tag = range.trim().toLowerCase();
    let weight = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter);
      if (match) weight = Math.min(1, Number(match[1]));
    }
    const primary = tag.split('-')[0];
    const language: Language | undefined =
      primary === 'fr' ? 'fr' : primary === 'en' || primary === '*' ? 'en' : undefined;
    if (language === undefined || weight <= 0) continue;
    if (best === undefined || weight > best.weight) best = { language, weight };
  }
  return best?.language ?? 'en';
}
