/**
 * What the journeys share: the demo archive on a host page, what the host page's LMS hears, what a screen reader is
 * told, and a person's hands (real clicks, real keys).
 *
 * The archive lives in a same-origin `<iframe>` (`pages/archive.html`: one script tag, `<rsp-archive
 * src="/demo/catalog.json">`, hash routing), so `reload()` is a true reload that keeps localStorage, the address is
 * the frame's own, and the test page's own `location` is never touched. `sendKeys` reaches the element focused
 * inside the frame in Chromium and Firefox alike; `sendMouse` positions are the frame's plus its offset.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';

/** Generous: two cores run seven helpers' browsers at once. */
export const PATIENCE = { timeout: 15000, interval: 50 };

export type RspEventType = 'rsp-complete' | 'rsp-progress' | 'rsp-play';
export interface Heard {
  type: RspEventType;
  detail: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// Finding things as a person does: by role and accessible name, through every shadow root.

const ROLES: Record<string, string> = {
  heading: '[role="heading"], h1, h2, h3, h4, h5, h6',
  button: 'button, [role="button"], input[type="button"], input[type="submit"], summary',
  link: 'a[href], [role="link"]',
  searchbox: 'input[type="search"], [role="searchbox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  combobox: 'select, [role="combobox"]',
  status: '[role="status"], [role="alert"], [role="log"], [aria-live]',
};

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every element matching `selector` in `root` and in every shadow root below it, in document order. */
export function deepAll(root: Document | Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | Element | ShadowRoot) => {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(selector)) found.push(node as Element);
    const element = node as Element;
    if (element.shadowRoot) visit(element.shadowRoot);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return found;
}

/** Whether a person can see `element` (not inside `hidden`, `display: none` or a closed `<details>`). */
export function isShown(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (check) return check.call(element, { visibilityProperty: true });
  return (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0;
}

/** The accessible name, as far as these elements need it: aria-labelledby, aria-label, labels, then text. */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return collapse(labelledBy.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
  }
  const label = element.getAttribute('aria-label');
  if (label) return collapse(label);
  const labels = (element as HTMLInputElement).labels;
  if (labels?.length) {
    // A label that wraps its control: its text, without the control's own value.
    return collapse([...labels].map((each) => textWithout(each, element)).join(' '));
  }
  if (element.localName === 'input') return collapse((element as HTMLInputElement).placeholder || element.getAttribute('title'));
  if (element.localName === 'video') return collapse(element.getAttribute('title')) || 'video';
  return collapse(element.textContent);
}

function textWithout(container: Element, skip: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node === skip || (node as Element).localName === 'select') return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    node.childNodes.forEach(walk);
  };
  walk(container);
  return text;
}

