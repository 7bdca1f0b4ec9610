/** English UI text: the reference dictionary every other language is typed against. */
export const en = {
  loading: 'Loading the training archive…',
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
    `Showing ${from}–${to} of ${totalText} ${total === 1 ? 'training' : 'trainings'}`,
  found: (count: number, countText: string) => `${countText} ${count === 1 ? 'training' : 'trainings'} found`,
  noResults: 'No trainings match your search and filters.',
  emptyCatalog: 'There are no trainings in this archive yet.',
  pagesLabel: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  page: (page: string) => `Page ${page}`,
  sessions: (count: number, countText: string) => (count === 1 ? '1 session' : `${countText} modules`),
  presenters: 'Presenters',
  offers: 'Includes',
  offerNames: { video: 'Video', captions: 'Captions', transcript: 'Transcript', slides: 'Slides', handouts: 'Handouts' },
  credit: (hours: string, type: string) => `${hours} ${type} ${hours === '1' ? 'hour' : 'hours'}`,
  inProgress: (percent: string) => `In progress ${percent}`,
  completed: 'Completed',
};

export type Messages = typeof en;
