/**
 * Deterministic generated catalogs shaped like the real archive (modules, handouts, captions), for tests of large
 * archives and for the benchmarks. Same `count` and `seed` → the same catalog.
 */
const TOPICS = [
  ['six-core-strategies', 'Six Core Strategies'],
  ['trauma-informed-care', 'Trauma-informed care'],
  ['sensory-modulation', 'Sensory modulation'],
  ['debriefing', 'Debriefing after restraint'],
  ['peer-roles', 'Peer roles'],
  ['crisis-prevention-plans', 'Crisis prevention plans'],
  ['de-escalation', 'De-escalation'],
] as const;
const AUDIENCES = [
  ['direct-care', 'Direct care staff'],
  ['clinicians', 'Clinicians'],
  ['nurses', 'Nurses'],
  ['occupational-therapists', 'Occupational therapists'],
  ['peer-specialists', 'Peer specialists'],
] as const;
const FORMATS = ['prerecorded', 'live-online', 'in-person'] as const;
const WORDS = ['calm', 'safety', 'choice', 'voice', 'repair', 'comfort', 'planning', 'teamwork', 'recovery', 'respect',
  'listening', 'sensory', 'strengths', 'healing', 'partnership', 'prevention', 'dignity', 'connection'];
const FIRST = ['Alma', 'Bea', 'Cyrus', 'Dana', 'Émile', 'Farah', 'Gus', 'Hana', 'Iker', 'Jun', 'Kofi', 'Lucía'];
const LAST = ['Abara', 'Brisco', 'Castell', 'Doyle', 'Eskin', 'Farrow', 'Gómez', 'Hale', 'Ibarra', 'Juno'];

/** A small fast PRNG (mulberry32): reproducible catalogs without a dependency. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCatalog(count: number, seed = 1) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const some = <T>(list: readonly T[], most: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * most) }, () => pick(list)))];
  const trainings = Array.from({ length: count }, (_, index) => {
    const title = `${pick(WORDS)[0].toUpperCase()}${pick(WORDS).slice(1)} and ${pick(WORDS)} in practice ${index + 1}`;
    const year = 2010 + Math.floor(next() * 16);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const sessions = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, s) => ({
      id: `module-${s + 1}`,
      title: `Module ${s + 1}: ${pick(WORDS)}`,
      duration: `PT${Math.floor(next() * 2)}H${10 + Math.floor(next() * 49)}M`,
      video: {
        sources: [{ src: `media/t${index}-${s + 1}.mp4`, type: 'video/mp4' }],
        captions: [{ src: `media/t${index}-${s + 1}.en.vtt`, lang: 'en', label: 'English', quality: 'verified' }],
      },
      materials: [{ kind: 'handout', title: `Module ${s + 1} handout`, href: `files/t${index}-${s + 1}.pdf`, type: 'application/pdf', bytes: 100000 + index, pages: 4 }],
    }));
    return {
      id: `training-${index + 1}`,
      title,
      summary: `How ${pick(WORDS)} and ${pick(WORDS)} help people feel safe.`,
      description: `A session on ${pick(WORDS)}, ${pick(WORDS)} and ${pick(WORDS)}.\n\nWith practice for ${pick(WORDS)}.`,
      presenters: [{ name: `${pick(FIRST)} ${pick(LAST)}`, credentials: pick(['PhD', 'LICSW', 'RN', 'OTR/L', 'CPS']) }],
      date: `${year}-${month}-15`,
      format: pick(FORMATS),
      topics: some(TOPICS.map(([id]) => id), 3),
      audiences: some(AUDIENCES.map(([id]) => id), 3),
      language: next() < 0.9 ? 'en' : 'es',
      sessions,
    };
  });
  return {
    version: 1,
    title: `Generated archive of ${count}`,
    topics: TOPICS.map(([id, label]) => ({ id, label })),
    audiences: AUDIENCES.map(([id, label]) => ({ id, label })),
    trainings,
  };
}
