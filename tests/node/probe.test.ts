// What the publisher reads from each file it is given: the real demo media and handouts, and small broken fixtures.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { closeProbes, probeFile } from '../../src/cli/probe.js';
import type { FileFacts } from '../../src/cli/types.js';

const fixture = (name: string) => `tests/fixtures/publish/${name}`;
const errors = (facts: FileFacts) => facts.problems.filter((problem) => problem.level === 'error');
const warnings = (facts: FileFacts) => facts.problems.filter((problem) => problem.level === 'warning');

after(closeProbes);

describe('probeFile: video, audio and images', () => {
  for (const [file, format] of [
    ['demo/source/media/tist-1.mp4', 'MPEG-4'],
    ['demo/source/media/tist-1.webm', 'WebM'],
  ]) {
    test(`reads the length, size and tracks of ${file}`, async () => {
      const facts = await probeFile(file, 'video', file);
      assert.deepEqual(facts.problems, []);
      assert.ok(facts.bytes > 0);
      const media = facts.media!;
      assert.ok(Math.abs(media.duration! - 11) < 0.1, `duration ${media.duration}`);
      assert.equal(media.width, 320);
      assert.equal(media.height, 180);
      assert.equal(media.format, format);
      assert.equal(media.hasVideo, true);
      assert.equal(media.hasAudio, true);
    });
  }

  test('adds up an HLS playlist\'s segments and reads the picture from its first segment', async () => {
    const facts = await probeFile('demo/source/media/hls/tist-1.m3u8', 'video', 'media/hls/tist-1.m3u8');
    assert.deepEqual(facts.problems, []);
    // The fixture's EXTINF lines: 2 + 2 + 2 + 2 + 2 + 1.
    assert.equal(facts.media!.duration, 11);
    assert.equal(facts.media!.format, 'HLS');
    assert.deepEqual([facts.media!.width, facts.media!.height, facts.media!.hasVideo], [320, 180, true]);
  });

  test('follows a master playlist to its first variant', async () => {
    const facts = await probeFile(fixture('hls-master.m3u8'), 'video', 'media/master.m3u8');
    assert.deepEqual(facts.problems, []);
    assert.deepEqual([facts.media!.duration, facts.media!.width, facts.media!.height], [11, 320, 180]);
  });

  test('names a playlist\'s missing segment or variant', async () => {
    const segment = await probeFile(fixture('hls-missing-segment.m3u8'), 'video', 'media/a.m3u8');
    assert.deepEqual(segment.problems.map((problem) => problem.level), ['error']);
    assert.match(segment.problems[0].message, /^a segment is missing: missing-001\.ts$/);
    assert.equal(segment.media!.duration, 3.5);
    assert.equal(segment.media!.width, 320); // the first segment is there
    const variant = await probeFile(fixture('hls-missing-variant.m3u8'), 'video', 'media/b.m3u8');
    assert.deepEqual(variant.problems.map((problem) => problem.level), ['error']);
    assert.match(variant.problems[0].message, /^a variant is missing: no-such-variant\.m3u8$/);
  });

  test('reads an image\'s size', async () => {
    const facts = await probeFile('demo/source/media/tist-1.jpg', 'image', 'media/tist-1.jpg');
    assert.deepEqual(facts.problems, []);
    assert.deepEqual(facts.image, { width: 320, height: 180 });
  });

  test('says a text file named .mp4, or a picture, is not a video the archive can play', async () => {
    const text = await probeFile(fixture('not-a-video.mp4'), 'video', 'media/not-a-video.mp4');
    assert.equal(text.problems.length, 1);
    assert.equal(text.problems[0].level, 'error');
    assert.match(text.problems[0].message, /^is not a video or audio file the archive can play/);
    const picture = await probeFile('demo/source/media/tist-1.jpg', 'video', 'media/tist-1.jpg');
    assert.match(errors(picture)[0].message, /is not a video or audio file the archive can play \(it looks like JPEG\)/);
  });

  test('says a missing file does not exist', async () => {
    const facts = await probeFile('demo/source/media/no-such-file.mp4', 'video', 'media/no-such-file.mp4');
    assert.deepEqual(facts, {
      bytes: 0,
      problems: [{ level: 'error', file: 'media/no-such-file.mp4', message: 'media/no-such-file.mp4 does not exist' }],
    });
  });
});

