/** Names as people read them: a file a cell meant, a language's own name. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `; did you mean media/talk.mp4?` for a name that differs only in capitals (Windows and macOS do not mind them; web hosts do). */
export function nearName(folder: string, name: string): string {
  let dir = folder;
  const found: string[] = [];
  for (const part of name.split('/')) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return '';
    }
    const match = entries.find((entry) => entry === part) ?? entries.find((entry) => entry.toLowerCase() === part.toLowerCase());
    if (!match) return '';
    found.push(match);
    dir = join(dir, match);
  }
  return `; did you mean ${found.join('/')}? (capital letters matter on a web server)`;
}

/** A caption language's own name, as the caption menu shows it: es → Español. */
export function languageLabel(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

