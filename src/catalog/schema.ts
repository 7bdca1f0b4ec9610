/**
 * The catalog format, version 1: the one source of truth.
 *
 * Types are inferred from these schemas (`v.InferOutput`), never written twice. `catalog.schema.json` is generated
 * from {@link CatalogSchema} by `npm run schema`; the help text editors show comes from `schema-docs.ts` so that the
 * browser bundle carries no documentation strings.
 *
 * Rules that JSON Schema cannot say (unique ids, topic and audience references, safe URL schemes) live in
 * `validate.ts` and `normalize.ts`.
 */
import * as v from 'valibot';

import {
  DATE_PATTERN,
  DURATION_PATTERN,
  EMBED_ID_PATTERN,
  FORMATS,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  MATERIAL_KINDS,
  SUPPORTED_VERSION,
} from './patterns.js';


// `\S` rather than trim + minLength: a transform cannot be expressed in JSON Schema, and both validators must agree.
const text = v.pipe(v.string(), v.regex(/\S/, 'must not be empty'));
const optionalText = v.optional(v.string());
const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be letters, digits, "-", "_" or "." (used in links)'));
const date = v.pipe(v.string(), v.regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD'));
const duration = v.pipe(v.string(), v.regex(DURATION_PATTERN, 'must be an ISO 8601 duration such as PT1H32M'));
const language = v.pipe(v.string(), v.regex(LANGUAGE_PATTERN, 'must be a language tag such as "en" or "es"'));
/** A URL, absolute or relative to the catalog file. Its scheme is checked when normalising, not here. */
const url = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));

export const LabelSchema = v.object({ id, label: text });

export const PublisherSchema = v.object({ name: text, url: v.optional(url) });

export const PresenterSchema = v.object({
  name: text,
  credentials: optionalText,
  affiliation: optionalText,
});

export const ImageSchema = v.object({
  src: url,
  alt: v.string(),
  width: v.optional(count),
  height: v.optional(count),
});

export const SourceSchema = v.object({ src: url, type: v.optional(v.string()) });

export const EmbedSchema = v.object({
  provider: v.picklist(['youtube', 'vimeo'], 'must be "youtube" or "vimeo"'),
  id: v.pipe(v.string(), v.regex(EMBED_ID_PATTERN, 'must be the video id alone, not a URL')),
});

export const CaptionsSchema = v.object({
  src: url,
  lang: language,
  label: text,
  quality: v.optional(v.picklist(['verified', 'automatic'], 'must be "verified" or "automatic"')),
});

export const VideoSchema = v.pipe(
  v.object({
    sources: v.optional(v.pipe(v.array(SourceSchema), v.minLength(1, 'must list at least one source'))),
    embed: v.optional(EmbedSchema),
    poster: v.optional(url),
    captions: v.optional(v.array(CaptionsSchema)),
    chapters: v.optional(url),
    descriptions: v.optional(url),
    transcript: v.optional(url),
  }),
  v.check(
    (video) => (video.sources === undefined) !== (video.embed === undefined),
    (issue) =>
      issue.input.sources && issue.input.embed
        ? 'has both sources and embed: use one of them'
        : 'needs sources or embed',
  ),
  // The either/or rule above, for the generated JSON Schema (its converter cannot read `check` functions).
  v.metadata({ oneOf: [{ required: ['sources'] }, { required: ['embed'] }] }),
);

export const MaterialSchema = v.object({
  kind: v.picklist(MATERIAL_KINDS, `must be one of ${MATERIAL_KINDS.join(', ')}`),
  title: text,
  href: url,
  type: v.optional(v.string()),
  bytes: v.optional(count),
  pages: v.optional(count),
  lang: v.optional(language),
  tagged: v.optional(v.boolean()),
});

export const CreditSchema = v.object({
  type: text,
  hours: v.pipe(v.number(), v.minValue(0, 'must not be negative')),
  body: optionalText,
});

export const SessionSchema = v.object({
  id,
  title: text,
  date: v.optional(date),
  duration: v.optional(duration),
  video: v.optional(VideoSchema),
  materials: v.optional(v.array(MaterialSchema)),
});

export const TrainingSchema = v.object({
  id,
  title: text,
  subtitle: optionalText,
  summary: optionalText,
  description: optionalText,
  presenters: v.optional(v.array(PresenterSchema)),
  date: v.optional(date),
  format: v.optional(v.picklist(FORMATS, `must be one of ${FORMATS.join(', ')}`)),
  topics: v.optional(v.array(v.string())),
  audiences: v.optional(v.array(v.string())),
  language: v.optional(language),
  thumbnail: v.optional(ImageSchema),
  advisory: optionalText,
  credits: v.optional(v.array(CreditSchema)),
  sessions: v.pipe(v.array(SessionSchema), v.minLength(1, 'must list at least one session')),
  materials: v.optional(v.array(MaterialSchema)),
});

const catalogFields = {
  $schema: v.optional(v.string()),
  version: v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(1, 'must be 1 or more'),
    // Newer versions are refused earlier with their own message (validate.ts); this states the rule for editors.
    v.maxValue(SUPPORTED_VERSION, `must be ${SUPPORTED_VERSION} at most`),
  ),
  title: text,
  publisher: v.optional(PublisherSchema),
  updated: v.optional(date),
  topics: v.optional(v.array(LabelSchema)),
  audiences: v.optional(v.array(LabelSchema)),
};

/** The whole catalog file, as published in `catalog.schema.json`. */
export const CatalogSchema = v.object({ ...catalogFields, trainings: v.array(TrainingSchema) });

/**
 * The catalog with its trainings left unchecked: the loader checks the top level with this, then each training on its
 * own, so that one broken training is skipped instead of failing the whole archive.
 */
export const CatalogShellSchema = v.object({ ...catalogFields, trainings: v.array(v.unknown()) });

export type CatalogInput = v.InferOutput<typeof CatalogSchema>;
export type TrainingInput = v.InferOutput<typeof TrainingSchema>;
export type SessionInput = v.InferOutput<typeof SessionSchema>;
export type VideoInput = v.InferOutput<typeof VideoSchema>;
export type MaterialInput = v.InferOutput<typeof MaterialSchema>;
export type CaptionsInput = v.InferOutput<typeof CaptionsSchema>;
export type PresenterInput = v.InferOutput<typeof PresenterSchema>;
export type Label = v.InferOutput<typeof LabelSchema>;
export type Format = (typeof FORMATS)[number];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
