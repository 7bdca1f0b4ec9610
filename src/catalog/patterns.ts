/**
 * The catalog format's constants, apart from the schema so that code which reads a compiled catalog (and has no
 * validator) can use them without pulling valibot into the first load. `schema.ts` re-exports them.
 */

/** The newest catalog format version this library reads. */
export const SUPPORTED_VERSION = 1;

/**
 * A calendar date, `YYYY-MM-DD`. One regex shared by valibot and the generated JSON Schema, so both accept the same
 * strings (valibot's `isoDate` and ajv's `format: date` disagree about dates like 2025-02-31).
 */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An ISO 8601 duration of days, hours, minutes and seconds: `PT1H32M`, `PT45S`, `P1DT2H`. */
export const DURATION_PATTERN = /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
/** Ids appear in deep links and progress keys: letters, digits, `-`, `_`, `.`, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** YouTube and Vimeo video ids: a conservative set, so an id can never break out of the embed URL. */
export const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** A BCP 47 language tag, loosely: `en`, `es`, `pt-BR`, `zh-Hant`. */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export const MATERIAL_KINDS = ['slides', 'handout', 'worksheet', 'transcript', 'resource', 'certificate'] as const;

export const FORMATS = ['prerecorded', 'live-online', 'in-person'] as const;
