import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/archive.js';
import { column320, DEMO, errorSource, loadingSource, optional, type CatalogSource } from './fixtures/catalogs.js';

interface Args {
  src?: string;
  routing?: 'hash' | 'query' | 'none';
  'set-title'?: boolean;
  'heading-level'?: number;
  'page-size'?: number;
}

/**
 * Puts the preview's URL at `hash` before the archive reads its route (hash routing): `#rsp/tist` opens a training,
 * an empty hash the list. Storybook keeps one preview page for all stories, so every archive story sets it.
 */
function at(hash: string) {
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

const archive = (args: Args, source: CatalogSource = { src: args.src }) =>
  html`<rsp-archive
    src=${optional(source.src)}
    .catalog=${source.catalog}
    routing=${optional(args.routing)}
    ?set-title=${args['set-title']}
    heading-level=${optional(args['heading-level'])}
    page-size=${optional(args['page-size'])}
  ></rsp-archive>`;

const route = (hash: string) => (args: Args) => {
  at(hash);
  return archive(args);
};

const meta: Meta<Args> = {
  title: 'Elements/rsp-archive',
  component: 'rsp-archive',
  args: { src: DEMO },
  argTypes: { routing: { control: 'inline-radio', options: ['hash', 'query', 'none'] } },
  render: route(''),
};
export default meta;
type Story = StoryObj<Args>;

/** The list view: choose a training to open its detail view (the preview's URL hash changes: back works). */
export const List: Story = {};

/** A training's detail view: details, sessions, the player and the handouts (`#rsp/tist`). */
export const Detail: Story = { render: route('#rsp/tist') };

/** A deep link to a session at a moment (`#rsp/tist/module-2?t=4`). */
export const DetailSessionAt: Story = { render: route('#rsp/tist/module-2?t=4') };

/** A training with a content note and a single session. */
export const DetailWithAdvisory: Story = { render: route('#rsp/debriefing-after-restraint') };

/** An id that is not in the catalog: "Training not found" with the way back. */
export const NotFound: Story = { render: route('#rsp/no-such-training') };

/** `routing="none"`: nothing in the URL; links become buttons. */
export const NoRouting: Story = { args: { routing: 'none' } };

export const Spanish: Story = {
  globals: { lang: 'es' },
  render: (args) => {
    at('#rsp/especialistas-de-pares-voz-y-eleccion');
    return html`<div lang="es">${archive(args)}</div>`;
  },
};

export const MayflowerTheme: Story = { globals: { theme: 'mayflower' } };
export const DarkTheme: Story = { globals: { theme: 'dark' }, render: route('#rsp/tist') };
export const Column320List: Story = { render: (args) => column320(route('')(args)) };
export const Column320Detail: Story = { render: (args) => column320(route('#rsp/tist')(args)) };

export const Loading: Story = { render: (args) => (at(''), archive(args, loadingSource())) };
export const NoCatalog: Story = { render: (args) => (at(''), archive(args, {})) };
export const ErrorNetwork: Story = { tags: ['failed-request'], render: (args) => archive(args, errorSource('network')) };
export const ErrorTimeout: Story = { render: (args) => archive(args, errorSource('timeout')) };
export const ErrorHttp: Story = { tags: ['failed-request'], render: (args) => archive(args, errorSource('http')) };
export const ErrorParse: Story = { render: (args) => archive(args, errorSource('parse')) };
export const ErrorSchema: Story = { render: (args) => archive(args, errorSource('schema')) };
export const ErrorVersion: Story = { render: (args) => archive(args, errorSource('version')) };