describe('probeFile: PDFs', () => {
  test('reads a tagged handout\'s pages, title, language and text', async () => {
    const facts = await probeFile('demo/source/files/tist-1.pdf', 'pdf', 'files/tist-1.pdf');
    assert.deepEqual(facts.problems, []);
    const pdf = facts.pdf!;
    assert.equal(pdf.pages, 1);
    assert.equal(pdf.tagged, true);
    assert.equal(pdf.lang, 'en-US');
    assert.equal(pdf.title, 'TIST Module 1 handout: safety and stabilization');
    assert.match(pdf.text, /Safety and stabilization/);
  });

  test('finds an untagged PDF, and puts a newline between its pages\' text', async () => {
    const facts = await probeFile(fixture('untagged.pdf'), 'pdf', 'files/untagged.pdf');
    assert.deepEqual(facts.problems, []);
    assert.deepEqual(facts.pdf, { pages: 2, title: 'Untagged crisis plan', lang: undefined, tagged: false, text: 'Crisis plan page one\nPage two' });
  });

  test('says a file that is not a PDF could not be read as one', async () => {
    const facts = await probeFile(fixture('not-a-video.mp4'), 'pdf', 'files/x.pdf');
    assert.equal(facts.pdf, undefined);
    assert.equal(facts.problems.length, 1);
    assert.equal(facts.problems[0].level, 'error');
    assert.match(facts.problems[0].message, /^could not be read as a PDF: /);
  });
});

describe('probeFile: WebVTT', () => {
  test('reads the demo captions\' cues without errors', async () => {
    const facts = await probeFile('demo/source/media/tist-1.en.vtt', 'captions', 'media/tist-1.en.vtt');
    assert.deepEqual(errors(facts), []);
    const vtt = facts.vtt!;
    assert.equal(vtt.kind, 'captions');
    assert.equal(vtt.cues, 3);
    assert.equal(vtt.end, 10.231);
    assert.deepEqual(vtt.cueList[1], { start: 4.233, end: 6.637, text: 'Feeling safe comes before any change.' });
  });

  test('finds cues out of order or ending at their start, an empty cue and a long line, each at its line', async () => {
    const facts = await probeFile(fixture('bad-order.vtt'), 'captions', 'media/bad-order.vtt');
    assert.equal(facts.vtt!.lang, 'es'); // the Language: header is read, not reported as a problem
    assert.equal(facts.vtt!.end, 12);
    assert.deepEqual(
      errors(facts).map((problem) => [problem.line, problem.file]),
      [[7, 'media/bad-order.vtt'], [15, 'media/bad-order.vtt']],
    );
    assert.match(errors(facts)[0].message, /cues must be in time order/);
    assert.match(errors(facts)[1].message, /^this cue ends at or before its start time$/);
    const [empty, long] = warnings(facts);
    assert.deepEqual([empty.line, long.line], [10, 13]);
    assert.match(empty.message, /no text/);
    assert.match(long.message, /^this caption line is 60 characters long: captions are easiest to read at 42 characters a line or fewer$/);
    assert.equal(warnings(facts).length, 2);
  });

  test('does not hold chapters to the caption line length', async () => {
    const facts = await probeFile(fixture('bad-order.vtt'), 'chapters', 'media/bad-order.vtt');
    assert.deepEqual(warnings(facts).map((problem) => problem.line), [10]);
  });

  test('warns about a caption of more than two lines', async () => {
    const facts = await probeFile(fixture('three-lines.vtt'), 'captions', 'media/three-lines.vtt');
    assert.deepEqual(errors(facts), []);
    assert.deepEqual(warnings(facts).map((problem) => problem.line), [3]);
    assert.match(warnings(facts)[0].message, /3 lines/);
  });

  test('says a file without the WEBVTT line is not WebVTT, once, at line 1', async () => {
    const facts = await probeFile(fixture('not-vtt.vtt'), 'captions', 'media/not-vtt.vtt');
    assert.deepEqual(facts.problems.map((problem) => [problem.level, problem.line]), [['error', 1]]);
    assert.match(facts.problems[0].message, /first line must be WEBVTT/);
  });
});

test('probeFile: another kind of file is only measured', async () => {
  const facts = await probeFile('demo/source/files/tist-1-transcript.txt', 'other', 'files/tist-1-transcript.txt');
  assert.deepEqual(Object.keys(facts).sort(), ['bytes', 'problems']);
  assert.ok(facts.bytes > 0);
  assert.deepEqual(facts.problems, []);
});
