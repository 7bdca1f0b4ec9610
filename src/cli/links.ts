/** `rsp-archive build --check-links`: the web links a catalog names, asked whether they answer. */
import { fileRefs, type Checked } from './check.js';
import { locate, type Source } from './source.js';

/** `--check-links`: each web link the catalog names is asked for (HEAD, then GET when HEAD is refused), 10 s each. */
export async function checkLinks(checked: Checked, source: Source): Promise<void> {
  const seen = new Map<string, Promise<string | undefined>>();
  const ask = async (url: string): Promise<string | undefined> => {
    for (const method of ['HEAD', 'GET']) {
      try {
        const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(10_000) });
        await response.body?.cancel();
        if (response.ok) return undefined;
        if (method === 'GET' || ![403, 405, 501].includes(response.status)) return `answers HTTP ${response.status}`;
      } catch (error) {
        return (error as Error).name === 'TimeoutError' ? 'did not answer within 10 seconds' : `could not be reached (${(error as Error).message})`;
      }
    }
    return undefined;
  };
  for (const r of fileRefs(checked.catalog)) {
    if (!/^https?:\/\//i.test(r.ref)) continue;
    if (!seen.has(r.ref)) seen.set(r.ref, ask(r.ref));
    const why = await seen.get(r.ref);
    if (why) checked.problems.push({ level: 'warning', ...(locate(source.locations, r.path) ?? { file: source.display, path: r.path }), message: `the link ${r.ref} ${why}` });
  }
}
