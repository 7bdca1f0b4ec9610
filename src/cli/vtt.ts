/**
 * WebVTT files checked the way the W3C's validator checks them (webvtt-parser), plus what makes captions readable:
 * no empty cues, lines of 42 characters or fewer, two lines a cue at most, and a known language.
 */
import webvtt from 'webvtt-parser';
import type { Problem, VttFacts } from './types.js';

/** The length of a caption line that reads comfortably (BBC, Netflix and DCMP guidelines agree on 32–42). */
export const LINE_LIMIT = 42;

/** The parser's messages, said for publishing staff; anything not here is passed on as the parser says it. */
const PLAIN: Record<string, string> = {
  'Start timestamp is not greater than or equal to start timestamp of previous cue.': 'this cue starts before the cue above it; cues must be in time order',
  'End timestamp is not greater than start timestamp.': 'this cue ends at or before its start time',
  'No blank line after the signature.': 'the WEBVTT line must be followed by a blank line',
};

/** The parser's arithmetic gives 6.6370000000000005: cue times are milliseconds. */
const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

const plain = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ');

export function checkVtt(bytes: Buffer, kind: VttFacts['kind'], display: string, problems: Problem[]): VttFacts {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({ level: 'error', file: display, message: 'is not UTF-8 text: save it as UTF-8 (WebVTT files must be)' });
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  text = text.replace(/^\ufeff/, '');
  const facts: VttFacts = { kind, cues: 0, end: 0, cueList: [] };
  if (!/^WEBVTT(?:[ \t].*)?(?:\r?\n|$)/.test(text)) {
    problems.push({ level: 'error', file: display, line: 1, message: 'is not a WebVTT file: the first line must be WEBVTT (a file saved as SRT or plain text will not play)' });
    return facts;
  }
  const header = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  facts.lang = /^Language:\s*(\S+)\s*$/im.exec(header)?.[1];

  const parsed = new webvtt.WebVTTParser().parse(text, 'metadata') as {
    cues: Array<{ startTime: number; endTime: number; text: string }>;
    errors: Array<{ message: string; line: number; col: number }>;
  };
  // "Kind: captions" / "Language: en" lines right under WEBVTT (YouTube's and Apple's exports) are an older draft's
  // header: browsers ignore them, the validator calls them a missing blank line. They are read above, not reported.
  const headerLines = /^WEBVTT[^\n]*\r?\n(?:[A-Za-z-]+:[^\n]*\r?\n)+\r?\n/.test(text);
  for (const error of parsed.errors) {
    if (headerLines && error.line === 2 && /blank line after the signature/i.test(error.message)) continue;
    problems.push({ level: 'error', file: display, line: error.line, message: PLAIN[error.message] ?? error.message });
  }

  // The parser gives no line numbers for cues: find each cue's timing line in order.
  const lines = text.split(/\r?\n/);
  const timings = lines.map((line, index) => (line.includes('-->') ? index + 1 : 0)).filter(Boolean);
  parsed.cues.forEach((cue, index) => {
    const line = timings[index];
    const words = plain(cue.text).trim();
    if (!words) problems.push({ level: 'warning', file: display, line, message: 'this cue has no text' });
    if (kind === 'captions') {
      const rows = words.split('\n');
      const long = rows.findIndex((row) => row.length > LINE_LIMIT);
      if (long >= 0) {
        const at = line === undefined ? undefined : line + 1 + long; // the text's own line, under the timing line
        problems.push({ level: 'warning', file: display, line: at, message: `this caption line is ${rows[long]!.length} characters long: captions are easiest to read at ${LINE_LIMIT} characters a line or fewer` });
      }
      if (rows.length > 2) problems.push({ level: 'warning', file: display, line, message: `this caption has ${rows.length} lines: two at most keep the picture visible` });
    }
    facts.cueList.push({ start: ms(cue.startTime), end: ms(cue.endTime), text: words.replace(/\s*\n\s*/g, ' ') });
  });
  facts.cues = parsed.cues.length;
  facts.end = ms(parsed.cues.reduce((end, cue) => Math.max(end, cue.endTime), 0));
  if (!facts.cues) problems.push({ level: 'error', file: display, message: 'has no cues' });
  return facts;
}

/**
 * A SubRip (.srt) file as WebVTT — what captioning services and Kaltura hand out most: a WEBVTT line, cue numbers
 * dropped, `00:00:01,500` written `00:00:01.500`. `build` publishes the result as a .vtt file.
 */
export function srtToVtt(bytes: Buffer): Buffer {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const blocks = text.trim().split(/\n{2,}/).map((block) => {
    const lines = block.split('\n');
    if (/^\d+$/.test(lines[0]!.trim()) && lines[1]?.includes('-->')) lines.shift();
    if (lines[0]) lines[0] = lines[0].replace(/(\d\d:\d\d:\d\d),(\d{3})/g, '$1.$2');
    return lines.join('\n');
  });
  return Buffer.from(`WEBVTT\n\n${blocks.join('\n\n')}\n`);
}

export const isSrt = (name: string) => /\.srt$/i.test(name);
