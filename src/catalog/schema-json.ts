/**
 * Builds `catalog.schema.json` from the valibot schema (`npm run schema`; `npm test` checks it is current).
 * Build-time only: the browser bundle never imports this file, so none of the help text below costs a byte there.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as s from './schema.js';
import { SUPPORTED_VERSION } from './patterns.js';

/** Named parts of the format, published as `$defs` (editors show the names). */
const definitions = {
  Label: s.LabelSchema,
  Publisher: s.PublisherSchema,
  Presenter: s.PresenterSchema,
  Image: s.ImageSchema,
  Source: s.SourceSchema,
  Embed: s.EmbedSchema,
  Captions: s.CaptionsSchema,
  Video: s.VideoSchema,
  Material: s.MaterialSchema,
  Credit: s.CreditSchema,
  Session: s.SessionSchema,
  Training: s.TrainingSchema,
};

const url = 'Absolute, or relative to this catalog file (the page showing the archive may live elsewhere). Only http and https addresses are used.';

/** Help text for every field: `Definition.field`, and `Definition` for the object itself. */
export const SCHEMA_DOCS: Record<string, string> = {
  Catalog: 'The Restraint & Seclusion Prevention training archive: everything rsp-archive shows, in one file.',
  'Catalog.$schema': 'Address of this JSON Schema, so editors can check the file and show this help.',
  'Catalog.version': `Catalog format version. This is version ${SUPPORTED_VERSION}; a breaking change to the format raises it.`,
  'Catalog.title': 'Name of the archive, e.g. "Restraint & Seclusion Prevention Training Archive".',
  'Catalog.publisher': 'Who publishes the archive.',
  'Catalog.updated': 'Date the catalog was last changed, YYYY-MM-DD.',
  'Catalog.topics': 'Topics trainings can be filed under; trainings refer to them by id.',
  'Catalog.audiences': 'Audiences trainings are for; trainings refer to them by id.',
  'Catalog.trainings': 'The trainings. One with a mistake is skipped with a warning; the others still show.',
  Label: 'An id used in links and references, and the label people read.',
  'Label.id': 'Short id: letters, digits, "-", "_" or ".", e.g. "trauma-informed-care".',
  'Label.label': 'What people read, e.g. "Trauma-informed care".',
  Publisher: 'The organisation that publishes the archive.',
  'Publisher.name': 'e.g. "Massachusetts Department of Mental Health".',
  'Publisher.url': `The publisher's web site. ${url}`,
  Presenter: 'A person who presents a training.',
  'Presenter.name': 'Full name.',
  'Presenter.credentials': 'Degrees and licences, e.g. "PhD, LICSW".',
  'Presenter.affiliation': 'Organisation, e.g. "Riverside Community Care".',
  Image: 'A picture with its text alternative.',
  'Image.src': `The image file. ${url}`,
  'Image.alt': 'Text alternative. Use "" for a picture that only decorates (the title is next to it).',
  'Image.width': 'Width in pixels, so the page reserves the space before the image loads.',
  'Image.height': 'Height in pixels, so the page reserves the space before the image loads.',
  Source: 'One video file or stream; list the same recording in several formats, best first.',
  'Source.src': `The video file (MP4, WebM) or HLS playlist (.m3u8). ${url}`,
  'Source.type': 'Media type, e.g. "video/mp4", "video/webm" or "application/vnd.apple.mpegurl" (HLS).',
  Embed: 'A recording hosted on YouTube or Vimeo. Nothing loads from there until the viewer presses play.',
  'Embed.provider': '"youtube" or "vimeo".',
  'Embed.id': 'The video id alone (e.g. "dQw4w9WgXcQ"), not the whole address.',
  Captions: 'A captions track (WebVTT).',
  'Captions.src': `The .vtt file. ${url}`,
  'Captions.lang': 'Language of the captions, e.g. "en" or "es".',
  'Captions.label': 'Name shown in the captions menu, e.g. "English".',
  'Captions.quality': '"verified" when a person checked them, "automatic" when machine-made (viewers are told).',
  Video: 'The recording of a session: either "sources" (files we play) or "embed" (YouTube/Vimeo), not both.',
  'Video.sources': 'Files of the recording, best first.',
  'Video.embed': 'A YouTube or Vimeo recording, instead of sources.',
  'Video.poster': `Picture shown before playing. ${url}`,
  'Video.captions': 'Captions tracks, one per language.',
  'Video.chapters': `WebVTT chapters (cue text = chapter title). ${url}`,
  'Video.descriptions': `WebVTT text audio description, read out on request. ${url}`,
  'Video.describedInAudio':
    'true when the speakers already describe everything shown, so no separate audio description is needed (WCAG 1.2.5). The accessibility report of `rsp-archive build` reads it; the player does not.',
  'Video.transcript': `WebVTT used for the interactive transcript; defaults to the first captions track. ${url}`,
  Material: 'A file that goes with a training: slides, a handout, a worksheet…',
  'Material.kind': 'One of: slides, handout, worksheet, transcript, resource, certificate.',
  'Material.title': 'What the file is, e.g. "Module 1 handout".',
  'Material.href': `The file. ${url}`,
  'Material.type': 'Media type, e.g. "application/pdf".',
  'Material.bytes': 'File size in bytes, shown so people on slow connections can decide.',
  'Material.pages': 'Number of pages.',
  'Material.lang': 'Language of the file when it differs from the training, e.g. "es".',
  'Material.tagged': 'true for an accessible (tagged, PDF/UA) PDF.',
  Credit: 'Continuing-education credit a training offers.',
  'Credit.type': 'Kind of credit, e.g. "CE" or "CEU".',
  'Credit.hours': 'Number of hours.',
  'Credit.body': 'Who grants it, e.g. "NASW-MA".',
  Session: 'One part of a training: a module, a day, a part.',
  'Session.id': 'Short id, unique within the training, used in links: e.g. "module-1".',
  'Session.title': 'e.g. "Module 1: Overview".',
  'Session.date': 'Date recorded, YYYY-MM-DD.',
  'Session.duration': 'Length as an ISO 8601 duration, e.g. "PT1H32M" (1 hour 32 minutes).',
  'Session.video': 'The recording. Optional: a session may have only materials.',
  'Session.materials': 'Files for this session.',
  Training: 'One training: a course of one or more sessions, with its materials.',
  'Training.id': 'Short unique id used in links and progress records: letters, digits, "-", "_" or ".", e.g. "tist".',
  'Training.title': 'Full title.',
  'Training.subtitle': 'Optional subtitle.',
  'Training.summary': 'One or two sentences for the training card.',
  'Training.description': 'Plain text (no HTML); a blank line starts a new paragraph.',
  'Training.presenters': 'Who presents it.',
  'Training.date': 'Date first delivered, YYYY-MM-DD.',
  'Training.format': 'How it was delivered: "prerecorded", "live-online" or "in-person".',
  'Training.topics': 'Topic ids from the catalog\'s "topics" list.',
  'Training.audiences': 'Audience ids from the catalog\'s "audiences" list.',
  'Training.language': 'Language spoken, e.g. "en" or "es".',
  'Training.thumbnail': 'Picture for the training card.',
  'Training.advisory': 'Content note shown before playing, e.g. "Discusses self-harm."',
  'Training.credits': 'Continuing-education credits offered.',
  'Training.sessions': 'The sessions (modules, parts, days), in order. At least one.',
  'Training.materials': 'Files for the whole training: slides, handouts, resources.',
};

