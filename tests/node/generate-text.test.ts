// generateTranscript(): deterministic spoken transcripts for the benchmarks, with speech-like word statistics; and
// cuesToVtt(), the WebVTT file of them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cuesToVtt, generateTranscript, type GeneratedCue } from '../generate-text.js';

const text = (cues: GeneratedCue[]) => cues.map((cue) => cue.text).join(' ').replace(/\n/g, ' ');
const tokens = (cues: GeneratedCue[]) => text(cues).toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
const count = (cues: GeneratedCue[]) => text(cues).split(/\s+/).filter(Boolean).length;
const seeds = Array.from({ length: 20 }, (_, i) => i * 7 + 1);

describe('generateTranscript: determinism', () => {
  test('the same seed, words and lang give the same cues', () => {
    for (const lang of ['en', 'es'] as const) {
      assert.deepEqual(generateTranscript(42, { lang }), generateTranscript(42, { lang }));
      assert.deepEqual(generateTranscript(3, { words: 300, lang }), generateTranscript(3, { words: 300, lang }));
    }
    assert.deepEqual(generateTranscript(5), generateTranscript(5, { words: 1200, lang: 'en' }));
  });

  test('other seeds or another language give other text', () => {
    assert.notEqual(text(generateTranscript(1)), text(generateTranscript(2)));
    assert.notEqual(text(generateTranscript(1)), text(generateTranscript(1, { lang: 'es' })));
  });
});

describe('generateTranscript: shape of the cues', () => {
  test('about the asked number of words (±10%)', () => {
    for (const words of [300, 1200, 5000]) {
      for (const seed of seeds.slice(0, 5)) {
        for (const lang of ['en', 'es'] as const) {
          const n = count(generateTranscript(seed, { words, lang }));
          assert.ok(Math.abs(n - words) <= words * 0.1, `${lang} seed ${seed}: ${n} words for ${words}`);
        }
      }
    }
    const n = count(generateTranscript(9));
    assert.ok(n >= 1080 && n <= 1320, `default: ${n} words`);
  });

  test('each cue is one or two lines of at most 42 characters', () => {
    for (const seed of seeds) {
      for (const lang of ['en', 'es'] as const) {
        for (const cue of generateTranscript(seed, { lang })) {
          const lines = cue.text.split('\n');
          assert.ok(lines.length >= 1 && lines.length <= 2, JSON.stringify(cue.text));
          for (const line of lines) {
            assert.ok(line.length > 0 && line.length <= 42, JSON.stringify(line));
            assert.equal(line, line.trim());
          }
        }
      }
    }
  });

  test('timings start at or after 0, increase, do not overlap, and run at about 2.5 words per second', () => {
    for (const seed of seeds) {
      for (const lang of ['en', 'es'] as const) {
        const cues = generateTranscript(seed, { lang });
        assert.ok(cues[0].start >= 0);
        cues.forEach((cue, i) => {
          assert.ok(cue.end > cue.start, `cue ${i}: ${cue.start} → ${cue.end}`);
          if (i) assert.ok(cue.start >= cues[i - 1].end, `cue ${i} starts before the one before it ends`);
        });
        const rate = count(cues) / (cues[cues.length - 1].end - cues[0].start);
        assert.ok(rate > 2 && rate < 3, `${rate.toFixed(2)} words per second`);
      }
    }
  });

  test('words of zero or a few give an empty or a short transcript', () => {
    assert.deepEqual(generateTranscript(1, { words: 0 }), []);
    assert.ok(generateTranscript(1, { words: 5 }).length >= 1);
  });
});

describe('generateTranscript: language', () => {
  test('English has apostrophes, hyphenated words and the recurring phrases', () => {
    const all = seeds.map((seed) => text(generateTranscript(seed))).join(' ');
    assert.match(all, /\b\w+'\w+\b/);
    assert.match(all, /\b\w+-\w+\b/);
    for (const phrase of ['trauma-informed care', 'six core strategies', 'least restrictive', 'keep a steady voice']) {
      assert.ok(all.toLowerCase().includes(phrase), phrase);
    }
  });

  test('Spanish has diacritics and Spanish words', () => {
    for (const seed of seeds) {
      const es = text(generateTranscript(seed, { lang: 'es' }));
      assert.match(es, /[áéíóúñ¿]/);
      assert.match(es, /\b(que|de|la|el)\b/);
      assert.doesNotMatch(es, /\b(the|and)\b/);
    }
    const all = seeds.map((seed) => text(generateTranscript(seed, { lang: 'es' }))).join(' ');
    for (const phrase of ['¿Qué necesitas?', 'mantener una voz tranquila', 'contención', 'prevención', 'niños']) {
      assert.ok(all.includes(phrase), phrase);
    }
  });
});

describe('generateTranscript: word statistics over many transcripts', () => {
  test('over 1,000 transcripts: more than 5,000 distinct words, and the 10 most frequent cover over 15% of tokens', () => {
    const frequency = new Map<string, number>();
    let total = 0;
    for (let seed = 0; seed < 1000; seed++) {
      for (const token of tokens(generateTranscript(seed))) {
        total++;
        frequency.set(token, (frequency.get(token) ?? 0) + 1);
      }
    }
    const ranked = [...frequency].sort((a, b) => b[1] - a[1]);
    const top10 = ranked.slice(0, 10).reduce((sum, [, n]) => sum + n, 0);
    assert.ok(frequency.size > 5000, `${frequency.size} distinct words`);
    assert.ok(top10 / total > 0.15, `top 10 cover ${((100 * top10) / total).toFixed(1)}%`);
    const top = ranked.slice(0, 10).map(([word]) => word);
    for (const word of ['the', 'and', 'we']) assert.ok(top.includes(word), `${word} is among ${top.join(' ')}`);
    // A long tail: many words occur once or twice.
    assert.ok(ranked.filter(([, n]) => n <= 2).length > 2500);
  });

  test('"comfort room" occurs in some but not all of 100 transcripts', () => {
    const having = Array.from({ length: 100 }, (_, seed) => text(generateTranscript(seed)).toLowerCase().includes('comfort room'));
    const n = having.filter(Boolean).length;
    assert.ok(n > 0 && n < 100, `${n} of 100`);
  });

  test('is fast: 1,000 transcripts well under 3 seconds', () => {
    const start = performance.now();
    for (let seed = 0; seed < 1000; seed++) generateTranscript(seed);
    assert.ok(performance.now() - start < 3000);
  });
});

describe('cuesToVtt', () => {
  test('a WEBVTT header, then one timing line per cue with the cue text', () => {
    const cues = generateTranscript(11, { words: 400 });
    const vtt = cuesToVtt(cues);
    assert.ok(vtt.startsWith('WEBVTT\n'));
    const timings = vtt.split('\n').filter((line) => line.includes('-->'));
    assert.equal(timings.length, cues.length);
    for (const line of timings) assert.match(line, /^\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}$/);
    const blocks = vtt.split('\n\n').slice(1);
    assert.equal(blocks.length, cues.length);
    blocks.forEach((block, i) => assert.equal(block.split('\n').slice(1).join('\n').trimEnd(), cues[i].text));
  });

  test('hours and milliseconds, and text that would break the file escaped', () => {
    const vtt = cuesToVtt([{ start: 3723.4567, end: 3725, text: 'a <b> & c --> d' }]);
    assert.equal(vtt, 'WEBVTT\n\n01:02:03.457 --> 01:02:05.000\na &lt;b&gt; &amp; c --&gt; d\n');
  });
});
