/**
 * `rsp-archive <command>`: the publisher's commands. Exit codes: 0 done (warnings allowed), 1 problems found (errors,
 * or with --strict a session that does not meet the media criteria), 2 the command was not understood.
 */
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from './cells.js';
import { checkSource } from './check.js';
import { checkLinks } from './links.js';
import { closeProbes } from './probe.js';
import { buildReport, reportHtml, type ReportCatalog } from './report.js';
import { serveSite } from './serve.js';
import { writeSite } from './site.js';
import { formatProblem, locateSource, readSource, shown, sortProblems } from './source.js';
import { writeTemplate } from './template.js';
import { validateUrl } from './validate-url.js';

export const HELP: Record<string, string> = {
  '': `Usage: rsp-archive <command> [options]

Commands:
  new <folder>                    start a folder: a spreadsheet to fill in, media/ and files/, and what to do next
  build <source> --out <site>     turn the spreadsheet (or a catalog.json) and its files into a site to upload
  preview <site>                  show a built site on this computer before uploading it
  validate <source | URL>         check a spreadsheet, folder or catalog without writing anything

Run \`rsp-archive <command> --help\` for a command's options.
Exit codes: 0 done, 1 problems found (each is printed with its file, row and column), 2 the command was not understood.`,
  new: `Usage: rsp-archive new <folder> [--csv]

Writes a starting folder: trainings.xlsx with a "Columns" sheet explaining every column (or, with --csv, the same as
CSV files), a sample training in media/ and files/ that builds as it is, and README.txt saying what to do next.
The folder must be new or empty: nothing is ever overwritten.

  --csv    write trainings.csv, materials.csv, topics.csv, audiences.csv and archive.csv instead of trainings.xlsx`,
  build: `Usage: rsp-archive build <source> --out <site> [--strict] [--check-links] [--single-file]

<source> is a folder holding trainings.xlsx, trainings.csv or catalog.json, or one of those files.
Reads every file the trainings name (durations, picture sizes, page counts, tagged PDFs, captions), then writes <site>:
  index.html, catalog.json   short-lived: they name the files below (upload them last; do not cache them for long)
  list.*.json, trainings/    the compiled catalog: the list's index and each training's file (content-hashed)
  spoken.*.json, spoken-*/   the index of words said in the recordings and written in the handouts (for search)
  media/, files/, lib/       every file under a name with its content hash: cache them forever
  report.html, report.json   the accessibility report (open report.html in a browser)
<site> is deleted and written anew.

  --out <site>     the folder to write (required)
  --strict         exit 1 when any session does not meet the WCAG 2.1 AA media criteria
  --check-links    also check that web links (https://…) answer
  --single-file    write catalog.json as one file (format version 1) instead of the compiled catalog`,
  preview: `Usage: rsp-archive preview <site> [--port <n>] [--host <address>]

Serves a built site at http://localhost:<port>/ (default 8080; 0 picks a free port) until you press Ctrl+C.`,
  validate: `Usage: rsp-archive validate <source | https://…/catalog.json>

Checks a spreadsheet, a source folder or a catalog the way \`build\` and the rsp-* elements read it, and prints every
problem with where it is. For local files it also checks the media and handouts they name. Writes nothing.
Exits 1 when there are errors (including trainings that would be skipped), 0 otherwise.

  --check-links    also check that web links (https://…) answer`,
};

const print = (text: string) => process.stdout.write(`${text}\n`);
const fail = (text: string, code = 2) => {
  process.stderr.write(`rsp-archive: ${text}\n`);
  return code;
};

