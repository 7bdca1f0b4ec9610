/** Catalogs for the Node unit tests of src/catalog/, read as the elements read them (validated, normalised). */
import { checkCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/catalog/normalize.js';

export const URL_OF_CATALOG = 'https://example.org/rsp/catalog.json';

/** A session of `minutes`, dated `date` when given. */
export const session = (id: string, minutes: number, date?: string) => ({
  id,
  title: `Session ${id}`,
  duration: `PT${minutes}M`,
  ...(date ? { date } : {}),
});

/** Reads `data` as `<rsp-training-list>` would, failing the test on any warning. */
export function read(data: unknown): Catalog {
  const { catalog, warnings } = checkCatalog(data, URL_OF_CATALOG);
  if (warnings.length) throw new Error(`unexpected warnings: ${warnings.map((warning) => warning.message).join('; ')}`);
  return catalog;
}

/**
 * A small archive shaped like the real one: two topics and two audiences, three formats, two languages, trainings
 * of 2019–2024 with one to three sessions.
 */
export function smallArchive() {
  return {
    version: 1,
    title: 'RSP Training Archive',
    topics: [
      { id: 'de-escalation', label: 'De-escalation' },
      { id: 'trauma-informed-care', label: 'Trauma-informed care' },
      { id: 'debriefing', label: 'Debriefing after restraint' },
    ],
    audiences: [
      { id: 'direct-care', label: 'Direct care staff' },
      { id: 'clinicians', label: 'Clinicians' },
    ],
    trainings: [
      { id: 'calm', title: 'A Calm Unit', date: '2020-03-04', format: 'prerecorded', language: 'en',
        topics: ['de-escalation'], audiences: ['direct-care'], sessions: [session('1', 60)] },
      { id: 'tist', title: 'Trauma-Informed Stabilization Treatment (TIST)', date: '2022-05-01', format: 'in-person',
        language: 'en', topics: ['de-escalation', 'trauma-informed-care'], audiences: ['clinicians'],
        sessions: [session('module-1', 90), session('module-2', 90), session('module-3', 45)] },
      { id: 'pares', title: 'Especialistas de pares', date: '2021-11-20', format: 'live-online', language: 'es',
        topics: ['trauma-informed-care'], audiences: ['direct-care', 'clinicians'], sessions: [session('1', 120)] },
      { id: 'module-10', title: 'Module 10: Debriefing', date: '2019-06-15', format: 'prerecorded', language: 'en',
        topics: ['debriefing'], audiences: ['direct-care'], sessions: [session('1', 30)] },
      { id: 'module-2', title: 'Module 2: Debriefing', date: '2024-01-10', format: 'live-online', language: 'en',
        topics: ['debriefing'], audiences: ['clinicians'], sessions: [session('1', 30)] },
    ],
  };
}

/** The ids of `trainings`, for comparing orders. */
export const ids = (trainings: { id: string }[] | undefined) => trainings?.map((training) => training.id);
