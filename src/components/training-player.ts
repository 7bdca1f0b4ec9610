import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../events.js';
import { LocaleController } from '../i18n/index.js';
import { ContentAdvisory } from '../player/advisory.js';
import { findCurrent, sessionKey, type Current } from '../player/current.js';
import { renderHeader } from '../player/header.js';
import { closestLanguage, transcriptChoice } from '../player/languages.js';
import { PlayerKeyboard } from '../player/keyboard.js';
import { OpenPanels } from '../player/panels.js';
import { Recording } from '../player/recording.js';
import { renderShortcuts, stepOf, type ShortcutAction } from '../player/shortcuts.js';
import { renderNotes, renderStage, type Stage } from '../player/stage.js';
import type { HlsMode } from '../player/sources.js';
import { renderToolbar, type Toolbar } from '../player/toolbar.js';
import { CuePanel } from '../player/transcript-panel.js';
import { playerStyles } from '../styles/player.js';
import { playerControlStyles } from '../styles/player-controls.js';
import { transcriptStyles } from '../styles/transcript.js';
import { sharedStyles } from '../styles/shared.js';
import { CatalogController } from '../consumer/catalog-controller.js';
import { defineElement } from './define.js';

/**
 * Plays one session of one training: the native video controls, plus a toolbar for speed, caption language,
 * transcript, chapters, audio description, back 10 s and previous/next session. Remembers where the viewer stopped
 * and what they really watched (in this browser's storage; see docs/lms.md), and tells the host page when a session or
 * the training is complete. YouTube and Vimeo sessions load nothing from those hosts until the viewer presses play.
 *
 * The transcript is in the language of the captions chosen (and keeps it while captions are off), or in the one
 * chosen in its own menu. Keyboard, only while focus is inside a player with a video: k or Space play/pause, j/l
 * back/forward 10 s, ←/→ 5 s, f full screen, m mute, c captions, t transcript, ? the list of shortcuts, Esc closes
 * the panel opened last.
 *
 * @tagname rsp-training-player
 * @summary Watch a training: captions, interactive transcript, chapters, resume and completion events.
 *
 * @csspart header - Training title, session, presenters and date.
 * @csspart title - The training title.
 * @csspart video - The `<video>` element.
 * @csspart describe-settings - While audio description is on: "Speak descriptions aloud" and "Pause the video while a description is read".
 * @csspart facade - The play button shown for a YouTube or Vimeo session before it loads.
 * @csspart toolbar - The row of player buttons.
 * @csspart button - Every button.
 * @csspart transcript - The transcript panel.
 * @csspart chapters - The chapters panel.
 * @csspart cue - A transcript cue or chapter button.
 * @csspart shortcuts - The keyboard shortcuts list.
 * @csspart advisory - The content note shown before playing.
 * @csspart resume - The "Resume at…" / "Start over" offer.
 * @csspart error - Media and catalog errors.
 * @csspart notice - Messages such as "no catalog".
 *
 * @cssprop [--rsp-accent=#14558f] - Accent colour: buttons, current cue.
 * @cssprop [--rsp-button-color=#fff] - Text colour on accent buttons.
 * @cssprop [--rsp-border-color=#6b6b6b] - Borders of panels and controls.
 * @cssprop [--rsp-muted-color=#595959] - Secondary text: dates, cue times.
 * @cssprop [--rsp-highlight-background=#e8f1f8] - Background of the current cue and chapter.
 * @cssprop [--rsp-mark-background=#fff0a8] - Background of transcript search matches.
 * @cssprop [--rsp-transcript-height=20em] - Height of the scrolling transcript.
 * @cssprop [--rsp-video-aspect-ratio=16 / 9] - Space reserved for the video before it loads.
 * @cssprop [--rsp-video-background=#000] - Behind the video and the facade.
 * @cssprop [--rsp-gap=1em] - Space between blocks.
 * @cssprop [--rsp-focus-color=#3e94cf] - Focus outline colour.
 * @cssprop [--rsp-focus-width=3px] - Focus outline width.
 * @cssprop [--rsp-radius=0.25em] - Corner radius.
 *
 * @fires {CustomEvent<PlaybackDetail>} rsp-play - Playback started.
 * @fires {CustomEvent<PlaybackDetail>} rsp-pause - Playback paused or ended.
 * @fires {CustomEvent<ProgressDetail>} rsp-progress - At most every 5 s while playing, and on pause: real watching so far.
 * @fires {CustomEvent<CompleteDetail>} rsp-complete - Once when a session's real watching reaches `complete-at`, and once when every session of the training is complete.
 * @fires {CustomEvent<SessionSelectDetail>} rsp-session-select - Cancelable. The viewer asked for another session (Previous/Next session); unless a listener calls `preventDefault()`, the player changes its own `session` (`<rsp-archive>` cancels it and routes instead).
 * @fires {CustomEvent<CatalogLoadDetail>} rsp-catalog-load - The player's own `src` loaded.
 * @fires {CustomEvent<CatalogErrorDetail>} rsp-catalog-error - The player's own `src` failed to load, or its training's own file (a compiled catalog's, `training`: its id) could not be read.
 *
 * @example
 * <rsp-training-player src="/rsp/catalog.json" training="tist" session="module-2"></rsp-training-player>
 */
