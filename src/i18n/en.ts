import { pluralize } from './format.js';

/**
 * English UI text: the reference dictionary every other language is typed against (`Messages`), so a string added
 * here and missing in another language fails the typecheck. Counts arrive as numbers (for the plural rule, through
 * `Intl.PluralRules`) and as text already formatted for the language.
 */
export const en = {
  loading: 'Loading the training archive…',
  trainingErrorHeading: 'This training could not be loaded',
  retry: 'Try again',
  catalogErrorHeading: 'The training archive could not be loaded',
  noCatalog:
    'No training catalog is connected. Set the src attribute to the address of catalog.json, or place this ' +
    'element inside <rsp-catalog src="…">.',
  refreshFailed: 'Showing the last loaded version of the archive. Updating it failed:',

  // <rsp-training-list>
  listLabel: 'Trainings',
  searchLabel: 'Search trainings',
  searchHint: 'Title, presenter, topic or words from the description',
  filtersLabel: 'Filter trainings',
  selected: (count: string) => `${count} selected`,
  clearAll: 'Clear all',
  clearFilters: 'Clear search and filters',
  sortLabel: 'Sort by',
  sortNames: {
    relevance: 'Best match',
    newest: 'Newest first',
    oldest: 'Oldest first',
    title: 'Title A–Z',
    longest: 'Longest first',
    shortest: 'Shortest first',
    curated: 'Suggested order',
  },
  facetNames: { topic: 'Topic', audience: 'Audience', format: 'Format', year: 'Year', language: 'Language' },
  formatNames: { prerecorded: 'Prerecorded', 'live-online': 'Live online', 'in-person': 'In person' },
  showing: (from: string, to: string, total: number, totalText: string) =>
    `Showing ${from}–${to} of ${totalText} ${pluralize('en', total, { one: 'training', other: 'trainings' })}`,
  found: (count: number, countText: string) =>
    `${countText} ${pluralize('en', count, { one: 'training', other: 'trainings' })} found`,
  noResults: 'No trainings match your search and filters.',
  noneButSaid: "No training's title or description matches; what was said in the recordings does:",
  saidHeading: 'Said in the recordings',
  saidInHandout: 'Handout',
  saidFound: (count: number, countText: string) =>
    `${countText} ${pluralize('en', count, { one: 'moment', other: 'moments' })} in the recordings`,
  saidError: 'What was said in the recordings cannot be searched just now:',
  emptyCatalog: 'There are no trainings in this archive yet.',
  pagesLabel: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: (page: string) => `Page ${page}`,
  sessions: (count: number, countText: string) =>
    `${countText} ${pluralize('en', count, { one: 'session', other: 'sessions' })}`,
  presenters: 'Presenters',
  offers: 'Includes',
  offerNames: { video: 'Video', captions: 'Captions', transcript: 'Transcript', slides: 'Slides', handouts: 'Handouts' },
  credit: (hours: number, hoursText: string, type: string) =>
    `${hoursText} ${type} ${pluralize('en', hours, { one: 'hour', other: 'hours' })}`,
  /** `percent` is empty while less than 1 % is watched ("In progress", not "In progress 0%"). */
  inProgress: (percent: string) => (percent ? `In progress ${percent}` : 'In progress'),
  completed: 'Completed',

  // <rsp-training-player>
  chooseTraining: 'Set the training attribute to the id of a training in this archive.',
  unknownTraining: (id: string) => `There is no training with the id "${id}" in this archive.`,
  sessionOf: (number: number, total: number) => `Session ${number} of ${total}`,
  presentedBy: 'Presented by',
  advisoryHeading: 'Before you watch',
  advisoryContinue: 'Continue to the video',
  playerControls: 'Player controls',
  back10: 'Back 10 seconds',
  speed: 'Speed',
  captions: 'Captions',
  captionsOff: 'Off',
  captionStyle: 'Caption style',
  captionSize: 'Size',
  captionColor: 'Text',
  captionBackground: 'Background',
  captionFont: 'Font',
  captionReset: 'Reset caption style',
  captionStyleNames: {
    white: 'White', yellow: 'Yellow', cyan: 'Cyan', black: 'Black', translucent: 'Dark, see-through', none: 'None',
    sans: 'Sans-serif', serif: 'Serif', mono: 'Monospace', readable: 'Wide (Verdana)',
  },
  automaticCaptions: 'These captions were made automatically and may contain errors.',
  transcript: 'Transcript',
  chapters: 'Chapters',
  audioDescription: 'Audio description',
  speakDescriptions: 'Speak descriptions aloud',
  pauseWhileDescribing: 'Pause the video while a description is read',
  previousSession: 'Previous session',
  nextSession: 'Next session',
  shortcuts: 'Keyboard shortcuts',
  shortcutsIntro: 'While focus is in the player:',
  shortcutNames: {
    'toggle-play': 'Play or pause',
    'back-10': 'Back 10 seconds',
    'forward-10': 'Forward 10 seconds',
    'back-5': 'Back 5 seconds',
    'forward-5': 'Forward 5 seconds',
    fullscreen: 'Full screen on or off',
    mute: 'Mute or unmute',
    captions: 'Captions on or off',
    transcript: 'Show or hide the transcript',
    help: 'Show or hide this list',
    close: 'Close the panel opened last',
  },
  resumeQuestion: 'You watched part of this session before.',
  resumeAt: (clock: string) => `Resume at ${clock}`,
  startOver: 'Start over',
  transcriptUnavailable: 'Transcript unavailable',
  chaptersUnavailable: 'Chapters unavailable',
  loadingText: 'Loading…',
  searchTranscript: 'Search the transcript',
  matches: (count: number) =>
    count === 0 ? 'No matches' : `${count} ${pluralize('en', count, { one: 'match', other: 'matches' })}`,
  matchOf: (index: number, count: number) => `Match ${index} of ${count}`,
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  downloadTranscript: 'Download transcript (.txt)',
  mediaError: 'This video could not be played.',
  downloadVideo: 'Download the video (MP4)',
  noVideo: 'This session has no video.',
  providerNames: { youtube: 'YouTube', vimeo: 'Vimeo' },
  playEmbed: (title: string, provider: string) => `Play ${title} (loads ${provider})`,
  embedTitle: (title: string, provider: string) => `${provider} video: ${title}`,

  // <rsp-handouts>
  materialsLabel: (title: string) => `Materials: ${title}`,
  trainingMaterials: 'For the whole training',
  noMaterials: 'There are no materials for this training yet.',
  accessiblePdf: 'Accessible PDF',
  opensInNewTab: 'opens in a new tab',
  pages: (count: number, countText: string) => `${countText} ${pluralize('en', count, { one: 'page', other: 'pages' })}`,

  // <rsp-archive>
  backToList: 'Back to all trainings',
  detailAnnouncement: (title: string) => `${title}: training details`,
  listAnnouncement: 'All trainings',
  notFoundHeading: 'Training not found',
  notFound: (id: string) =>
    `We could not find a training with the id "${id}". It may have been renamed or removed from the archive.`,
  sessionsHeading: 'Sessions',
  materialsHeading: 'Slides and handouts',
  aboutHeading: 'About this training',
  topicsLabel: 'Topics',
  audiencesLabel: 'For',
  creditsLabel: 'Continuing education',
  unknownSession: (id: string, number: number, total: number) =>
    total > 1
      ? `This training has no session “${id}”; showing session ${number} of ${total}.`
      : `This training has no session “${id}”; showing its only session.`,

  // <rsp-training-list>, issue 14
  goToFilters: 'Go to filters',
  // <rsp-training-list>, when nothing matches: a query built from the catalog's own words
  didYouMean: (suggestion: string) => `Did you mean ${suggestion}?`,
  // <rsp-archive>, when the detail view's code cannot load
  detailLoadError: 'This training cannot be shown: part of the archive did not load. Check your connection and reload the page.',

  // Added by issue 14 (the player in every language)
  /** Names of keys in the list of shortcuts; the others are shown as they are printed on the key. */
  keyNames: { space: 'Space', escape: 'Esc' },
  /** File types that are words rather than names (PDF, Word and PowerPoint are the same in every language). */
  fileTypeNames: { text: 'Text', webPage: 'Web page' },
  transcriptLanguage: 'Transcript language',
};

export type Messages = typeof en;
