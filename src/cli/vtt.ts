/**
 * WebVTT files checked the way the W3C's validator checks them (webvtt-parser), plus what makes captions readable:
 * no empty cues, lines of 42 characters or fewer, two lines a cue at most, and a known language.
 */
import webvtt from 'webvtt-parser';
import type { Problem, VttFacts } from './types.js';

/** The length of a caption line that reads comfortably (BBC, Netflix and DCMP guidelines agree on 32–42). */
export const LINE_LIMIT = 42;

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
    problems.push({ level: 'error', file: display, line: 1, message: 'is not a WebVTT file: its first line must be WEBVTT' });
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
    problems.push({ level: 'error', file: display, line: error.line, message: error.message });
  }

  // The parser gives no line numbers for cues: find each cue's timing line in order.
  const lines = text.split(/\r?\n/);
  const timings = lines.map((line, index) => (line.includes('-->') ? index + 1 : 0)).filter(Boolean);
  parsed.cues.forEach((cue, index) => {
    const line = timings[index];
    const words = plain(cue.text).trim();
    if (!words) problems.push({ level: 'warning', file: display, line, message: 'has a cue with no text' });
    if (kind === 'captions') {
      const rows = words.split('\n');
      const long = rows.find((row) => row.length > LINE_LIMIT);
      if (long) problems.push({ level: 'warning', file: display, line, message: `has a caption line of ${long.length} characters: captions are easiest to read at ${LINE_LIMIT} characters a line or fewer` });
      if (rows.length > 2) problems.push({ level: 'warning', file: display, line, message: `has a caption of ${rows.length} lines: two at most keeps the picture visible` });
    }
    facts.cueList.push({ start: cue.startTime, end: cue.endTime, text: words.replace(/\s*\n\s*/g, ' ') });
  });
  facts.cues = parsed.cues.length;
  facts.end = parsed.cues.reduce((end, cue) => Math.max(end, cue.endTime), 0);
  if (!facts.cues) problems.push({ level: 'error', file: display, message: 'has no cues' });
  return facts;
}
