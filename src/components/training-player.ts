import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Session, Training } from '../catalog/normalize.js';
import { findSessionIndex, findTraining } from '../catalog/lookup.js';
import { emit } from '../events.js';
import { LocaleController } from '../i18n/index.js';
import { formatDate } from '../i18n/format.js';
import { EmbedFacade } from '../player/facade.js';
import { closestLanguage, transcriptTracks } from '../player/languages.js';
import { SessionMedia } from '../player/media.js';
import { PlayerKeyboard } from '../player/keyboard.js';
import { renderShortcuts, type ShortcutAction } from '../player/shortcuts.js';
import { crossOrigin, downloadableSource, type HlsMode } from '../player/sources.js';
import { readStored, writeStored } from '../progress/storage.js';
import { formatClock, parseTime } from '../player/time.js';
import { mediaControls, panelToggle, type Panel } from '../player/toolbar.js';
import { CuePanel, type PanelLanguages } from '../player/transcript-panel.js';
import { playerStyles } from '../styles/player.js';
import { sharedStyles } from '../styles/shared.js';
import { CatalogController } from '../consumer/catalog-controller.js';
import { defineElement } from './define.js';

/**
 * Plays one session of one training: the native video controls, plus a toolbar for speed, caption language,
 * transcript, chapters, audio description, back 10 s and previous/next session. Remembers where the viewer stopped
 * and what they really watched (see `progress.ts`), and tells the host page when a session or the training is
 * complete. YouTube and Vimeo sessions load nothing from those hosts until the viewer presses play.
 *
 * The transcript is in the language of the captions chosen (and keeps it while captions are off), or in the one
 * chosen in its own menu.
 *
 * Keyboard, only while focus is inside a player with a video: k or Space play/pause, j/l back/forward 10 s, ←/→ 5 s,
 * f full screen, m mute, c captions, t transcript, ? the list of shortcuts, Esc closes the panel opened last.
 *
 * @tagname rsp-training-player
 * @summary Watch a training: captions, interactive transcript, chapters, resume and completion events.
 *
 * @csspart header - Training title, session, presenters and date.
 * @csspart title - The training title.
 * @csspart video - The `<video>` element.
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
 * @cssprop [--rsp-mark-background=#fde68a] - Background of transcript search matches.
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
 * @fires {CustomEvent<CatalogErrorDetail>} rsp-catalog-error - The player's own `src` failed to load.
 *
 * @example
 * <rsp-training-player src="/rsp/catalog.json" training="tist" session="module-2"></rsp-training-player>
 */
export class RspTrainingPlayer extends LitElement {
  static override styles = [sharedStyles, playerStyles];

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

  @state() private open: Record<Panel, boolean> = { transcript: false, chapters: false, shortcuts: false };
  /** The language of the captions the viewer last chose, and of the transcript; the page's until they choose. */
  @state() private captionLang?: string;
  @state() private transcriptLang?: string;
  @state() private advisoryDismissed = false;
  /** Said politely after Previous/Next session changed the session. */
  @state() private sessionAnnouncement = '';

  private catalogs = new CatalogController(this);
  private locale = new LocaleController(this);
  private media = new SessionMedia(this);
  private transcript = new CuePanel(this, 'transcript');
  private chapters = new CuePanel(this, 'chapters');
  private embed = new EmbedFacade(this);
  private attachedKey?: string;
  /** Part of the video's key: a new <video> once the media controller has let go of the old one. */
  private videoGeneration = 0;
  private startUsed = false;
  /** Open panels, the last opened last: Esc closes them in that order. */
  private opened: Panel[] = [];

  constructor() {
    super();
    // Shortcuts, the arrows on the video, and focus through full screen: the controller listens on this element.
    new PlayerKeyboard(this);
  }

  /** @internal Called by the keyboard controller: does what a shortcut asks, or says there is nothing to do it to. */
  shortcut(action: ShortcutAction): boolean {
    if (!this.resolve()?.session.video) return false;
    // With nothing to close, Esc is left to the page (a dialog around the player, say).
    if (action === 'close' && !this.opened.length) return false;
    this.act(action);
    return true;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Back in the page after the media controller let go of the video (removed, and not put back in the same task):
    // render a fresh <video>, so the browser picks its captions track again, and attach it. Moved within one task,
    // the video kept playing and nothing needs doing.
    if (this.media.video) return;
    this.videoGeneration++;
    this.attachedKey = undefined;
    this.requestUpdate();
  }

