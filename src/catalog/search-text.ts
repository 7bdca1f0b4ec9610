/**
 * What search compares: text folded to lower case without diacritics, and the searchable fields of a training, made
 * by one recipe for single-file and compiled catalogs.
 */
import type { TrainingInput } from './schema.js';

export interface SearchText {
  /** Title and subtitle. */
  title: string;
  /** Presenters' names, affiliations and credentials. */
  presenters: string;
  /** Topic and audience labels. */
  topics: string;
  summary: string;
  description: string;
}

/** Lower case without diacritics, so "Débriefing" matches "debriefing". */
export function foldText(text: string): string {
  // Most catalog text is ASCII, which has no marks to take off: lower-casing it is all (and far cheaper at 10,000).
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}

const NON_ASCII = /[^\0-\x7f]/;

/** The searchable fields of a training, folded: one recipe for single-file and compiled catalogs. */
export function searchTextOf(
  training: Pick<TrainingInput, 'title' | 'subtitle' | 'summary' | 'description'>,
  presenters: NonNullable<TrainingInput['presenters']>,
  labels: string[],
): SearchText {
  return {
    title: foldText(`${training.title} ${training.subtitle ?? ''}`),
    // Names, affiliations and credentials: people look a presenter up by where they work, too.
    presenters: foldText(
      presenters
        .flatMap((presenter) => [presenter.name, presenter.affiliation, presenter.credentials])
        .filter(Boolean)
        .join(' '),
    ),
    topics: foldText(labels.join(' ')),
    summary: foldText(training.summary ?? ''),
    description: foldText(training.description ?? ''),
  };
}
