/** What the publisher (`rsp-archive new | build | preview | validate`) passes between its parts. Node only. */

/** One thing a person must fix (error) or should look at (warning), with where it is. */
export interface Problem {
  level: 'error' | 'warning';
  /** The file the problem is in or about, relative to the current directory. */
  file: string;
  /** Spreadsheet sheet name, when the source is a workbook. */
  sheet?: string;
  /** 1-based row number as the spreadsheet program shows it (the header is row 1). */
  row?: number;
  /** Column letter and heading, e.g. `F (session date)`. */
  column?: string;
  /** Catalog path, e.g. `trainings[3].sessions[0].video`. */
  path?: string;
  /** The file named in the catalog that the problem is about, when it is reported at the cell that names it. */
  ref?: string;
  /** A WebVTT or other text file's line. */
  line?: number;
  message: string;
}

/** Facts read from a media file (video or audio) by the metadata library. */
export interface MediaFacts {
  /** Seconds. */
  duration?: number;
  width?: number;
  height?: number;
  /** Container format as the library names it, e.g. `MPEG-4`, `WebM`, `HLS`. */
  format?: string;
  hasVideo: boolean;
  hasAudio: boolean;
}

export interface PdfFacts {
  pages: number;
  title?: string;
  /** The document's language (`/Lang` in its catalog), e.g. `en-US`. */
  lang?: string;
  /** A tagged PDF (`/MarkInfo /Marked true` and a structure tree): readable by screen readers. */
  tagged: boolean;
  /** The text of every page, for search (may be empty for scanned PDFs). */
  text: string;
}

export interface ImageFacts {
  width: number;
  height: number;
}

export interface VttFacts {
  kind: 'captions' | 'chapters' | 'descriptions' | 'metadata';
  cues: number;
  /** `Language:` header of the file, when it has one. */
  lang?: string;
  /** End of the last cue, seconds. */
  end: number;
  /** The cues, plain text without tags, for search and the report. */
  cueList: Array<{ start: number; end: number; text: string }>;
}

/** What probing one file found. Problems carry the file's own line numbers where there are any. */
export interface FileFacts {
  bytes: number;
  media?: MediaFacts;
  pdf?: PdfFacts;
  image?: ImageFacts;
  vtt?: VttFacts;
  problems: Problem[];
}