export class RspTrainingPlayer extends LitElement {
  static override styles = [sharedStyles, playerStyles, playerControlStyles, transcriptStyles];

  /** Address of `catalog.json`, absolute or relative to the page. */
  @property({ reflect: true }) src: string | null = null;
  /** A catalog object to use instead of fetching one. Wins over `src`. */
  @property({ attribute: false }) catalog?: unknown;
  /** Id of the training to play. */
  @property({ reflect: true }) training: string | null = null;
  /** Session id, or its 1-based number; the first session when empty. Previous/next session buttons change it. */
  @property({ reflect: true }) session: string | null = null;
  /** Where the first session shown starts, in seconds or as `1:23:45`; wins over the offer to resume. A YouTube or
   * Vimeo recording starts there when its play button is pressed. */
  @property() start: string | null = null;
  /** Share of real watching (0..1) after which a session is complete. */
  @property({ type: Number, attribute: 'complete-at' }) completeAt = 0.9;
  /** What the header shows: `full` (training title, session, presenters, date), `session` (the session line only,
   * for pages that show the training's title themselves), or `none`. */
  @property() header: 'full' | 'session' | 'none' = 'full';
  /** `aria-level` of the training title; the player's own panel headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** `auto` plays HLS natively where possible, else through hls.js; `native` never loads hls.js; `hls.js` always uses it. */
  @property() hls: HlsMode = 'auto';

  /** The language of the captions the viewer last chose, and of the transcript; the page's until they choose. */
  @state() private captionLang?: string;
  @state() private transcriptLang?: string;
  /** Said politely after Previous/Next session changed the session. */
  @state() private sessionAnnouncement = '';

  private catalogs = new CatalogController(this);
  private locale = new LocaleController(this);
  private recording = new Recording(this);
  private media = this.recording.media;
  private transcript = new CuePanel(this, 'transcript', this.recording.time);
  private chapters = new CuePanel(this, 'chapters', this.recording.time);
  private advisory = new ContentAdvisory(this);
  private panels = new OpenPanels(this);
  /** The training and session shown, found once per update (in update()) for all that update and what follows. */
  private current?: Current;

  constructor() {
    super();
    // Shortcuts, the arrows on the video, and focus through full screen: the controller listens on this element.
    new PlayerKeyboard(this);
  }

  /** @internal Called by the keyboard controller: does what a shortcut asks, or says there is nothing to do it to. */
  shortcut(action: ShortcutAction): boolean {
    if (!this.current?.session.video) return false;
    // With nothing to close, Esc is left to the page (a dialog around the player, say).
    if (action === 'close' && !this.panels.any) return false;
    const step = stepOf(action);
    if (step) this.media.skip(step);
    else if (action === 'toggle-play') this.recording.togglePlay();
    else if (action === 'captions') this.media.toggleCaptions();
    else if (action === 'mute') this.media.toggleMute();
    else if (action === 'fullscreen') this.recording.toggleFullscreen();
    else if (action === 'close') this.panels.closeLast();
    else this.panels.toggle(action === 'help' ? 'shortcuts' : 'transcript');
    return true;
  }

  /** Moves playback (or the embedded player) to `seconds`. */
  seek(seconds: number) {
    this.recording.time.seek(seconds);
  }

  /** @internal Called by the media controller when the viewer picks captions: the transcript goes with them. */
  captionsChanged(index: number) {
    const track = this.current?.session.video?.captions[index];
    if (track) this.captionLang = this.transcriptLang = track.lang;
  }

  /** The session's transcripts, the one to show, and the menu that chooses another. */
  private transcriptChoice({ training, session }: Current) {
    const lang = this.transcriptLang ?? this.captionLang ?? this.locale.lang;
    return transcriptChoice(session.video, training.language, lang, (chosen) => (this.transcriptLang = chosen));
  }

