/**
 * The scale suite's archive: a generated catalog (tests/generate.ts) whose every session has a 1,200-word transcript
 * (tests/generate-text.ts, Spanish for Spanish trainings), compiled as `rsp-archive build` compiles it
 * (src/cli/compile.ts) and written to `dir`. Bundled for Node by bench/run.js.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileCatalog, type SpokenText } from '../src/cli/compile.js';
import { generateCatalog } from '../tests/generate.js';
import { generateTranscript } from '../tests/generate-text.js';

export interface ScaleData {
  trainings: number;
  /** The same catalog as one compact v1 file. */
  singleBytes: number;
  listBytes: number;
  listGzip: number;
  entryBytes: number;
  spokenFiles: number;
  spokenBytes: number;
  spokenGzip: number;
  directoryBytes: number;
  compileMs: number;
}

export function makeScale(dir: string, count: number, words = 1200): ScaleData {
  const catalog = generateCatalog(count, 1);
  const spoken: SpokenText[] = [];
  catalog.trainings.forEach((training, t) => {
    training.sessions.forEach((_, s) => {
      const cues = generateTranscript(t * 8 + s + 1, { words, lang: training.language === 'es' ? 'es' : 'en' });
      spoken.push({ training: t, session: s, cues: cues.map(({ start, text }) => ({ start, text })) });
    });
  });
  const start = performance.now();
  const { entry, files } = compileCatalog(catalog, spoken);
  const compileMs = performance.now() - start;
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const entryText = JSON.stringify(entry);
  writeFileSync(join(dir, 'catalog.json'), entryText);
  const list = files.get(entry.list)!;
  const spokenFiles = [...files].filter(([name]) => name.startsWith('spoken'));
  return {
    trainings: count,
    singleBytes: JSON.stringify(catalog).length,
    listBytes: Buffer.byteLength(list),
    listGzip: gzipSync(list).length,
    entryBytes: entryText.length,
    spokenFiles: spokenFiles.length,
    spokenBytes: spokenFiles.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0),
    spokenGzip: spokenFiles.reduce((sum, [, text]) => sum + gzipSync(text).length, 0),
    directoryBytes: Buffer.byteLength(files.get(entry.spoken)!),
    compileMs,
  };
}
