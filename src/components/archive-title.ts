/** `set-title`: the page's title names the training shown, and is given back when the archive leaves the page. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class DocumentTitle implements ReactiveController {
  private original?: string;

  constructor(private host: ReactiveControllerHost & { setTitle: boolean }) {
    host.addController(this);
  }

  hostDisconnected() {
    if (this.host.setTitle && this.original !== undefined) document.title = this.original;
  }

  /** "Title — page title" while a training is shown; the page's own title otherwise. */
  show(title: string | undefined) {
    if (!this.host.setTitle) return;
    this.original ??= document.title;
    document.title = title ? [title, this.original].filter(Boolean).join(' — ') : this.original;
  }
}
