import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/training-player.js';
import { en } from '../src/i18n/en.js';
import {
  column320,
  DEMO,
  errorSource,
  loadingSource,
  mediaCatalog,
  optional,
  press,
  recordDemoProgress,
  type CatalogSource,
} from './fixtures/catalogs.js';

interface Args {
  src?: string;
  training?: string;
  session?: string;
  start?: string;
  'complete-at'?: number;
  hls?: 'auto' | 'native' | 'hls.js';
}

const player = (args: Args, source: CatalogSource = { src: args.src }) =>
  html`<rsp-training-player
    src=${optional(source.src)}
    .catalog=${source.catalog}
    training=${optional(args.training)}
    session=${optional(args.session)}
    start=${optional(args.start)}
    complete-at=${optional(args['complete-at'])}
    hls=${optional(args.hls)}
  ></rsp-training-player>`;

/** The MP4/HLS/YouTube/Vimeo trainings of `mediaCatalog`, through the `catalog` property. */
const media = (args: Args) => player(args, { catalog: mediaCatalog });

const meta: Meta<Args> = {
  title: 'Elements/rsp-training-player',
  component: 'rsp-training-player',
  args: { src: DEMO, training: 'tist' },
  argTypes: { hls: { control: 'inline-radio', options: ['auto', 'native', 'hls.js'] } },
  render: (args) => player(args),
};
export default meta;
type Story = StoryObj<Args>;

/** A four-module training of the demo archive (WebM and MP4 sources, captions in two languages, chapters). */
export const Demo: Story = {};

/** An MP4-only session, with verified English and automatic Spanish captions, chapters and audio description. */
export const Mp4: Story = { args: { training: 'mp4' }, render: media };

/** An HLS stream: played natively where the browser can, else through hls.js, loaded only then. */
export const Hls: Story = { args: { training: 'hls' }, render: media };

/** A YouTube recording: poster and play button; nothing loads from YouTube before the click. */
export const YouTubeFacade: Story = { args: { training: 'youtube' }, render: media };

/** A Vimeo recording without a poster, with a transcript. */
export const VimeoFacade: Story = { args: { training: 'vimeo' }, render: media };

/** The interactive transcript open: each cue seeks, the current one is highlighted. */
export const TranscriptOpen: Story = {
  args: { training: 'mp4' },
  render: media,
  play: ({ canvasElement }) => press(canvasElement, 'rsp-training-player', en.transcript),
};

/** The chapters open. */
export const ChaptersOpen: Story = {
  args: { training: 'mp4' },
  render: media,
  play: ({ canvasElement }) => press(canvasElement, 'rsp-training-player', en.chapters),
};

/** The keyboard shortcuts list open. */
export const ShortcutsOpen: Story = {
  play: ({ canvasElement }) => press(canvasElement, 'rsp-training-player', en.shortcuts),
};

/** A content note shown before playing. */
export const Advisory: Story = { args: { training: 'debriefing-after-restraint' } };

/** The viewer stopped at 0:06 last time: "Resume at 0:06" / "Start over". */
export const ResumeOffer: Story = {
  args: { training: 'leadership-institute', session: 'day-1' },
  render: (args) => {
    recordDemoProgress();
    return player(args);
  },
};

/** `start` wins over the resume offer: a link to a moment of a session. */
export const StartAt: Story = { args: { training: 'tist', session: 'module-2', start: '0:04' } };

/** A session with materials only. */
export const NoVideo: Story = { args: { training: 'writing-crisis-prevention-plans-together' } };

/** A Spanish training on a Spanish page. */
export const Spanish: Story = {
  globals: { lang: 'es' },
  args: { training: 'especialistas-de-pares-voz-y-eleccion' },
  render: (args) => html`<div lang="es">${player(args)}</div>`,
};

export const MayflowerTheme: Story = { globals: { theme: 'mayflower' } };
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** A 320 px column with the transcript open. */
export const Column320: Story = {
  args: { training: 'mp4' },
  render: (args) => column320(media(args)),
  play: ({ canvasElement }) => press(canvasElement, 'rsp-training-player', en.transcript),
};

/** An id that is not in the catalog. */
export const TrainingNotFound: Story = { args: { training: 'no-such-training' } };

/** No `training` attribute yet. */
export const NoTraining: Story = { args: { training: undefined } };

export const Loading: Story = { render: (args) => player(args, loadingSource()) };
export const NoCatalog: Story = { render: (args) => player(args, {}) };
export const ErrorNetwork: Story = { tags: ['failed-request'], render: (args) => player(args, errorSource('network')) };
export const ErrorTimeout: Story = { render: (args) => player(args, errorSource('timeout')) };
export const ErrorHttp: Story = { tags: ['failed-request'], render: (args) => player(args, errorSource('http')) };
export const ErrorParse: Story = { render: (args) => player(args, errorSource('parse')) };
export const ErrorSchema: Story = { render: (args) => player(args, errorSource('schema')) };
export const ErrorVersion: Story = { render: (args) => player(args, errorSource('version')) };
