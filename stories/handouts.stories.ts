import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/handouts.js';
import {
  column320,
  DEMO,
  errorSource,
  loadingSource,
  longTitlesCatalog,
  materialsCatalog,
  optional,
  type CatalogSource,
} from './fixtures/catalogs.js';

interface Args {
  src?: string;
  training?: string;
  session?: string;
  kinds?: string;
  'heading-level'?: number;
}

const handouts = (args: Args, source: CatalogSource = { src: args.src }) =>
  html`<rsp-handouts
    src=${optional(source.src)}
    .catalog=${source.catalog}
    training=${optional(args.training)}
    session=${optional(args.session)}
    kinds=${optional(args.kinds)}
    heading-level=${optional(args['heading-level'])}
  ></rsp-handouts>`;

const materials = (args: Args) => handouts(args, { catalog: materialsCatalog });

const meta: Meta<Args> = {
  title: 'Elements/rsp-handouts',
  component: 'rsp-handouts',
  args: { src: DEMO, training: 'tist' },
  render: (args) => handouts(args),
};
export default meta;
type Story = StoryObj<Args>;

/** A training's own materials, then each module's under its title. */
export const AllSessions: Story = {};

/** The training's materials and one session's (`session="2"`, the 1-based number, or its id). */
export const OneSession: Story = { args: { session: '2' } };

/** Every kind, tagged and untagged PDFs, a Spanish handout (`hreflang`), a link to another site (new tab). */
export const EveryKind: Story = { args: { training: 'materials' }, render: materials };

/** Only some kinds: handouts and worksheets. */
export const KindsFilter: Story = { args: { training: 'materials', kinds: 'handout,worksheet' }, render: materials };

/** A training without materials. */
export const NoMaterials: Story = { args: { training: 'nothing' }, render: materials };

/** Long titles in a 320 px column. */
export const LongTitles: Story = {
  args: { training: 'long-1' },
  render: (args) => column320(handouts(args, { catalog: longTitlesCatalog })),
};

/** A Spanish page: sizes through `Intl` in Spanish; the English files say so. */
export const Spanish: Story = {
  globals: { lang: 'es' },
  args: { training: 'materials' },
  render: (args) => html`<div lang="es">${materials(args)}</div>`,
};

export const MayflowerTheme: Story = { globals: { theme: 'mayflower' } };
export const DarkTheme: Story = { globals: { theme: 'dark' } };
export const Column320: Story = { render: (args) => column320(handouts(args)) };

export const TrainingNotFound: Story = { args: { training: 'no-such-training' } };
export const Loading: Story = { render: (args) => handouts(args, loadingSource()) };
export const NoCatalog: Story = { render: (args) => handouts(args, {}) };
export const ErrorNetwork: Story = { tags: ['failed-request'], render: (args) => handouts(args, errorSource('network')) };
export const ErrorTimeout: Story = { render: (args) => handouts(args, errorSource('timeout')) };
export const ErrorHttp: Story = { tags: ['failed-request'], render: (args) => handouts(args, errorSource('http')) };
export const ErrorParse: Story = { render: (args) => handouts(args, errorSource('parse')) };
export const ErrorSchema: Story = { render: (args) => handouts(args, errorSource('schema')) };
export const ErrorVersion: Story = { render: (args) => handouts(args, errorSource('version')) };
