import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalog.js';
import '../src/components/handouts.js';
import '../src/components/training-list.js';
import { DEMO, errorSource, loadingSource, optional, type CatalogSource } from './fixtures/catalogs.js';

interface Args {
  src?: string;
}

/** `<rsp-catalog>` around a curated list and a training's handouts: the elements inside share its one request. */
const shell = (source: CatalogSource) =>
  html`<rsp-catalog src=${optional(source.src)} .catalog=${source.catalog}>
    <rsp-training-list trainings="tist,six-core-strategies-overview" hide-filters layout="list"></rsp-training-list>
    <rsp-handouts training="tist" session="1"></rsp-handouts>
  </rsp-catalog>`;

const meta: Meta<Args> = {
  title: 'Elements/rsp-catalog',
  component: 'rsp-catalog',
  args: { src: DEMO },
  render: (args) => shell({ src: args.src }),
};
export default meta;
type Story = StoryObj<Args>;

/** The demo catalog, shared by a list and a handouts element inside. */
export const Loaded: Story = {};

/** Before the answer: `aria-busy` and a polite "Loading the training archive…"; the children wait. */
export const Loading: Story = { render: () => shell(loadingSource()) };

/** Neither `src` nor `catalog`: the "no catalog" notice. */
export const NoCatalog: Story = { render: () => shell({}) };

/** Nothing answers at the address (or CORS forbids reading it). */
export const ErrorNetwork: Story = { tags: ['failed-request'], render: () => shell(errorSource('network')) };

/** The server did not answer in time. */
export const ErrorTimeout: Story = { render: () => shell(errorSource('timeout')) };

/** The server answered 404. */
export const ErrorHttp: Story = { tags: ['failed-request'], render: () => shell(errorSource('http')) };

/** The file is not valid JSON: the message names the line and column. */
export const ErrorParse: Story = { render: () => shell(errorSource('parse')) };

/** Valid JSON, but not a catalog (`trainings` is not a list, no `title`). */
export const ErrorSchema: Story = { render: () => shell(errorSource('schema')) };

/** A catalog made for a newer version of the library. */
export const ErrorVersion: Story = { render: () => shell(errorSource('version')) };
