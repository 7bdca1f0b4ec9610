/**
 * Every story of `stories/*.stories.ts`, rendered the way Storybook would (the story's `render`, else the file's,
 * with the merged args, then its `play` function), without Storybook itself: `composeStories` does not run under
 * web-test-runner. Each story must render every element it shows, log no error and pass axe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render, type TemplateResult } from 'lit';
import * as archive from '../stories/archive.stories.js';
import * as catalog from '../stories/catalog.stories.js';
import * as handouts from '../stories/handouts.stories.js';
import * as list from '../stories/training-list.stories.js';
import * as player from '../stories/training-player.stories.js';

type Args = Record<string, unknown>;
type StoryModule = { default: Meta<Args> } & Record<string, StoryObj<Args> | Meta<Args>>;

const files = [catalog, list, player, handouts, archive] as unknown as StoryModule[];

/** Every rsp-* element under `root`, inside shadow roots too (the archive's list, player and handouts). */
function rspElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.localName.startsWith('rsp-')) found.push(element);
    if (element.shadowRoot) found.push(...rspElements(element.shadowRoot));
  }
  return found;
}

/** Lets the elements load their catalog (a story may wait on purpose: `Loading`) and finish rendering. */
async function settle(container: HTMLElement, loading: boolean) {
  await waitUntil(
    () => {
      const elements = rspElements(container);
      return (
        elements.length > 0 &&
        elements.every((element) => element.shadowRoot?.childElementCount && (loading || !element.hasAttribute('aria-busy')))
      );
    },
    'the story\'s elements did not render',
    { timeout: 8000 },
  );
  await Promise.all(rspElements(container).map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
}

for (const file of files) {
  const { default: meta, ...stories } = file;
  describe(`${meta.title} stories`, () => {
    for (const [name, story] of Object.entries(stories) as [string, StoryObj<Args>][]) {
      it(`${name}: renders, logs no error and passes axe`, async function () {
        this.timeout(30_000);
        const errors: unknown[][] = [];
        const originalError = console.error;
        console.error = (...args: unknown[]) => {
          errors.push(args);
          originalError.apply(console, args);
        };
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(['uncaught', 'reason' in event ? event.reason : event.error]);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        const container = document.createElement('div');
        document.body.append(container);
        try {
          const args = { ...meta.args, ...story.args } as Args;
          const globals = { theme: 'default', lang: 'en', ...story.globals };
          const renderStory = (story.render ?? meta.render)!;
          const context = { args, globals, canvasElement: container, id: name, name } as never;
          // What the preview's decorator does with the language global: `lang` on the story root.
          render(html`<div lang=${globals.lang}>${renderStory(args, context) as TemplateResult}</div>`, container);
          await settle(container, name === 'Loading');
          await story.play?.(context);
          await settle(container, name === 'Loading');
          // Caption and chapter files load after the first render.
          await new Promise((resolve) => setTimeout(resolve, 150));
          // A story may switch off an axe rule for a known, reported defect (the same setting the a11y panel reads).
          const rules = (story.parameters?.a11y?.config?.rules ?? []) as { id: string; enabled?: boolean }[];
          const ignoredRules = rules.filter((rule) => rule.enabled === false).map((rule) => rule.id);
          await expect(container).to.be.accessible({ ignoredRules });
          expect(errors, `errors: ${errors.map((each) => each.map(String).join(' ')).join('\n')}`).to.deep.equal([]);
        } finally {
          render(nothing, container);
          container.remove();
          console.error = originalError;
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
      });
    }
  });
}

describe('story fixtures', () => {
  it('show each catalog error kind as its story says', async () => {
    const { errorSource } = await import('../stories/fixtures/catalogs.js');
    const kinds = ['network', 'timeout', 'http', 'parse', 'schema', 'version'] as const;
    for (const kind of kinds) {
      const container = document.createElement('div');
      document.body.append(container);
      const seen = new Promise<string>((resolve) =>
        container.addEventListener('rsp-catalog-error', (event) => resolve((event as CustomEvent).detail.error.kind)),
      );
      const source = errorSource(kind);
      render(html`<rsp-catalog src=${source.src ?? nothing} .catalog=${source.catalog}></rsp-catalog>`, container);
      expect(await seen, kind).to.equal(kind);
      render(nothing, container);
      container.remove();
    }
  });
});