/** Shown elements of `role` whose accessible name is `name` (exact, whitespace collapsed) or matches it. */
export function allByRole(root: Document | Element | ShadowRoot, role: keyof typeof ROLES, name?: string | RegExp): HTMLElement[] {
  return (deepAll(root, ROLES[role]) as HTMLElement[]).filter((element) => {
    if (!isShown(element)) return false;
    if (name === undefined) return true;
    const accessible = accessibleName(element);
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
}

/** The one shown element of `role` named `name`; throws, naming what is there, when there is none. */
export function byRole(root: Document | Element | ShadowRoot, role: keyof typeof ROLES, name?: string | RegExp): HTMLElement {
  const [found] = allByRole(root, role, name);
  if (!found) {
    const present = allByRole(root, role).map(accessibleName).slice(0, 30);
    throw new Error(`no ${role} named ${String(name)}; there are: ${JSON.stringify(present)}`);
  }
  return found;
}

/** Waits until a `role` named `name` is shown, and returns it. */
export async function findByRole(root: Document | Element | ShadowRoot, role: keyof typeof ROLES, name?: string | RegExp) {
  let found: HTMLElement | undefined;
  await waitUntil(() => (found = allByRole(root, role, name)[0]), `a ${role} named ${String(name)}`, PATIENCE).catch(() => {
    byRole(root, role, name); // throws the helpful message
  });
  return found!;
}

/** The element that has focus, through shadow roots (`<body>` when focus was dropped). */
export function focused(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a screen reader says for the focused element: its role-ish tag and accessible name. */
export function focusedName(doc: Document): string {
  const active = focused(doc);
  if (!active || active === doc.body) return '<body>';
  return accessibleName(active);
}

// ---------------------------------------------------------------------------------------------------------------
// What a screen reader is told: every change of text in a live region, in order.

export interface Announcement {
  text: string;
  /** A sighted person could also see this text (live regions should be visually hidden). */
  visible: boolean;
}

/** Whether `element` takes up no visible room: a visually hidden live region (1 px, clipped) does not. */
function visuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return box.width <= 1 || box.height <= 1 || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)|inset\(50%\)/.test(style.clip + style.clipPath);
}

/**
 * Records announcements: a MutationObserver over the document and every shadow root (found again after each batch
 * of mutations, so regions added later are heard too) reads each `[aria-live]`, `role=status|alert|log` region and
 * records its text whenever it changes to something non-empty.
 */
export class Announcer {
  readonly heard: Announcement[] = [];
  private last = new WeakMap<Element, string>();
  private observed = new WeakSet<Node>();
  private observer?: MutationObserver;

  /** Starts listening to `doc` (again after a reload; what was heard before is kept). */
  listen(doc: Document) {
    this.observer?.disconnect();
    this.observed = new WeakSet();
    this.observer = new (doc.defaultView as typeof window).MutationObserver(() => this.scan(doc));
    this.scan(doc, true);
  }

  stop() {
    this.observer?.disconnect();
  }

  /** Texts heard since `mark` (an index from `mark()`). */
  since(mark = 0): string[] {
    return this.heard.slice(mark).map((each) => each.text);
  }

  mark(): number {
    return this.heard.length;
  }

  /** Waits until an announcement since `mark` matches `pattern`, and returns it. */
  async waitFor(pattern: RegExp, mark = 0): Promise<Announcement> {
    let found: Announcement | undefined;
    await waitUntil(() => (found = this.heard.slice(mark).find((each) => pattern.test(each.text))), '', PATIENCE).catch(() => {
      throw new Error(`a screen reader was not told ${pattern}; it heard ${JSON.stringify(this.since(mark))}`);
    });
    return found!;
  }

  private scan(doc: Document, initial = false) {
    const observe = (node: Node) => {
      if (this.observed.has(node)) return;
      this.observed.add(node);
      this.observer!.observe(node, { childList: true, subtree: true, characterData: true });
    };
    observe(doc);
    for (const host of deepAll(doc, '*')) if (host.shadowRoot) observe(host.shadowRoot);
    for (const region of deepAll(doc, ROLES.status)) {
      const text = collapse(region.textContent);
      if (text === (this.last.get(region) ?? '')) continue;
      this.last.set(region, text);
      // Text already there when listening starts was not announced as a change; a screen reader says it only if
      // it is an alert.
      if (text && (!initial || region.getAttribute('role') === 'alert')) this.heard.push({ text, visible: !visuallyHidden(region) });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The host page's LMS: every rsp-complete, rsp-progress and rsp-play that reaches its document.

export class LmsListener {
  readonly heard: Heard[] = [];
  private unlisten?: () => void;

  listen(doc: Document) {
    this.unlisten?.();
    const types: RspEventType[] = ['rsp-complete', 'rsp-progress', 'rsp-play'];
    const record = (event: Event) =>
      this.heard.push({ type: event.type as RspEventType, detail: { ...(event as CustomEvent).detail } });
    for (const type of types) doc.addEventListener(type, record);
    this.unlisten = () => types.forEach((type) => doc.removeEventListener(type, record));
  }

  stop() {
    this.unlisten?.();
  }

  of(type: RspEventType): Heard[] {
    return this.heard.filter((each) => each.type === type);
  }

  /** Completions as `scope:sessionId` (or `training:trainingId`), in order. */
  completions(): string[] {
    return this.of('rsp-complete').map(({ detail }) =>
      detail.scope === 'training' ? `training:${detail.trainingId}` : `session:${detail.trainingId}/${detail.sessionId}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The visit: the host page in a frame, its address, reload, and the person's hands.

export interface VisitOptions {
  /** The frame's size: a laptop screen by default. */
  width?: number;
  height?: number;
  /** The host page's language. */
  lang?: string;
}

/** Removes every `rsp-archive:` key: a browser that has never seen the archive. */
export function clearArchiveStorage() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('rsp-archive:')) localStorage.removeItem(key);
}

export class Visit {
  readonly lms = new LmsListener();
  readonly said = new Announcer();
  /** Full loads of the page (1 after open, 2 after one reload…). */
  loads = 0;

  private constructor(readonly frame: HTMLIFrameElement) {}

  /** Opens the host page at `hash` (e.g. `#rsp/tist/module-2?t=5`) and waits for the archive to render. */
  static async open(hash = '', options: VisitOptions = {}): Promise<Visit> {
    const width = options.width ?? 1280;
    const height = options.height ?? 800;
    await setViewport({ width: width + 20, height: height + 20 });
    const frame = document.createElement('iframe');
    frame.title = 'Host page';
    // As a host page embeds a player that may go full screen (the `f` key).
    frame.allow = 'fullscreen; autoplay';
    frame.style.cssText = `position: fixed; top: 0; left: 0; border: 0; width: ${width}px; height: ${height}px; background: #fff; z-index: 1`;
    const visit = new Visit(frame);
    const query = options.lang ? `?lang=${options.lang}` : '';
    frame.src = `/tests/journeys/pages/archive.html${query}${hash}`;
    document.body.append(frame);
    await visit.loaded();
    return visit;
  }

  get win(): Window {
    return this.frame.contentWindow!;
  }

  get doc(): Document {
    return this.frame.contentDocument!;
  }

  /** The `<rsp-archive>` of the host page. */
  get archive(): HTMLElement {
    return this.doc.querySelector('rsp-archive')!;
  }

  /** The address bar's hash (`#rsp/tist/module-2`). */
  get hash(): string {
    return this.win.location.hash;
  }

  /** A true reload of the host page (storage kept, the LMS listener and announcer listening again). */
  async reload() {
    const before = this.loads;
    const old = this.doc;
    this.win.location.reload();
    await waitUntil(() => this.frame.contentDocument !== old, 'a new document', PATIENCE);
    await this.loaded(before);
  }

  /** The browser's Back button. */
  async back() {
    const hash = this.hash;
    this.win.history.back();
    await waitUntil(() => this.hash !== hash, 'went back', PATIENCE);
  }

  close() {
    this.lms.stop();
    this.said.stop();
    this.frame.remove();
  }

  private async loaded(before = this.loads) {
    // A fresh document each load: wait for it, then for the archive's first render.
    await waitUntil(
      () => this.frame.contentDocument?.readyState === 'complete' && this.frame.contentWindow?.location.href !== 'about:blank',
      'host page loaded',
      PATIENCE,
    );
    const doc = this.doc;
    this.loads = before + 1;
    this.lms.listen(doc);
    this.said.listen(doc);
    await waitUntil(() => this.archive?.shadowRoot && allByRole(this.archive.shadowRoot, 'heading').length > 0, 'archive rendered', PATIENCE);
  }

  // -- the archive's parts --------------------------------------------------------------------------------------

  /** The shown `<rsp-training-player>`, once its code has loaded and it has rendered. */
  async player(): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
    let player: Element | undefined;
    await waitUntil(
      () => (player = deepAll(this.doc, 'rsp-training-player').find((each) => each.shadowRoot?.querySelector('.header, .stage, [role="alert"]'))),
      'player rendered',
      PATIENCE,
    );
    return player as HTMLElement & { updateComplete: Promise<boolean> };
  }

  /** The player's `<video>`, muted (unmuted playback needs a user gesture headless) and loading all of its file. */
  async video(): Promise<HTMLVideoElement> {
    const player = await this.player();
    let video: HTMLVideoElement | null = null;
    await waitUntil(() => (video = player.shadowRoot!.querySelector('video')), 'video shown', PATIENCE);
    video!.muted = true;
    video!.preload = 'auto';
    return video!;
  }

  /** The visible list of results: card titles in order. */
  cardTitles(): string[] {
    return allByRole(this.doc, 'heading').filter((each) => each.closest('.card')).map(accessibleName);
  }

  /** Progress badges the list shows ("In progress 5%", "Completed"), by card title. */
  badges(): Record<string, string> {
    const found: Record<string, string> = {};
    for (const card of deepAll(this.doc, '.card')) {
      const title = card.querySelector('[role="heading"]');
      const badge = card.querySelector('.badge, [part~="badge"]');
      if (title && badge) found[accessibleName(title)] = collapse(badge.textContent);
    }
    return found;
  }

  // -- hands ----------------------------------------------------------------------------------------------------

  /**
   * A real mouse click in the middle of `element` (or at `at`, a fraction of its box), as a person's. `within` is
   * what the click must land inside, when that is not `element` itself: a card whose link stretches over its text.
   */
  async click(element: Element, at: [number, number] = [0.5, 0.5], within: Element = element) {
    // Scroll it into view until it stays put and is what a click there would hit: the archive restores the list's
    // scroll position a frame after showing it, which would otherwise move the target from under the pointer.
    let point: [number, number] = [0, 0];
    await waitUntil(
      async () => {
        element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        await frames(this.win, 2);
        // The first line box: the middle of a link that wraps onto two lines may be beside both of them.
        const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
        point = [box.x + box.width * at[0], box.y + box.height * at[1]];
        return hits(this.doc, point, within);
      },
      `${accessibleName(element).slice(0, 60)} can be clicked`,
      PATIENCE,
    );
    const offset = this.frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(offset.x + point[0]), Math.round(offset.y + point[1])] });
  }

  /** Clicks the search box and types `text` after what is there, key by key. */
  async type(element: HTMLElement, text: string) {
    element.focus();
    await sendKeys({ type: text });
  }

  /** Empties a text field by keyboard (select all, delete). */
  async clearField(element: HTMLInputElement) {
    element.focus();
    element.select();
    await sendKeys({ press: 'Backspace' });
  }

  /** Presses `key` (`' '` for Space: Firefox's driver knows no key named "Space"). */
  async press(key: string) {
    await sendKeys(key === ' ' ? { type: ' ' } : { press: key });
  }

  /**
   * Presses Tab until `arrived` holds for the focused element (at most `max` presses) and returns how many presses
   * it took, or `Infinity` when it never arrived.
   */
  async tabUntil(arrived: (element: Element) => boolean, max = 60, shift = false): Promise<number> {
    this.tabbed = [];
    for (let count = 1; count <= max; count++) {
      if (shift) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (shift) await sendKeys({ up: 'Shift' });
      const element = focused(this.doc);
      this.tabbed.push(focusedName(this.doc));
      if (element && arrived(element)) return count;
    }
    return Infinity;
  }

  /** The names focus passed through in the last `tabUntil`, for a failure's message. */
  tabbed: string[] = [];

  focused(): Element | null {
    return focused(this.doc);
  }

  focusedName(): string {
    return focusedName(this.doc);
  }
}

/** Whether a click at `point` of `doc` lands on `element` (or inside it), looking through shadow roots. */
function hits(doc: Document, [x, y]: [number, number], element: Element): boolean {
  let hit = doc.elementFromPoint(x, y);
  while (hit?.shadowRoot && hit !== element) {
    const inner: Element | null = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  for (let node: Node | null = hit; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === element) return true;
  }
  return false;
}

/** Waits `count` animation frames of `win`. */
export function frames(win: Window, count = 1): Promise<void> {
  return new Promise((resolve) => {
    const next = (left: number) => (left ? win.requestAnimationFrame(() => next(left - 1)) : resolve());
    next(count);
  });
}

/** Plays `video` (muted) at `rate` until `done` holds, then pauses it. */
export async function playUntil(video: HTMLVideoElement, done: () => boolean, message: string, rate = 2) {
  video.muted = true;
  video.playbackRate = rate;
  await video.play();
  await waitUntil(() => done() || video.ended, message, { timeout: 30000, interval: 50 });
  if (!video.paused) video.pause();
}

/** Resolves once `video` knows its duration and can seek anywhere in it. */
export async function seekable(video: HTMLVideoElement) {
  await waitUntil(
    () => video.readyState >= 1 && video.seekable.length > 0 && video.seekable.end(0) >= video.duration - 0.5,
    'video seekable',
    PATIENCE,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Steps: a journey is a list of steps, each naming the issue-14 defect it depends on, so a failure says which.

/**
 * Runs one step of a journey. A failure names the step and the defect of issue 14 it stands for, so a red journey
 * reads as "step 'a one-letter slip still finds it' (#4): …".
 */
export async function step<T>(
  name: string,
  defect: number | undefined,
  run: () => Promise<T> | T,
  /** Only in an EVERY_STEP run: what gets the journey back on its way after this step failed. */
  recover?: () => Promise<unknown>,
): Promise<T | undefined> {
  const label = `step "${name}"${defect ? ` (issue 14 #${defect})` : ''}`;
  try {
    const result = await run();
    if (EVERY_STEP) console.log(`PASS ${label}`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (EVERY_STEP) {
      console.log(`FAIL ${label}: ${message}`);
      await recover?.();
      return undefined;
    }
    const failure = new Error(`${label}: ${message}`);
    failure.stack = error instanceof Error ? error.stack : undefined;
    throw failure;
  }
}

/**
 * For a report of every step in one run, set to true locally (never commit it so): failed steps are logged and the
 * journey goes on, so later steps may fail only because an earlier one did.
 */
const EVERY_STEP = false;

/** Ends a visit after a test: out of full screen first (a test that failed there would leave the page in it). */
export async function endVisit(visit: Visit | undefined) {
  const doc = visit?.frame.contentDocument;
  if (doc?.fullscreenElement) await doc.exitFullscreen().catch(() => {});
  visit?.close();
}

/** Keeps the test page's own address and history state as they were, around each journey. */
export function keepTestPageAddress() {
  let href = '';
  let state: unknown;
  beforeEach(() => {
    href = location.href;
    state = history.state;
    clearArchiveStorage();
  });
  afterEach(() => {
    history.replaceState(state, '', href);
    for (const frame of document.querySelectorAll('iframe[title="Host page"]')) frame.remove();
    clearArchiveStorage();
  });
}
