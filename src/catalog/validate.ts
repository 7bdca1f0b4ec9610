/**
 * Checks parsed JSON against the catalog format, tolerantly: a broken top level is an error, a broken training is
 * skipped with a warning that names its index, id and field path, and everything good still loads.
 */
import * as v from 'valibot';
import { COMPILED_VERSION } from './compiled.js';
import { CatalogError, type CatalogWarning } from './errors.js';
import { SUPPORTED_VERSION } from './patterns.js';
import {
  CatalogShellSchema,
  TrainingSchema,
  type CatalogInput,
  type TrainingInput,
} from './schema.js';

export interface ValidationResult {
  /** The catalog with only the trainings that passed, first of each id kept. */
  input: CatalogInput;
  warnings: CatalogWarning[];
}

/**
 * Validates `data` (parsed JSON). Throws a `version` {@link CatalogError} for a newer format and a `schema` one for a
 * broken top level; returns warnings for skipped trainings and duplicate ids.
 *
 * @param name how to call the file in messages, usually its file name
 */
export function validateCatalog(data: unknown, name = 'catalog', url?: string): ValidationResult {
  // The version first, so a v2 file gets one clear message instead of a list of "unknown shape" complaints.
  const version = isRecord(data) ? data.version : undefined;
  if (version === COMPILED_VERSION) {
    throw new CatalogError(
      'version',
      `${name} is the entry file of a compiled catalog (format version ${COMPILED_VERSION}), which the elements read ` +
        'from its address: give it as src (a catalog property holds a single-file catalog, version 1).',
      url,
    );
  }
  if (typeof version === 'number' && version > COMPILED_VERSION) {
    throw new CatalogError(
      'version',
      `${name} is catalog format version ${version}, but this version of rsp-archive reads versions ` +
        `${SUPPORTED_VERSION} (a single file) and ${COMPILED_VERSION} (compiled) only. Update rsp-archive, or publish ` +
        `the catalog as version ${SUPPORTED_VERSION}.`,
      url,
    );
  }
  if (!isRecord(data)) {
    throw new CatalogError('schema', `${name}: the catalog must be a JSON object { … }, not ${kindOf(data)}`, url);
  }
  const shell = v.safeParse(CatalogShellSchema, data);
  if (!shell.success) {
    const problems = shell.issues.slice(0, 5).map((issue) => describeIssue(issue));
    const more = shell.issues.length > 5 ? ` (and ${shell.issues.length - 5} more)` : '';
    throw new CatalogError('schema', `${name}: ${problems.join('; ')}${more}`, url);
  }

  const warnings: CatalogWarning[] = [];
  const trainings: TrainingInput[] = [];
  const seen = new Set<string>();
  shell.output.trainings.forEach((raw, index) => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    const label = `trainings[${index}]${rawId ? ` (id "${rawId}")` : ''}`;
    const result = v.safeParse(TrainingSchema, raw);
    if (!result.success) {
      const issue = result.issues[0];
      warnings.push({
        code: 'invalid-training',
        path: `trainings[${index}]${pathOf(issue)}`,
        message: `${label} was skipped: ${describeIssue(issue, `trainings[${index}]`)}`,
      });
      return;
    }
    const training = result.output;
    if (seen.has(training.id)) {
      warnings.push({
        code: 'duplicate-id',
        path: `trainings[${index}].id`,
        message: `${label} was skipped: another training earlier in the file already has the id "${training.id}"`,
      });
      return;
    }
    seen.add(training.id);
    trainings.push(training);
  });
  return { input: { ...shell.output, trainings }, warnings };
}

/** `trainings[3].sessions[0].video: needs sources or embed` */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix = ''): string {
  const path = prefix + pathOf(issue);
  const where = path.replace(/^\./, '') || 'the catalog';
  let what = issue.message;
  // valibot's own wording ("Invalid type: Expected string but received 5") is for developers; say it plainly.
  // Our own messages (picklists, patterns, the either/or rule of a video) are already plain.
  if (issue.kind === 'schema' && issue.input === undefined) what = 'is required but missing';
  else if (issue.kind === 'schema' && BASE_TYPES.has(issue.type)) {
    what = `should be ${plainExpected(issue.expected)}, not ${kindOf(issue.input)}`;
  }
  return `${where}: ${what}`;
}

const BASE_TYPES = new Set(['string', 'number', 'boolean', 'array', 'object']);

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
}

function plainExpected(expected: string | null): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    Array: 'a list [ … ]',
    Object: 'an object { … }',
  };
  if (!expected) return 'something else';
  return expected
    .split(' | ')
    .map((part) => words[part] ?? part)
    .join(' or ');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
