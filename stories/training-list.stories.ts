import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/training-list.js';
import {
  column320,
  DEMO,
  emptyCatalog,
  errorSource,
  hugeCatalog,
  loadingSource,
  longTitlesCatalog,
  optional,
  recordDemoProgress,
  type CatalogSource,
} from './fixtures/catalogs.js';

/** The attributes a designer can change from the Controls panel (named as in HTML). */
interface Args {
  src?: string;
  query?: string;
  topic?: string;
  audience?: string;
  format?: string;
  year?: string;
  language?: string;
  trainings?: string;
  limit?: number;
  'page-size'?: number;
  'hide-search'?: boolean;
  'hide-filters'?: boolean;
  layout?: 'grid' | 'list';
  'href-template'?: string;
  'heading-level'?: number;
}

const list = (args: Args, source: CatalogSource = { src: args.src }) =>
  html`<rsp-training-list
    src=${optional(source.src)}
    .catalog=${source.catalog}
    query=${optional(args.query)}
    topic=${optional(args.topic)}
    audience=${optional(args.audience)}
    format=${optional(args.format)}
    year=${optional(args.year)}
    language=${optional(args.language)}
    trainings=${optional(args.trainings)}
    limit=${optional(args.limit)}
    page-size=${optional(args['page-size'])}
    ?hide-search=${args['hide-search']}
    ?hide-filters=${args['hide-filters']}
    layout=${optional(args.layout)}
    href-template=${optional(args['href-template'])}
    heading-level=${optional(args['heading-level'])}
  ></rsp-training-list>`;

const meta: Meta<Args> = {
  title: 'Elements/rsp-training-list',
  component: 'rsp-training-list',
  args: { src: DEMO },
  argTypes: { layout: { control: 'inline-radio', options: ['grid', 'list'] } },
  render: (args) => list(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The whole demo archive: search, facets, sort and pages. */
export const Archive: Story = {};

/** "In progress" and "Completed" badges, from progress recorded in this browser. */
export const ProgressBadges: Story = {
  render: (args) => {
    recordDemoProgress();
    return list(args);
  },
};

/** A preset slice: one topic, one audience, six per page (attributes a host page sets). */
export const Preset: Story = { args: { topic: 'de-escalation,debriefing', audience: 'direct-care', 'page-size': 6 } };

/** A provider's curated list: three trainings in this order, no facets, one per row, titles link to its LMS. */
export const CuratedList: Story = {
  args: {
    trainings: 'tist,person-centered-de-escalation,debriefing-after-restraint',
    'hide-filters': true,
    layout: 'list',
    'href-template': '/lms/rsp/{id}',
  },
};

/** "The latest three", without the search box. */
export const LatestThree: Story = { args: { limit: 3, 'hide-search': true, 'hide-filters': true } };

/** A search that matches nothing, with the way out. */
export const NoResults: Story = { args: { query: 'zebra' } };

/** A valid catalog without trainings. */
export const Empty: Story = { render: (args) => list(args, { catalog: emptyCatalog }) };

/** 10,000 generated trainings (the real archive has under 100): pages, facet counts and search stay usable. */
export const TenThousandTrainings: Story = { render: (args) => list(args, { catalog: hugeCatalog() }) };

/** Titles, names and words longer than any card. */
export const LongTitles: Story = { render: (args) => list(args, { catalog: longTitlesCatalog }) };

/** A Spanish page (`lang="es"` on an ancestor): dates and numbers in Spanish, the Spanish trainings. */
export const Spanish: Story = {
  globals: { lang: 'es' },
  args: { language: 'es' },
  render: (args) => html`<div lang="es">${list(args)}</div>`,
};

/** The Mayflower (mass.gov) theme from the toolbar. */
export const MayflowerTheme: Story = { globals: { theme: 'mayflower' } };

/** The dark theme from the toolbar. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** A 320 px column: one card per row, filters in a closed disclosure. */
export const Column320: Story = { render: (args) => column320(list(args)) };

export const Loading: Story = { render: (args) => list(args, loadingSource()) };
export const NoCatalog: Story = { render: (args) => list(args, {}) };
export const ErrorNetwork: Story = { tags: ['failed-request'], render: (args) => list(args, errorSource('network')) };
export const ErrorTimeout: Story = { render: (args) => list(args, errorSource('timeout')) };
export const ErrorHttp: Story = { tags: ['failed-request'], render: (args) => list(args, errorSource('http')) };
export const ErrorParse: Story = { render: (args) => list(args, errorSource('parse')) };
export const ErrorSchema: Story = { render: (args) => list(args, errorSource('schema')) };
export const ErrorVersion: Story = { render: (args) => list(args, errorSource('version')) };
