/** Dates, durations, numbers and language names through `Intl`, in the element's language. */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

/** "March 4, 2021" for `2021-03-04` (read as a calendar date, so no time zone moves it a day). */
export function formatDate(date: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number);
  const format = cached(`date:${lang}:${style}`, () =>
    new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }),
  );
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "1 hr 32 min", "45 min", "30 sec" — short units; hours and minutes only once above a minute. */
export function formatDuration(seconds: number, lang: string): string {
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    cached(`unit:${lang}:${name}`, () =>
      new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short' }),
    ).format(value);
  if (seconds < 60) return unit(Math.round(seconds), 'second');
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return [hours && unit(hours, 'hour'), minutes && unit(minutes, 'minute')].filter(Boolean).join(' ');
}

/** "1,234" / "1.234" */
export function formatNumber(value: number, lang: string): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

/** A playback speed: "0.75×" / "0,75×". */
export function formatSpeed(rate: number, lang: string): string {
  return `${formatNumber(rate, lang)}×`;
}

const languageNames = new Map<string, Intl.DisplayNames | undefined>();

/**
 * The name of the language `code` in `lang` ("Spanish", "español"), or `code` itself when the browser cannot name
 * it: no `Intl.DisplayNames`, a `lang` it does not take, or a tag of the catalog's loose shape that it refuses
 * (`en-US-US` is a RangeError).
 */
export function languageName(code: string, lang: string): string {
  if (!languageNames.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames(lang, { type: 'language' });
    } catch {
      // An unusual lang attribute, or an old browser: the codes will do.
    }
    languageNames.set(lang, names);
  }
  try {
    return languageNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a word for `count` in `lang`, by `Intl.PluralRules`; categories a dictionary lacks fall back to `other`. */
export function pluralize(lang: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return forms[rules.select(count)] ?? forms.other;
}
