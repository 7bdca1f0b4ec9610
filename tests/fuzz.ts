/**
 * What the reliability tests throw at the catalog: fast-check arbitraries for hostile text, unsafe and odd URLs,
 * valid catalogs full of both, mutations of valid catalogs, and checks of the DOM the elements render from them.
 */
import fc from 'fast-check';
import { MATERIAL_KINDS } from '../src/catalog/patterns.js';

/** One seed for every property, so a failure is reproducible (fast-check prints the path to the counterexample). */
export const SEED = 20261101;

/** Set by any injected script that manages to run. */
export const PWNED = '__rspPwned';

/** Strings that try to become markup, attributes or script, and strings that try to break layout or text. */
export const HOSTILE_STRINGS = [
  `<img src=x onerror="window.${PWNED}=1">`,
  `"><svg onload="window.${PWNED}=1">`,
  `' onmouseover='window.${PWNED}=1`,
  `" onmouseover="window.${PWNED}=1" data-injected="1`,
  `<script>window.${PWNED}=1</script>`,
  '<x-injected data-injected="1">injected</x-injected>',
  '</style><style>*{display:none}</style>',
  '<!--?lit$123$-->',
  '<?lit$123$>',
  `\${window.${PWNED}=1}`,
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62;',
  'javascript:alert(1)',
  '\u202Egnp.exe\u202C and \u2066isolate\u2069 \u200F',
  'zero\u200Bwidth\u200C\u200Djoin\uFEFF',
  'nul\u0000char and \u0007bell',
  '👩🏽‍⚕️ 🧠 🏳️‍🌈 🇺🇸',
  'e\u0301\u0301\u0301 Zalgơ̵̢̗̪̱͎̫͔͈',
  'W'.repeat(300),
];

/** Hostile text: the list above, mixtures of it, and arbitrary code points (lone surrogates included). */
export const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.array(fc.constantFrom(...HOSTILE_STRINGS), { minLength: 2, maxLength: 3 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** What the schema takes as required text: anything with a non-space character. */
export const requiredText = hostileText.filter((text) => /\S/.test(text));

/** Never http(s): each must be dropped (a warning), never linked. */
export const UNSAFE_URLS = [
  `javascript:window.${PWNED}=1`,
  `JaVaScRiPt:window.${PWNED}=1`,
  ` javascript:window.${PWNED}=1`,
  `\tjava\nscript:window.${PWNED}=1`,
  `data:text/html,<script>window.${PWNED}=1</script>`,
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'about:blank',
  'blob:https://example.org/1',
];

/**
 * Fine as links. Absolute ones point at port 9 (discard), which browsers refuse to connect to: no request leaves the
 * page. Relative ones resolve against the page's `<base>`, which the element fuzz points there too.
 */
const SAFE_URLS = [
  'media/clip.mp4',
  '/files/handout.pdf',
  '../up/one.vtt',
  'http://127.0.0.1:9/media/a.mp4',
  'https://127.0.0.1:9/files/b.pdf?x="onmouseover=1',
  'HTTP://127.0.0.1:9/UPPER.PDF',
];

export const anyUrl = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...UNSAFE_URLS) },
  { weight: 2, arbitrary: fc.constantFrom(...SAFE_URLS) },
  { weight: 1, arbitrary: hostileText.filter((text) => text.length > 0) },
);

const idText = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,10}$/);
const language = fc.constantFrom('en', 'es', 'pt-BR', 'zh-Hant');

const material = fc.record(
  {
    kind: fc.constantFrom(...MATERIAL_KINDS),
    title: requiredText,
    href: anyUrl,
    type: fc.oneof(fc.constantFrom('application/pdf', 'text/html', 'image/png'), hostileText),
    bytes: fc.nat(),
    pages: fc.nat({ max: 500 }),
    lang: language,
    tagged: fc.boolean(),
  },
  { requiredKeys: ['kind', 'title', 'href'] },
);

const captions = fc.record(
  { src: anyUrl, lang: language, label: requiredText, quality: fc.constantFrom('verified', 'automatic') },
  { requiredKeys: ['src', 'lang', 'label'] },
);

const videoFields = {
  poster: anyUrl,
  captions: fc.array(captions, { maxLength: 2 }),
  chapters: anyUrl,
  descriptions: anyUrl,
  transcript: anyUrl,
};

const video = fc.oneof(
  fc.record(
    {
      sources: fc.array(fc.record({ src: anyUrl, type: fc.constantFrom('video/mp4', 'video/webm', 'application/vnd.apple.mpegurl') }), {
        minLength: 1,
        maxLength: 2,
      }),
      ...videoFields,
    },
    { requiredKeys: ['sources'] },
  ),
  fc.record(
    {
      embed: fc.record({
        provider: fc.constantFrom('youtube' as const, 'vimeo' as const),
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/),
      }),
      ...videoFields,
    },
    { requiredKeys: ['embed'] },
  ),
);

