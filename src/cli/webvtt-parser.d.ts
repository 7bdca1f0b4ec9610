/** The parts of webvtt-parser (the W3C validator's parser, no types of its own) that vtt.ts uses. */
declare module 'webvtt-parser' {
  export class WebVTTParser {
    parse(
      text: string,
      mode?: 'metadata' | 'chapters',
    ): { cues: Array<{ startTime: number; endTime: number; text: string }>; errors: Array<{ message: string; line: number; col: number }> };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