  /** Before the render, after the catalog controller's hostUpdate (which runs after willUpdate) took a new catalog. */
  protected override update(changed: PropertyValues<this>) {
    const whole = this.catalogs.training(this.training);
    const current = (this.current = findCurrent(whole?.status === 'ready' ? whole.training : undefined, this.session));
    this.advisory.check(current?.training, changed.has('training'));
    this.transcript.load(current && this.transcriptChoice(current).src);
    this.chapters.load(current?.session.video?.chapters);
    const captionIndex = current ? this.captionIndex(current) : -1;
    this.recording.show(current, this.start, { completeAt: this.completeAt, hls: this.hls, captionIndex });
    super.update(changed);
  }

  /** The captions track shown first: in the language last chosen, else the page's. */
  private captionIndex({ session }: Current) {
    return closestLanguage(session.video?.captions ?? [], this.captionLang ?? this.locale.lang);
  }

  /** Level of the advisory, transcript, chapters and shortcuts headings: below the title when it is shown, else at
   * the level the title would have had (so a page's outline never skips a level). */
  private get panelLevel() {
    return this.header === 'full' ? this.headingLevel + 1 : this.headingLevel;
  }

  protected override render() {
    if (!this.catalogs.state.catalog) return this.catalogs.renderStatus(html`<div class="stage"></div>`);
    const current = this.current;
    if (!current) {
      return this.catalogs.renderTraining(this.training, () => nothing, () => html`<div class="error" part="error" role="alert">
        <p>${this.training ? this.locale.t.unknownTraining(this.training) : this.locale.t.chooseTraining}</p>
      </div>`);
    }
    const { training, session, index } = current;
    const video = session.video;
    const { open } = this.panels;
    const { media, descriptions, embed, generation } = this.recording;
    const locale = this.locale.locale;
    const t = locale.t;
    const captionIndex = this.captionIndex(current);
    const stage: Stage = { t, key: sessionKey(current), generation, captionIndex, embed, advisory: this.advisory, headingLevel: this.panelLevel };
    const toolbar: Toolbar = { locale, media, descriptions, captionStyle: this.recording.captionStyle, open, toggle: (panel) => this.panels.toggle(panel) };
    const steps = { index, count: training.sessions.length, go: (to: number) => this.goToSession(to) };
    // Without media there is nothing for the toolbar's controls and shortcuts to act on; only Previous/Next remain.
    return html`${renderHeader(this.header, current, this.locale.locale, this.headingLevel)}
      ${current.unknownSession
        ? html`<div class="error" part="error" role="alert">
            <p>${this.locale.t.unknownSession(current.unknownSession, index + 1, training.sessions.length)}</p>
          </div>`
        : nothing}
      <div class="layout header-${this.header} ${video && (open.transcript || open.chapters) ? 'with-panel' : ''}">
        <div>
          ${renderStage(training, session, stage)}
          ${video || steps.count > 1 ? renderToolbar(video, steps, this.sessionAnnouncement, toolbar) : nothing}
          ${renderNotes(training, session, media, stage, (seconds) => this.answerOffer(seconds))}
        </div>
        ${video
          ? html`<div>
              <div ?hidden=${!open.transcript}>
                ${this.transcript.render('transcript', session.title, this.panelLevel, this.transcriptChoice(current))}
              </div>
              <div ?hidden=${!open.chapters}>${this.chapters.render('chapters', session.title, this.panelLevel)}</div>
            </div>`
          : nothing}
      </div>
      ${video ? renderShortcuts(!open.shortcuts, this.locale.t, this.panelLevel) : nothing}
      ${descriptions.render(t)}`;
  }

  /** Plays from the chosen place; the offer's buttons go, so focus goes to the video rather than to the page. */
  private answerOffer(seconds: number) {
    this.media.playFrom(seconds);
    this.media.video?.focus();
  }

  /** Previous/Next session. The host decides where a session lives (`<rsp-archive>` puts it in the address); unless
   * it cancels the event, the player changes its own `session`. */
  private goToSession(to: number) {
    const { training } = this.current!;
    const next = training.sessions[to];
    if (!next) return;
    if (!emit(this, 'rsp-session-select', { trainingId: training.id, sessionId: next.id }, { cancelable: true })) return;
    this.session = next.id;
    this.sessionAnnouncement = `${this.locale.t.sessionOf(to + 1, training.sessions.length)}: ${next.title}`;
  }
}

defineElement('rsp-training-player', RspTrainingPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'rsp-training-player': RspTrainingPlayer;
  }
}
