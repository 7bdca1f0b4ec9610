/**
 * The UI language of each element: its own `lang`, else the nearest ancestor's (across shadow roots), else
 * `<html lang>`, else English. English and Spanish are built in; a host can register more with `registerLanguage`.
 * Changing a `lang` attribute anywhere re-renders the elements.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from './en.js';
import { langOf } from './lang.js';

export type { Messages } from './en.js';

/** A language tag and its dictionary, handed to template functions. */
export interface Locale {
  lang: string;
  t: Messages;
}

const dictionaries = new Map<string, Messages>([['en', en]]);

/**
 * Built-in languages other than English load when an element first needs them (a lazy chunk of about 1.5 KB), so
 * English pages do not pay for them. Until it arrives, an element shows English for a moment, then re-renders.
 */
const builtIn: Record<string, () => Promise<Messages>> = {
  es: () => import('./es.js').then((module) => module.es),
};
const loading = new Set<string>();

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function refreshAll() {
  for (const host of hosts) host.requestUpdate();
}

/**
 * Adds (or replaces) the UI text for a language. `messages` must have every key of the English dictionary.
 *
 * @example
 * import { registerLanguage, en } from 'rsp-archive';
 * registerLanguage('pt', { ...en, searchLabel: 'Pesquisar treinamentos', … });
 */
export function registerLanguage(lang: string, messages: Messages): void {
  dictionaries.set(lang.toLowerCase(), messages);
  refreshAll();
}

/** The dictionary for `lang`: exact tag, then its primary language ("es-MX" → "es"), then English. */
export function messagesFor(lang: string): Messages {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0];
  const found = dictionaries.get(tag) ?? dictionaries.get(primary);
  if (found) return found;
  if (builtIn[primary] && !loading.has(primary)) {
    loading.add(primary);
    builtIn[primary]().then(
      (messages) => {
        if (!dictionaries.has(primary)) registerLanguage(primary, messages);
      },
      (error) => console.error(`rsp-archive: could not load the "${primary}" dictionary`, error),
    );
  }
  return en;
}

/** Resolves once the built-in dictionary for `lang` (if any) is loaded: for apps that want no English first. */
export async function loadLanguage(lang: string): Promise<Messages> {
  const primary = lang.toLowerCase().split('-')[0];
  if (!dictionaries.has(primary) && builtIn[primary]) registerLanguage(primary, await builtIn[primary]());
  return messagesFor(lang);
}

/** Gives an element `t` (its dictionary) and `lang`, and re-renders it when a `lang` attribute changes. */
export class LocaleController implements ReactiveController {
  constructor(private host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The language tag in effect for the element, as written ("es-US"). */
  get lang(): string {
    return langOf(this.host);
  }

  /** The element's UI text. */
  get t(): Messages {
    return messagesFor(this.lang);
  }

  /** Both, for template functions. */
  get locale(): Locale {
    const lang = this.lang;
    return { lang, t: messagesFor(lang) };
  }

  hostConnected() {
    hosts.add(this.host);
    // One observer for the page: a lang change on <html>, a container or an element re-renders every element.
    // Shadow roots are not observed, but their elements re-render with the rest.
    observer ??= new MutationObserver(refreshAll);
    if (hosts.size === 1) {
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected() {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
