// hls.js ships types for its full build only; the light build (no subtitles, EME or alternate audio, which the
// player handles itself or does not need) has the same API.
declare module 'hls.js/dist/hls.light.mjs' {
  export { default } from 'hls.js';
}
