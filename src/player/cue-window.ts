/**
 * A windowed list: of a long list of rows (a transcript's cues), only those in view and a few either side are in
 * the DOM, with the space of the others kept as padding, so a 50,000-cue transcript opens as fast as a 50-cue one.
 *
 * Rows may differ in height (a cue's text wraps): each rendered row is measured, the others are estimated from the
 * mean of those measured. The list keeps the whole list's semantics for assistive technology through
 * `aria-setsize`/`aria-posinset` on each `<li>`, which the row template sets.
 *
 * Written here rather than taken from @lit-labs/virtualizer (+9.7 KB gzip) because the transcript needs only a
 * vertical list in its own scrolling box, scrolled by index, inside a panel that is often hidden.
 */
import { render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** Rows rendered beyond each edge of the view: room for Tab and the arrow keys to move before the window does. */
const OVERSCAN = 10;
/** Rows rendered while the list has no height yet (its panel hidden): enough to fill it when it opens. */
const BLIND_ROWS = 30;

export class CueWindow {
  /** The `<ol>` the rows are rendered into; the space of the rows not rendered is its padding. */
  private list?: HTMLElement;
  /** The box that scrolls: the list's parent (padding on the scrolling box itself would add to its height). */
  private scroller?: HTMLElement;
  private heights = new Float64Array(0);
  private measured = new Uint8Array(0);
  private offsets = new Float64Array(1);
  private measuredSum = 0;
  private measuredCount = 0;
  private estimate = 40;
  private offsetsStale = true;
  private start = 0;
  private end = 0;
  private frame = 0;
  /** The list had a height at the last update (its panel was open). */
  private shown = false;
  private resize = new ResizeObserver(() => this.schedule());
  private onScroll = () => this.schedule();

  /**
   * `row(index)` renders one `<li>`; it is called only for the rows in the window. `shownAt()` is the row to bring
   * into view whenever the list appears (its panel opened): the current cue, which may have moved while it was hidden.
   */
  constructor(
    private count: number,
    private row: (index: number) => TemplateResult,
    private shownAt: () => number = () => -1,
  ) {
    this.heights = new Float64Array(count);
    this.measured = new Uint8Array(count);
  }

  /** Renders into `list` (an `<ol>` inside its scrolling box), or lets go of the one it had when it is undefined. */
  attach(list: HTMLElement | undefined) {
    if (list === this.list) return;
    this.detach();
    if (!list?.parentElement) return;
    this.list = list;
    this.scroller = list.parentElement;
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.resize.observe(this.scroller);
    this.update(true);
  }

  detach() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.list) return;
    this.scroller!.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    render(null, this.list);
    this.list = this.scroller = undefined;
  }

  /** Renders the rows in the window again (what they show has changed: the current cue, a search). */
  refresh() {
    this.update(true);
  }

  /**
   * Scrolls the list (and only it: `scrollIntoView` would scroll the host page too) so row `index` is in view,
   * a third of the way down, unless it is in view already. Focus does not move.
   */
  scrollToIndex(index: number, smooth = true) {
    const list = this.scroller;
    if (!list || index < 0 || index >= this.count || !list.clientHeight) return;
    this.layOut();
    const top = this.offsets[index];
    const bottom = this.offsets[index + 1];
    if (top >= list.scrollTop && bottom <= list.scrollTop + list.clientHeight) return;
    const target = Math.max(0, top - list.clientHeight / 3);
    // A long way (across estimated rows) is a jump: a smooth scroll over thousands of rows lands off target.
    const near = Math.abs(target - list.scrollTop) < 2 * list.clientHeight;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    list.scrollTo({ top: target, behavior: near && smooth && !reduce ? 'smooth' : 'auto' });
    this.update(false);
    // The row is measured now: once more, to its real place.
    if (!near) {
      const item = list.querySelector<HTMLElement>(`[aria-posinset="${index + 1}"]`);
      if (item) list.scrollTop = Math.max(0, item.offsetTop - list.clientHeight / 3);
    }
  }

  private schedule() {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.update(false);
      });
    }
  }

  /** Prefix sums of the row heights (measured, else estimated): the top of each row and the whole height. */
  private layOut() {
    if (!this.offsetsStale) return;
    if (this.offsets.length !== this.count + 1) this.offsets = new Float64Array(this.count + 1);
    let top = 0;
    for (let at = 0; at < this.count; at++) {
      this.offsets[at] = top;
      top += this.measured[at] ? this.heights[at] : this.estimate;
    }
    this.offsets[this.count] = top;
    this.offsetsStale = false;
  }

  /** The row at `y` pixels from the top of the list's content. */
  private rowAt(y: number) {
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.offsets[middle] <= y) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private update(force: boolean) {
    const list = this.scroller;
    if (!list || !list.isConnected) return;
    this.layOut();
    const view = list.clientHeight;
    if (view && !this.shown) {
      // Just opened: straight to the current cue, before the window is chosen.
      const index = this.shownAt();
      if (index >= 0 && index < this.count) {
        const top = this.offsets[index];
        if (top < list.scrollTop || this.offsets[index + 1] > list.scrollTop + view) {
          list.scrollTop = Math.max(0, top - view / 3);
        }
      }
    }
    this.shown = view > 0;
    let start = 0;
    let end = Math.min(this.count, BLIND_ROWS);
    if (view) {
      start = Math.max(0, this.rowAt(list.scrollTop) - OVERSCAN);
      end = Math.min(this.count, this.rowAt(list.scrollTop + view) + 1 + OVERSCAN);
    }
    if (!force && start === this.start && end === this.end) return;
    // Keep the row at the top of the view where it is while rows above it turn from estimated to measured.
    const anchor = view ? this.rowAt(list.scrollTop) : 0;
    const anchorShift = list.scrollTop - this.offsets[anchor];
    this.start = start;
    this.end = end;
    this.paint();
    if (view && this.measure()) {
      this.paint();
      const scrollTop = this.offsets[anchor] + anchorShift;
      if (Math.abs(list.scrollTop - scrollTop) >= 1) list.scrollTop = scrollTop;
    }
  }

  private paint() {
    const list = this.list!;
    const indexes = Array.from({ length: this.end - this.start }, (_, at) => this.start + at);
    // The row holding focus stays in the DOM, out of the flow at its place, however far the window moves: removing
    // it would drop focus on the page (and the player's shortcuts with it) while playback scrolls the list.
    const focused = this.focusedRow();
    const outside = focused >= 0 && (focused < this.start || focused >= this.end);
    if (outside) {
      if (focused < this.start) indexes.unshift(focused);
      else indexes.push(focused);
    }
    list.style.paddingBlock = `${this.offsets[this.start]}px ${this.offsets[this.count] - this.offsets[this.end]}px`;
    render(repeat(indexes, (index) => index, this.row), list);
    for (const item of list.children as HTMLCollectionOf<HTMLElement>) {
      const index = Number(item.getAttribute('aria-posinset')) - 1;
      const away = outside && index === focused;
      item.style.position = away ? 'absolute' : '';
      item.style.top = away ? `${this.offsets[index]}px` : '';
      item.style.insetInline = away ? '0' : '';
    }
  }

  /** Index of the rendered row that holds focus, or -1. */
  private focusedRow(): number {
    const root = this.list!.getRootNode() as Document | ShadowRoot;
    const row = root.activeElement?.closest('li');
    return row && row.parentElement === this.list ? Number(row.getAttribute('aria-posinset')) - 1 : -1;
  }

  /** Reads the rendered rows' heights; true when any changed (the layout must be painted again). */
  private measure(): boolean {
    let changed = false;
    for (const item of this.list!.children as HTMLCollectionOf<HTMLElement>) {
      const index = Number(item.getAttribute('aria-posinset')) - 1;
      const height = item.offsetHeight;
      if (!(index >= 0) || index < this.start || index >= this.end || !height || (this.measured[index] && this.heights[index] === height)) continue;
      if (this.measured[index]) this.measuredSum -= this.heights[index];
      else this.measuredCount++;
      this.measuredSum += height;
      this.heights[index] = height;
      this.measured[index] = 1;
      changed = true;
    }
    if (changed) {
      this.estimate = this.measuredSum / this.measuredCount;
      this.offsetsStale = true;
      this.layOut();
    }
    return changed;
  }
}