export async function main(argv: string[]): Promise<number> {
  const [command = '', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return print(HELP[rest[0] ?? ''] ?? HELP['']!), 0;
  if (command === '--version') return print((await import('../version.js')).VERSION), 0;
  if (!(command in HELP) || !command) {
    const meant = command && closest(command, Object.keys(HELP).filter(Boolean), 2);
    return fail(`${command ? `unknown command "${command}"${meant ? `; did you mean "${meant}"?` : ''}` : 'no command given'}\n\n${HELP['']}`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, out: { type: 'string', short: 'o' }, strict: { type: 'boolean' }, csv: { type: 'boolean' }, 'check-links': { type: 'boolean' }, 'single-file': { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' } },
    });
  } catch (error) {
    const option = /'(-[^']+)'/.exec((error as Error).message)?.[1];
    const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    return fail(`${unknown && option ? `unknown option ${option}` : (error as Error).message}\n\n${HELP[command]}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return print(HELP[command]!), 0;
  const [target, extra] = positionals;
  if (!target || extra) return fail(`${command} needs ${extra ? 'one' : 'a'} folder or file\n\n${HELP[command]}`);
  if (command === 'new') return writeTemplate(target, print, fail, values.csv);
  if (command === 'preview') return preview(target, values.port, values.host);
  if (command === 'validate' && /^https?:\/\//i.test(target)) return validateUrl(target, print);
  if (command === 'build' && !values.out) return fail(`build needs --out <site>: the folder to write\n\n${HELP.build}`);
  const located = locateSource(target);
  if ('error' in located) return fail(located.error);
  const source = await readSource(located.file);
  const checked = await checkSource(source);
  await closeProbes();
  if (values['check-links']) await checkLinks(checked, source);
  const errors = checked.problems.filter((p) => p.level === 'error').length;
  for (const problem of sortProblems(checked.problems)) print(formatProblem(problem));
  const read = `${checked.trainings} training(s) read, ${errors} error(s), ${checked.problems.length - errors} warning(s)`;
  if (command === 'validate') return print(`${shown(located.file)}: ${read}`), errors ? 1 : 0;
  const report = buildReport({ catalog: checked.catalog as ReportCatalog, facts: new Map([...checked.files].map(([ref, f]) => [ref, f.facts])), problems: checked.problems, generated: new Date().toISOString() });
  const out = resolve(values.out!);
  if (`${resolve(target)}${sep}`.startsWith(`${out}${sep}`)) return fail(`--out ${values.out} would overwrite the source; choose another folder`);
  try {
    await writeSite(checked, out, { 'report.json': `${JSON.stringify(report, null, 2)}\n`, 'report.html': reportHtml(report) }, { single: values['single-file'] });
  } catch (error) {
    return fail((error as Error).message, 1);
  }
  print(`${read}`);
  print(report.summary);
  const strictFails = values.strict && report.counts.meeting < report.counts.sessions;
  if (errors) {
    print(`Wrote ${shown(out)}/ so you can look at it, with its report ${join(shown(out), 'report.html')}.`);
    print(`Not ready to upload: fix the ${errors === 1 ? '1 error' : `${errors} errors`} above, then build again.`);
    return 1;
  }
  print(`Wrote ${shown(out)}/ — open ${join(shown(out), 'report.html')} for the accessibility report; next: rsp-archive preview ${shown(out)}`);
  if (strictFails) print(`--strict: ${report.counts.sessions - report.counts.meeting} session(s) do not meet the media criteria (see the report), so this build fails.`);
  return strictFails ? 1 : 0;
}

async function preview(site: string, port = '8080', host?: string): Promise<number> {
  if (!existsSync(join(site, 'index.html'))) {
    const isSource = ['trainings.xlsx', 'trainings.csv', 'catalog.json'].some((name) => existsSync(join(site, name)));
    const named = site.replace(/\/+$/, '');
    return fail(`${site} is not a built site (it has no index.html): ${isSource ? `build one first: rsp-archive build ${named} --out ${named}-site, then rsp-archive preview ${named}-site` : 'name the folder that rsp-archive build wrote'}`);
  }
  const wanted = Number(port);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) return fail(`--port ${port} is not a port number`);
  for (let p = wanted; ; p += 1) {
    try {
      const server = await serveSite(site, p, host);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : p;
      print(`Serving ${site} at http://localhost:${actual}/ — press Ctrl+C to stop.`);
      return await new Promise<number>(() => undefined); // runs until stopped
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || wanted === 0 || p - wanted >= 10) return fail(code === 'EADDRINUSE' ? `ports ${wanted}–${p} are in use; try --port 0` : (error as Error).message, 1);
    }
  }
}



// For scripts that build on the publisher (scripts/demo-catalog.js).
export { checkSource, fileRefs } from './check.js';
export { readSource } from './source.js';
export { SHEETS } from './columns.js';
export { serveSite } from './serve.js';