const session = fc.record(
  {
    id: idText,
    title: requiredText,
    date: fc.constantFrom('2021-03-04', '1999-12-31', '2026-02-28'),
    duration: fc.constantFrom('PT1H32M', 'PT45S', 'P1DT2H'),
    video,
    materials: fc.array(material, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title'] },
);

const training = fc.record(
  {
    id: idText,
    title: requiredText,
    subtitle: hostileText,
    summary: hostileText,
    description: hostileText,
    presenters: fc.array(
      fc.record({ name: requiredText, credentials: hostileText, affiliation: hostileText }, { requiredKeys: ['name'] }),
      { maxLength: 2 },
    ),
    date: fc.constantFrom('2021-03-04', '2010-01-15'),
    format: fc.constantFrom('prerecorded', 'live-online', 'in-person'),
    topics: fc.array(fc.oneof(fc.constantFrom('safety', 'trauma'), hostileText), { maxLength: 2 }),
    audiences: fc.array(fc.oneof(fc.constantFrom('nurses'), hostileText), { maxLength: 2 }),
    language,
    thumbnail: fc.record(
      { src: anyUrl, alt: hostileText, width: fc.nat({ max: 2000 }), height: fc.nat({ max: 2000 }) },
      { requiredKeys: ['src', 'alt'] },
    ),
    advisory: hostileText,
    credits: fc.array(fc.record({ type: requiredText, hours: fc.double({ min: 0, max: 40, noNaN: true }), body: hostileText }, { requiredKeys: ['type', 'hours'] }), { maxLength: 1 }),
    sessions: fc.array(session, { minLength: 1, maxLength: 2 }),
    materials: fc.array(material, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title', 'sessions'] },
);

/** A valid version 1 catalog (every training passes the schema, ids unique) full of hostile text and URLs. */
export const validCatalog = fc.record(
  {
    version: fc.constant(1),
    title: requiredText,
    publisher: fc.record({ name: requiredText, url: anyUrl }, { requiredKeys: ['name'] }),
    updated: fc.constant('2026-11-01'),
    topics: fc.array(fc.record({ id: idText, label: requiredText }), { maxLength: 2 }),
    audiences: fc.array(fc.record({ id: idText, label: requiredText }), { maxLength: 2 }),
    trainings: fc.uniqueArray(training, { selector: (each) => each.id, minLength: 1, maxLength: 5 }),
  },
  { requiredKeys: ['version', 'title', 'trainings'] },
);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path into `value` (the root is `[]`). */
function pathsOf(value: Json, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], into));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) pathsOf(value[key], [...path, key], into);
  return into;
}

export interface Mutation {
  kind: 'replace' | 'delete' | 'add-unknown-field';
  /** Picks the path: an index into every path of the catalog (modulo their number). */
  at: number;
  value: Json;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'add-unknown-field'),
  at: fc.nat(),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, hostileText, fc.constantFrom(...UNSAFE_URLS)),
});

/**
 * Applies `mutations` to a deep copy of `catalog`. Returns the result and which trainings may have become invalid
 * (`all` when the trainings list itself or the root was hit). Adding an unknown field invalidates nothing: newer
 * catalogs add fields, and older readers must ignore them.
 */
export function mutate(catalog: unknown, mutations: Mutation[]): { data: Json; touched: Set<number> | 'all' } {
  let data = JSON.parse(JSON.stringify(catalog)) as Json;
  let touched: Set<number> | 'all' = new Set();
  for (const { kind, at, value } of mutations) {
    const paths = pathsOf(data);
    const path = paths[at % paths.length];
    if (kind !== 'add-unknown-field' && touched !== 'all') {
      if (path[0] === 'trainings' && typeof path[1] === 'number') touched.add(path[1]);
      else if (path.length === 0 || path[0] === 'trainings') touched = 'all';
    }
    if (path.length === 0) {
      if (kind === 'replace') data = value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key], data);
    const key = path[path.length - 1];
    if (kind === 'replace') (parent as Record<string | number, Json>)[key] = value;
    else if (kind === 'delete') {
      if (Array.isArray(parent)) {
        parent.splice(key as number, 1);
        // Later trainings shift down by one: their indexes no longer name them.
        if (path.length === 2 && path[0] === 'trainings') touched = 'all';
      } else delete (parent as Record<string, Json>)[key];
    } else {
      const target = (parent as Record<string | number, Json>)[key];
      if (target && typeof target === 'object' && !Array.isArray(target)) target[`future-${at % 97}`] = value;
    }
  }
  return { data, touched };
}

/** Every element under `root`, through every open shadow root on the way. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Tags the elements' templates render; anything else in the DOM came from somewhere else. */
const OUR_TAGS = new Set([
  'a', 'article', 'button', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'img', 'input', 'kbd', 'label', 'legend',
  'li', 'mark', 'nav', 'ol', 'option', 'p', 'path', 'section', 'select', 'slot', 'span', 'strong', 'summary', 'svg',
  'time', 'track', 'ul', 'video',
  'rsp-training-list', 'rsp-training-player', 'rsp-handouts',
]);
const LINK_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'formaction', 'xlink:href'];

/**
 * Problems in the DOM rendered under `host`: an element the templates do not make, an attribute that is not a plain
 * lowercase name or is an event handler, a link or source that is not http(s), or an injected script that ran.
 */
export function domProblems(host: Element): string[] {
  const problems: string[] = [];
  if ((window as unknown as Record<string, unknown>)[PWNED] !== undefined) problems.push('an injected script ran');
  for (const element of deepElements(host.shadowRoot ?? host)) {
    if (!OUR_TAGS.has(element.localName)) problems.push(`element <${element.localName}>`);
    for (const { name, value } of element.attributes) {
      if (!/^[a-z][a-z-]*$/.test(name) && name !== 'viewBox') problems.push(`attribute ${name} on <${element.localName}>`);
      else if (name.startsWith('on')) problems.push(`attribute ${name} on <${element.localName}>`);
      if (!LINK_ATTRIBUTES.includes(name)) continue;
      let protocol = '';
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = 'invalid';
      }
      // hls.js feeds the video through Media Source Extensions: a blob: URL of its own, never one from the catalog.
      if (protocol === 'blob:' && element.localName === 'video') continue;
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`${name}="${value.slice(0, 60)}" on <${element.localName}>`);
    }
  }
  return problems;
}
