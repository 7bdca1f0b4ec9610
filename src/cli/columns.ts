/**
 * The spreadsheet's columns: one list that the reader, the `new` template, its "Columns" sheet and the docs share.
 * Headings are matched without regard to case, spaces or punctuation, so "Training ID" and "training id" are one.
 */

export interface Column {
  /** The heading written in the template. */
  heading: string;
  /** What to write, for the people filling in the sheet. */
  help: string;
  /** An example value (the template's sample row uses these). */
  example: string;
  required?: boolean;
}

export interface SheetSpec {
  name: string;
  /** Name of the CSV file that holds this sheet when the source is CSV. */
  csv: string;
  about: string;
  columns: Column[];
}

const list = 'Separate several with semicolons (;).';
const file = 'A file name inside the source folder, e.g. media/…, or an https:// link.';

export const SESSIONS: SheetSpec = {
  name: 'Sessions',
  csv: 'trainings.csv',
  about:
    'One row per session (a module, part or day). Rows with the same training id form one training; ' +
    'the training columns are read from its first row and may be left blank on the others.',
  columns: [
    { heading: 'Training id', required: true, example: 'tist', help: 'Short id of the training, used in links: letters, digits, "-", "_" or ".". The same on every row of the training.' },
    { heading: 'Training title', required: true, example: 'Trauma-Informed Stabilization Treatment (TIST)', help: 'Full title of the training.' },
    { heading: 'Subtitle', example: 'A four-module course for inpatient and community teams', help: 'Optional line under the title.' },
    { heading: 'Summary', example: 'How safety and co-regulation help people stabilize.', help: 'One or two sentences for the training card.' },
    { heading: 'Description', example: 'This course introduces…', help: 'Longer plain text for the training page. A blank line starts a new paragraph.' },
    { heading: 'Presenters', example: 'Ilse Marchetti-Obi, PhD (Tallis Point Hospital); Corwin Ashdale, LICSW', help: `Name, then credentials after a comma, then the organisation in brackets. ${list}` },
    { heading: 'First delivered', example: '2021-03-04', help: 'Date the training was first given, YYYY-MM-DD. Leave blank to use the earliest session date.' },
    { heading: 'Format', example: 'live-online', help: 'prerecorded, live-online or in-person.' },
    { heading: 'Topics', example: 'Trauma-informed care; De-escalation', help: `Topic labels or ids from the Topics sheet. ${list}` },
    { heading: 'Audiences', example: 'Clinicians; Direct care staff', help: `Audience labels or ids from the Audiences sheet. ${list}` },
    { heading: 'Language', example: 'en', help: 'Language the training is given in, as a tag: en, es, pt-BR…' },
    { heading: 'Thumbnail', example: 'media/tist-1.jpg', help: `Picture for the training card. ${file}` },
    { heading: 'Thumbnail text', example: '', help: 'Text alternative of the picture. Leave blank when it only decorates (the title is next to it).' },
    { heading: 'Content note', example: 'Discusses self-harm.', help: 'Optional note shown before the video plays.' },
    { heading: 'Credit type', example: 'CE', help: 'Continuing education credit offered, e.g. CE or CEU.' },
    { heading: 'Credit hours', example: '6', help: 'Hours of credit, a number.' },
    { heading: 'Credit body', example: 'Continuing Education Council', help: 'Who grants the credit.' },
    { heading: 'Session id', example: 'module-1', help: 'Short id of the session, unique within the training. Leave blank for session-1, session-2…' },
    { heading: 'Session title', required: true, example: 'Module 1: Safety and stabilization', help: 'Title of this session.' },
    { heading: 'Session date', example: '2021-03-04', help: 'Date of the session, YYYY-MM-DD.' },
    { heading: 'Duration', example: '', help: 'Leave blank: it is read from the video file. Or write 1:32:00, 92 (minutes) or PT1H32M.' },
    { heading: 'Video', example: 'media/tist-1.webm; media/tist-1.mp4', help: `The recording: one or more files of the same video (the first the browser can play is used), an .m3u8 stream, or a YouTube or Vimeo link. ${list}` },
    { heading: 'Poster', example: 'media/tist-1.jpg', help: `Picture shown before the video plays. ${file}` },
    { heading: 'Captions', example: 'media/tist-1.en.vtt; media/tist-1.es.vtt', help: `Caption files, WebVTT (.vtt) or SubRip (.srt, published as WebVTT). Name them with their language (tist-1.en.vtt) or give them a "Language:" line. ${list}` },
    { heading: 'Captions checked', example: 'yes', help: 'yes when a person has checked the captions, no when they are automatic only.' },
    { heading: 'Chapters', example: 'media/tist-1.chapters.vtt', help: 'A WebVTT chapters file (optional).' },
    { heading: 'Audio description', example: 'media/tist-1.descriptions.vtt', help: 'A WebVTT file describing what is shown, for viewers who cannot see it.' },
    { heading: 'Described in audio', example: 'no', help: 'yes when the speakers already describe everything shown, so no separate audio description is needed.' },
    { heading: 'Transcript', example: '', help: 'A WebVTT file for the transcript. Leave blank to use the first captions file.' },
  ],
};

export const MATERIALS: SheetSpec = {
  name: 'Materials',
  csv: 'materials.csv',
  about: 'Handouts, slides and other files. Leave the session id blank for a file that belongs to the whole training.',
  columns: [
    { heading: 'Training id', required: true, example: 'tist', help: 'The training the file belongs to.' },
    { heading: 'Session id', example: 'module-1', help: 'The session, or blank for the whole training.' },
    { heading: 'Kind', required: true, example: 'handout', help: 'slides, handout, worksheet, transcript, resource or certificate.' },
    { heading: 'Title', required: true, example: 'Module 1 handout', help: 'What people read on the link.' },
    { heading: 'File', required: true, example: 'files/tist-1.pdf', help: file },
    { heading: 'Language', example: 'en', help: 'Language of the file, when it differs from the training or the PDF does not say.' },
  ],
};

export const TOPICS: SheetSpec = {
  name: 'Topics',
  csv: 'topics.csv',
  about: 'The topics people can filter by. Trainings name them by label or id.',
  columns: [
    { heading: 'Id', example: 'trauma-informed-care', help: 'Short id used in links. Leave blank to make one from the label.' },
    { heading: 'Label', required: true, example: 'Trauma-informed care', help: 'What people read.' },
  ],
};

export const AUDIENCES: SheetSpec = {
  name: 'Audiences',
  csv: 'audiences.csv',
  about: 'Who the trainings are for. Trainings name them by label or id.',
  columns: [
    { heading: 'Id', example: 'direct-care', help: 'Short id used in links. Leave blank to make one from the label.' },
    { heading: 'Label', required: true, example: 'Direct care staff', help: 'What people read.' },
  ],
};

export const ARCHIVE: SheetSpec = {
  name: 'Archive',
  csv: 'archive.csv',
  about: 'About the whole archive: one setting a row.',
  columns: [
    { heading: 'Setting', required: true, example: 'Title', help: 'Title, Publisher, Publisher link or Updated.' },
    { heading: 'Value', example: 'Restraint & Seclusion Prevention Training Archive', help: 'Its value.' },
  ],
};

/** Every sheet the reader knows, in the order the template writes them. */
export const SHEETS = [SESSIONS, MATERIALS, TOPICS, AUDIENCES, ARCHIVE];

/** A heading as matched: lower case, letters and digits only. */
export const headingKey = (heading: string): string => heading.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
