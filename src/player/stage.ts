/**
 * What the player shows of one session's recording: the stage (its `<video>` with captions tracks, or an embed's
 * facade, under the content advisory while that is unanswered), and the notes below it (a media error with the
 * download link, the offer to resume, automatic captions, the answered advisory).
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Session, Training } from '../catalog/normalize.js';
import type { Messages } from '../i18n/index.js';
import type { ContentAdvisory } from './advisory.js';
import type { EmbedFacade } from './facade.js';
import type { SessionMedia } from './media.js';
import { crossOrigin, downloadableSource } from './sources.js';
import { formatClock } from './time.js';

export interface Stage {
  t: Messages;
  /** The session shown, as the media and the embed know it. */
  key: string;
  /** Part of the video's key: a new `<video>` once the media controller has let go of the old one. */
  generation: number;
  /** The captions track shown first. */
  captionIndex: number;
  embed: EmbedFacade;
  advisory: ContentAdvisory;
  /** The advisory heading's level. */
  headingLevel: number;
}

/** The stage: the recording, and the advisory over it until answered. */
export function renderStage(training: Training, session: Session, stage: Stage) {
  const { t, key, embed } = stage;
  const video = session.video;
  if (!video) return html`<p class="notice" part="notice">${t.noVideo}</p>`;
  const provider = video.embed && t.providerNames[video.embed.provider];
  const media = video.embed
    ? embed.render(key, video.embed, video.poster, {
        play: t.playEmbed(session.title, provider!),
        title: t.embedTitle(session.title, provider!),
      })
    : keyed(
        `${key}\n${stage.generation}`,
        html`<video controls playsinline preload="metadata" part="video" poster=${video.poster ?? nothing}
          crossorigin=${crossOrigin(video.captions.map((track) => track.src)) ?? nothing}>
          ${video.captions.map(
            (track, at) =>
              html`<track kind="captions" src=${track.src} srclang=${track.lang} label=${track.label}
                ?default=${at === stage.captionIndex} />`,
          )}
        </video>`,
      );
  return html`<div class="stage">
    <div class="media" ?inert=${stage.advisory.blocks(training)}>${media}</div>
    ${stage.advisory.renderOverlay(training, t, stage.headingLevel)}
  </div>`;
}

/** The notes below the stage; `answer(seconds)` plays from the place the viewer chose in the resume offer. */
export function renderNotes(training: Training, session: Session, media: SessionMedia, stage: Stage, answer: (seconds: number) => void) {
  const { t } = stage;
  const video = session.video;
  const caption = video?.captions[media.captionIndex];
  const mp4 = downloadableSource(video?.sources);
  const resumeAt = media.resumeAt;
  return html`${media.failed && video?.sources
      ? html`<div class="error" part="error" role="alert">
          <p>${t.mediaError}</p>
          ${mp4 ? html`<p><a href=${mp4.src} download>${t.downloadVideo}</a></p>` : nothing}
        </div>`
      : nothing}
    ${resumeAt !== undefined && !media.failed
      ? html`<div class="resume" part="resume" role="group" aria-label=${t.resumeQuestion}>
          <span>${t.resumeQuestion}</span>
          <button type="button" part="button" @click=${() => answer(resumeAt)}>${t.resumeAt(formatClock(resumeAt))}</button>
          <button type="button" part="button" class="secondary" @click=${() => answer(0)}>${t.startOver}</button>
        </div>`
      : nothing}
    ${caption?.quality === 'automatic' ? html`<p class="note">${t.automaticCaptions}</p>` : nothing}
    ${stage.advisory.renderNote(training)}`;
}
