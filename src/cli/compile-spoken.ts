/**
 * The spoken-word index of a compiled catalog (see compile.ts): for each word said in the recordings (or written in
 * a handout), the trainings that say it most with their first moments, cut into shards a query fetches a few at a
 * time. `src/catalog/spoken.ts` reads it; `compiled.schema.json` (`spokenDirectory`, `spokenShard`) describes it.
 */
import { spokenWords } from '../catalog/spoken.js';

/** What was said in one session (cues of its transcript or captions), or written in one handout (`session` -1). */
export interface SpokenText {
  training: number;
  session: number;
  /** Each cue's start in seconds and its text (tags removed). A handout's passages have start 0. */
  cues: Array<{ start: number; text: string }>;
}

export interface CompileOptions {
  /** At most this many trainings are kept per word (those that say it most); default 12. */
  trainingsPerWord?: number;
  /** At most this many moments per word and training; default 2. */
  momentsPerTraining?: number;
  /** A shard is closed once its JSON reaches this many characters; default 12,000 (about 4 KB gzip). */
  shardSize?: number;
}

interface Said {
  training: number;
  /** How often this training says the word. */
  count: number;
  /** [session, seconds, cue text] of its first few moments. */
  moments: Array<[number, number, string]>;
}

/**
 * The spoken-word index: for each word, the trainings that say it most, with their first moments and what was said
 * there; words in alphabetical order, cut into shards of about `shardSize` characters. A query fetches the shards of
 * its words only.
 */
export function spokenIndex(spoken: SpokenText[], options: CompileOptions) {
  const perWord = options.trainingsPerWord ?? 12;
  const perTraining = options.momentsPerTraining ?? 2;
  const shardSize = options.shardSize ?? 12_000;
  const index = new Map<string, { trainings: number; top: Said[] }>();
  const byTraining = new Map<number, SpokenText[]>();
  for (const text of spoken) byTraining.set(text.training, [...(byTraining.get(text.training) ?? []), text]);
  for (const [training, texts] of byTraining) {
    const local = new Map<string, Said>();
    for (const { session, cues } of texts) {
      for (const cue of cues) {
        const said = cue.text.replace(/\s+/g, ' ').trim();
        if (!said) continue;
        for (const word of new Set(spokenWords(said))) {
          let entry = local.get(word);
          if (!entry) local.set(word, (entry = { training, count: 0, moments: [] }));
          entry.count++;
          if (entry.moments.length < perTraining) entry.moments.push([session, Math.floor(cue.start), said.slice(0, 160)]);
        }
      }
    }
    for (const [word, said] of local) {
      let entry = index.get(word);
      if (!entry) index.set(word, (entry = { trainings: 0, top: [] }));
      entry.trainings++;
      // Keep the trainings that say the word most (earlier ones on a tie), at most `perWord`.
      if (entry.top.length < perWord || said.count > entry.top[entry.top.length - 1].count) {
        let at = entry.top.length;
        while (at > 0 && entry.top[at - 1].count < said.count) at--;
        entry.top.splice(at, 0, said);
        if (entry.top.length > perWord) entry.top.pop();
      }
    }
  }
  const words = [...index.keys()].sort();
  const shards: string[] = [];
  const directory: string[] = [];
  let shard = newShard();
  let size = 0;
  const close = () => {
    shards.push(JSON.stringify(shard));
    shard = newShard();
    size = 0;
  };
  for (const word of words) {
    if (size >= shardSize) close();
    if (shard.words.length === 0) directory.push(shards.length === 0 ? '' : word);
    const { trainings, top } = index.get(word)!;
    const hits: number[] = [];
    for (const said of top) {
      for (const [session, seconds, text] of said.moments) {
        let at = shard.textIndex.get(text);
        if (at === undefined) {
          shard.textIndex.set(text, (at = shard.text.length));
          shard.text.push(text);
          size += text.length + 3;
        }
        hits.push(said.training, session, seconds, at);
      }
    }
    shard.words.push(word);
    shard.trainings.push(trainings);
    shard.hits.push(hits);
    size += word.length + 8 + hits.join(',').length + 3;
  }
  if (shard.words.length) close();
  return { directory, shards };
}

function newShard() {
  const shard = { words: [] as string[], trainings: [] as number[], hits: [] as number[][], text: [] as string[] };
  // Not serialised (non-enumerable): where each text already is.
  Object.defineProperty(shard, 'textIndex', { value: new Map<string, number>(), enumerable: false });
  return shard as typeof shard & { textIndex: Map<string, number> };
}
