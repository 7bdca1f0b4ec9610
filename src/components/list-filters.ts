/**
 * The filters disclosure of `<rsp-training-list>`: open at first show when the element is wide enough for the
 * filters beside the results, closed on a narrow one (so that on a phone they do not push the results a screen
 * down), then as the person leaves it. "Go to filters" opens it and moves focus there.
 */
import type { ReactiveControllerHost } from 'lit';

export interface FiltersHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The container query in list styles puts the filters beside the results from the same width. */
const WIDE_EM = 52;

export class FiltersDisclosure {
  private isOpen?: boolean;

  constructor(private host: FiltersHost) {}

  /** Whether the disclosure is open; the first read decides it by the element's width. */
  get open(): boolean {
    return (this.isOpen ??= this.isWide());
  }

  set open(open: boolean) {
    if (open === this.isOpen) return;
    this.isOpen = open;
    this.host.requestUpdate();
  }

  /** "Go to filters", on a narrow element where the filters follow the results: open them and move there. */
  async show() {
    this.open = true;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('details.filters > summary')?.focus();
  }

  private isWide() {
    const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    return this.host.getBoundingClientRect().width / fontSize >= WIDE_EM;
  }
}