type JsonObject = Record<string, unknown> & { properties?: Record<string, JsonObject>; description?: string };

/** The JSON Schema of the catalog format, with a description on every field. Throws when one is missing. */
export function catalogJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(s.CatalogSchema, {
    errorMode: 'throw',
    ignoreActions: ['check'],
    definitions,
  }) as JsonObject & { $defs: Record<string, JsonObject> };
  const missing: string[] = [];
  const describe = (name: string, schema: JsonObject) => {
    schema.description = SCHEMA_DOCS[name] ?? (missing.push(name), '');
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const text = SCHEMA_DOCS[`${name}.${key}`] ?? (missing.push(`${name}.${key}`), '');
      // Validators ignore keywords beside a $ref in draft-07, but editors show them: that is what we want here.
      property.description = text;
    }
  };
  // Read by the publisher only (`rsp-archive build` and its accessibility report); the elements ignore it, so it is
  // not in the valibot schema and costs the browser bundle nothing. Unknown fields are ignored there anyway.
  generated.$defs.Video!.properties!.describedInAudio = { type: 'boolean' };
  describe('Catalog', generated);
  for (const [name, schema] of Object.entries(generated.$defs)) describe(name, schema);
  if (missing.length) throw new Error(`catalog.schema.json: no description for ${missing.join(', ')}`);
  const { $schema, ...rest } = generated;
  return { $schema, title: 'rsp-archive catalog', ...rest };
}