  /** Moves playback (or the embedded player) to `seconds`. */
  seek(seconds: number) {
    const current = this.resolve();
    const embed = current?.session.video?.embed;
    if (!embed) return this.media.seek(seconds);
    this.embed.seek(sessionKey(current), embed, seconds);
  }

  /** @internal Called by the media controller as time moves. */
  timeChanged(seconds: number) {
    this.transcript.follow(seconds);
    this.chapters.follow(seconds);
  }

  /** @internal Called by the media controller when the viewer picks captions: the transcript goes with them. */
  captionsChanged(index: number) {
    const track = this.resolve()?.session.video?.captions[index];
    if (track) this.captionLang = this.transcriptLang = track.lang;
  }

  private resolve(): { training: Training; session: Session; index: number; unknownSession?: string } | undefined {
    const catalog = this.catalogs.state.catalog;
    const training = catalog && findTraining(catalog, this.training);
    if (!training) return undefined;
    // An empty `session` plays the first one; so does an unknown one, but render() says so (a shared link may be wrong).
    const found = findSessionIndex(training, this.session);
    const index = Math.max(0, found);
    return { training, session: training.sessions[index], index, unknownSession: this.session && found < 0 ? this.session : undefined };
  }

  private act(action: ShortcutAction) {
    const steps: Partial<Record<ShortcutAction, number>> = { 'back-10': -10, 'forward-10': 10, 'back-5': -5, 'forward-5': 5 };
    if (action === 'toggle-play') {
      const current = this.resolve();
      if (current?.session.video?.embed) this.embed.play(sessionKey(current));
      else this.media.togglePlay();
    } else if (action in steps) this.media.skip(steps[action]!);
    else if (action === 'captions') this.media.toggleCaptions();
    else if (action === 'mute') this.media.toggleMute();
    else if (action === 'fullscreen') this.toggleFullscreen();
    else if (action === 'close') this.closeLast();
    else this.toggle(action === 'help' ? 'shortcuts' : 'transcript');
  }

  private toggle(panel: Panel) {
    this.open = { ...this.open, [panel]: !this.open[panel] };
    this.opened = this.opened.filter((each) => each !== panel);
    if (this.open[panel]) this.opened.push(panel);
  }

