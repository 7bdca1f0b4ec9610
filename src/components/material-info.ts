/** What a material link says about its file: type, size, pages, language — through `Intl`. */
import type { Material } from '../catalog/normalize.js';
import type { Locale, Messages } from '../i18n/index.js';
import { formatNumber, languageName } from '../i18n/format.js';

/** Names of formats, the same in every language. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'text/vtt': 'WebVTT',
};

/** Types named by a word of the UI language ("Text", "Texto"). */
const TYPE_WORDS: Record<string, keyof Messages['fileTypeNames']> = {
  'text/plain': 'text',
  'text/html': 'webPage',
};

/** "PDF", "PowerPoint", "Text", … from the media type, else from the file extension ("DOCX"), else undefined. */
export function typeName(material: Material, t: Messages): string | undefined {
  if (material.type && TYPE_NAMES[material.type]) return TYPE_NAMES[material.type];
  if (material.type && TYPE_WORDS[material.type]) return t.fileTypeNames[TYPE_WORDS[material.type]];
  if (material.type?.startsWith('image/')) return material.type.slice(6).toUpperCase();
  const extension = /\.([a-z0-9]{2,5})$/i.exec(new URL(material.href).pathname)?.[1];
  return extension?.toUpperCase();
}

/** "1.2 MB", "45 kB", "512 bytes" (decimal units, as operating systems show them). */
export function formatBytes(bytes: number, lang: string): string {
  const units = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) {
      return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
        bytes / size,
      );
    }
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
}

/** "PDF, 1.2 MB, 14 pages, Spanish" — the parts that are known. */
export function describeMaterial(material: Material, { lang, t }: Locale): string {
  const primary = (code: string) => code.split('-')[0].toLowerCase();
  return [
    typeName(material, t),
    material.bytes !== undefined && formatBytes(material.bytes, lang),
    material.pages !== undefined && t.pages(material.pages, formatNumber(material.pages, lang)),
    material.lang && primary(material.lang) !== primary(lang) && languageName(material.lang, lang),
  ]
    .filter(Boolean)
    .join(', ');
}