  /** Closes the panel opened last and gives focus back to the button that opens it. */
  private async closeLast() {
    const panel = this.opened.at(-1);
    if (!panel) return;
    this.toggle(panel);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.toolbar [aria-controls="${panel}"]`)?.focus();
  }

  private toggleFullscreen() {
    const iframe = this.renderRoot.querySelector('iframe');
    if (!iframe) return this.media.toggleFullscreen();
    const request = (this.renderRoot as ShadowRoot).fullscreenElement ? document.exitFullscreen() : iframe.requestFullscreen();
    request.catch(() => {});
  }

  /** The session's transcripts, the one to show, and the menu that chooses another. */
  private transcriptChoice(training: Training, session: Session): PanelLanguages & { src?: string } {
    const tracks = transcriptTracks(session.video, training.language);
    const selected = closestLanguage(tracks, this.transcriptLang ?? this.captionLang ?? this.locale.lang);
    return {
      src: tracks[selected]?.src,
      lang: tracks[selected]?.lang,
      labels: tracks.map((track) => track.label ?? track.lang ?? ''),
      selected,
      choose: (index) => (this.transcriptLang = tracks[index].lang),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('training')) this.advisoryDismissed = false;
    const current = this.resolve();
    const video = current?.session.video;
    this.transcript.load(current && this.transcriptChoice(current.training, current.session).src);
    this.chapters.load(video?.chapters);
    if (current && !this.advisoryDismissed && current.training.advisory) {
      this.advisoryDismissed = readStored<boolean>(`advisory:${current.training.id}`) === true;
    }
  }

  protected override updated() {
    // Out of the page, a video attached now would never be let go of; connectedCallback attaches on the way back.
    if (!this.isConnected) return;
    const current = this.resolve();
    const key = current && sessionKey(current);
    if (key === this.attachedKey) return;
    this.attachedKey = key;
    const video = this.renderRoot.querySelector('video');
    const embed = current?.session.video?.embed;
    if (!current || (!video && !embed)) return this.media.release();
    // `start` (and so a deep link's time) is for the first recording shown, native or embedded.
    const start = this.startUsed ? undefined : parseTime(this.start);
    this.startUsed = true;
    if (!video) {
      this.media.release();
      return this.embed.show(key!, start);
    }
    this.media.attach(video, current.training, current.session, {
      start,
      completeAt: this.completeAt,
      hls: this.hls,
      captionIndex: this.captionIndex(current.session),
    });
  }

  /** The captions track shown first: in the language last chosen, else the page's. */
  private captionIndex(session: Session) {
    return closestLanguage(session.video?.captions ?? [], this.captionLang ?? this.locale.lang);
  }

  /** Level of the advisory, transcript, chapters and shortcuts headings: below the title when it is shown, else at
   * the level the title would have had (so a page's outline never skips a level). */
  private get panelLevel() {
    return this.header === 'full' ? this.headingLevel + 1 : this.headingLevel;
  }

  /** The UI text in the player's language. */
  private get t() {
    return this.locale.t;
  }

  protected override render() {
    const catalog = this.catalogs.state.catalog;
    if (!catalog) return this.catalogs.renderStatus(html`<div class="stage"></div>`);
    const current = this.resolve();
    if (!current) {
      return html`<div class="error" part="error" role="alert">
        <p>${this.training ? this.t.unknownTraining(this.training) : this.t.chooseTraining}</p>
      </div>`;
    }
    const { training, session } = current;
    const video = session.video;
    const panelOpen = !!video && (this.open.transcript || this.open.chapters);
    // Without media there is nothing for the toolbar's controls and shortcuts to act on; only Previous/Next remain.
    return html`${this.renderHeader(current)}
      ${current.unknownSession
        ? html`<div class="error" part="error" role="alert">
            <p>${this.t.unknownSession(current.unknownSession, current.index + 1, training.sessions.length)}</p>
          </div>`
        : nothing}
      <div class="layout header-${this.header} ${panelOpen ? 'with-panel' : ''}">
        <div>
          ${this.renderStage(training, session)}
          ${video || training.sessions.length > 1 ? this.renderToolbar(current) : nothing}
          ${this.renderBelowStage(training, session)}
        </div>
        ${video
          ? html`<div>
              <div ?hidden=${!this.open.transcript}>
                ${this.transcript.render('transcript', session.title, this.panelLevel, this.transcriptChoice(training, session))}
              </div>
              <div ?hidden=${!this.open.chapters}>${this.chapters.render('chapters', session.title, this.panelLevel)}</div>
            </div>`
          : nothing}
      </div>
      ${video ? renderShortcuts(!this.open.shortcuts, this.t, this.panelLevel) : nothing}
      <p class="live" aria-live="polite">${this.media.describing ? this.media.description : ''}</p>`;
  }

  private renderHeader({ training, session, index }: { training: Training; session: Session; index: number }) {
    const lang = this.locale.lang;
    const date = session.date ?? training.date;
    const presenters = training.presenters
      .map((each) => [each.name, each.credentials].filter(Boolean).join(', '))
      .join('; ');
    if (this.header === 'none') return nothing;
    if (this.header === 'session') {
      return html`<div class="header" part="header">
        <p class="session">
          ${training.sessions.length > 1 ? html`${this.t.sessionOf(index + 1, training.sessions.length)}: ` : nothing}
          ${session.title}
        </p>
      </div>`;
    }
    return html`<div class="header" part="header">
      <div class="title" part="title" role="heading" aria-level=${this.headingLevel} lang=${training.language ?? nothing}>
        ${training.title}
      </div>
      <p class="session">
        ${training.sessions.length > 1 ? html`${this.t.sessionOf(index + 1, training.sessions.length)}: ` : nothing}
        ${session.title}
      </p>
      ${presenters ? html`<p class="meta">${this.t.presentedBy} ${presenters}</p>` : nothing}
      ${date ? html`<p class="meta">${formatDate(date, lang)}</p>` : nothing}
    </div>`;
  }

  private renderStage(training: Training, session: Session) {
    const video = session.video;
    const advisory = training.advisory && !this.advisoryDismissed;
    if (!video) return html`<p class="notice" part="notice">${this.t.noVideo}</p>`;
    const provider = video.embed && this.t.providerNames[video.embed.provider];
    const captionIndex = this.captionIndex(session);
    const media = video.embed
      ? this.embed.render(sessionKey({ training, session }), video.embed, video.poster, {
          play: this.t.playEmbed(session.title, provider!),
          title: this.t.embedTitle(session.title, provider!),
        })
      : keyed(
          `${sessionKey({ training, session })}\n${this.videoGeneration}`,
          html`<video controls playsinline preload="metadata" part="video" poster=${video.poster ?? nothing}
            crossorigin=${crossOrigin(video.captions.map((track) => track.src)) ?? nothing}>
            ${video.captions.map(
              (track, at) =>
                html`<track kind="captions" src=${track.src} srclang=${track.lang} label=${track.label}
                  ?default=${at === captionIndex} />`,
            )}
          </video>`,
        );
    return html`<div class="stage">
      <div class="media" ?inert=${!!advisory}>${media}</div>
      ${advisory
        ? html`<div class="overlay" part="advisory" role="group" aria-labelledby="advisory-heading">
            <div id="advisory-heading" class="panel-heading" role="heading" aria-level=${this.panelLevel}>
              ${this.t.advisoryHeading}
            </div>
            <p>${training.advisory}</p>
            <p><button type="button" part="button" @click=${() => this.dismissAdvisory(training)}>${this.t.advisoryContinue}</button></p>
          </div>`
        : nothing}
    </div>`;
  }

  /** Plays from the chosen place; the offer's buttons go, so focus goes to the video rather than to the page. */
  private answerOffer(seconds: number) {
    this.media.playFrom(seconds);
    this.media.video?.focus();
  }

  private renderBelowStage(training: Training, session: Session) {
    const video = session.video;
    const caption = video?.captions[this.media.captionIndex];
    const mp4 = downloadableSource(video?.sources);
    const resumeAt = this.media.resumeAt;
    return html`${this.media.failed && video?.sources
      ? html`<div class="error" part="error" role="alert">
          <p>${this.t.mediaError}</p>
          ${mp4 ? html`<p><a href=${mp4.src} download>${this.t.downloadVideo}</a></p>` : nothing}
        </div>`
      : nothing}
    ${resumeAt !== undefined && !this.media.failed
      ? html`<div class="resume" part="resume" role="group" aria-label=${this.t.resumeQuestion}>
          <span>${this.t.resumeQuestion}</span>
          <button type="button" part="button" @click=${() => this.answerOffer(resumeAt)}>${this.t.resumeAt(formatClock(resumeAt))}</button>
          <button type="button" part="button" class="secondary" @click=${() => this.answerOffer(0)}>${this.t.startOver}</button>
        </div>`
      : nothing}
    ${caption?.quality === 'automatic' ? html`<p class="note">${this.t.automaticCaptions}</p>` : nothing}
    ${training.advisory && this.advisoryDismissed ? html`<p class="note">${training.advisory}</p>` : nothing}`;
  }

  private renderToolbar({ training, session, index }: { training: Training; session: Session; index: number }) {
    const video = session.video;
    const last = training.sessions.length - 1;
    // The host decides where a session lives (`<rsp-archive>` puts it in the address); unless it does, we change it.
    const go = (to: number) => {
      if (to < 0 || to > last) return;
      const next = training.sessions[to];
      if (!emit(this, 'rsp-session-select', { trainingId: training.id, sessionId: next.id }, { cancelable: true })) return;
      this.session = next.id;
      this.sessionAnnouncement = `${this.t.sessionOf(to + 1, last + 1)}: ${next.title}`;
    };
    // At either end the button stays focusable with aria-disabled rather than `disabled`: a disabled button under
    // focus drops focus to <body> (WCAG 2.4.3), and moving it to the other button would make a repeated Enter go back.
    const end = (disabled: boolean) => (disabled ? 'true' : nothing);
    const toolbar = { locale: this.locale.locale, media: this.media, open: this.open, toggle: (panel: Panel) => this.toggle(panel) };
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${this.t.playerControls}>
      ${video ? mediaControls(video, toolbar) : nothing}
      ${training.sessions.length > 1
        ? html`<button type="button" part="button" aria-disabled=${end(index === 0)} @click=${() => go(index - 1)}>${this.t.previousSession}</button>
            <button type="button" part="button" aria-disabled=${end(index === last)} @click=${() => go(index + 1)}>${this.t.nextSession}</button>`
        : nothing}
      ${video ? panelToggle('shortcuts', 'shortcuts', this.t.shortcuts, toolbar) : nothing}
    </div>
    <p class="live" role="status">${this.sessionAnnouncement}</p>`;
  }

  private dismissAdvisory(training: Training) {
    writeStored(`advisory:${training.id}`, true);
    this.advisoryDismissed = true;
    // The button goes away: keep focus in the player rather than losing it to the page.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('video, .facade')?.focus());
  }
}

/** One session of one training: what the video, the embed and the progress record are attached to. */
const sessionKey = ({ training, session }: { training: Training; session: Session }) => `${training.id}\n${session.id}`;

defineElement('rsp-training-player', RspTrainingPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'rsp-training-player': RspTrainingPlayer;
  }
}
