/** Reads the two evaluation sets in the layout of `../shared/corpus` (see its SOURCES.md). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef KpDoc
 * @property {string} id
 * @property {string} title headline (first line of the file)
 * @property {string} body the rest of the file
 * @property {string[]} keys gold keyphrases
 */

/**
 * @typedef IdDoc
 * @property {string} id
 * @property {string} body article text (body only; the editor's title is not given to extractors)
 * @property {string} keyword `keyword_sumber`, the search keyword the article was collected for
 * @property {string[]} entities named entities, flattened over their types
 */

/**
 * English news with crowd keyphrases (500N-KPCrowd): every document listed in `keyphrases.json`.
 * @param {string} dir corpus root
 * @returns {Promise<KpDoc[]>}
 */
export async function loadKpCrowd(dir) {
  const base = join(dir, 'kp-500n-kpcrowd');
  /** @type {Record<string, string[]>} */
  const keys = JSON.parse(await readFile(join(base, 'keyphrases.json'), 'utf8'));
  const docs = [];
  for (const id of Object.keys(keys).sort()) {
    const text = (await readFile(join(base, `${id}.txt`), 'utf8')).replace(/\r\n?/g, '\n');
    const newline = text.indexOf('\n');
    const title = newline < 0 ? text : text.slice(0, newline);
    const body = newline < 0 ? '' : text.slice(newline + 1);
    docs.push({ id, title: title.trim(), body, keys: keys[id] ?? [] });
  }
  return docs;
}

/**
 * Indonesian news that have a `keyword_sumber` in `meta.json` (the Detik.com part of id-news, and every article of
 * `headlines/id-detik`, which has no entities).
 * @param {string} dir corpus root
 * @param {string} [set] the set's folder under the root
 * @returns {Promise<IdDoc[]>}
 */
export async function loadIdNews(dir, set = 'id-news') {
  const base = join(dir, set);
  /** @type {Record<string, {keyword_sumber?: string, entities?: Record<string, string[]>}>} */
  const meta = JSON.parse(await readFile(join(base, 'meta.json'), 'utf8'));
  const docs = [];
  for (const id of Object.keys(meta).sort()) {
    const m = meta[id];
    if (!m || !m.keyword_sumber) continue;
    const body = await readFile(join(base, `${id}.txt`), 'utf8');
    const entities = Object.values(m.entities ?? {}).flat();
    docs.push({ id, body, keyword: m.keyword_sumber, entities });
  }
  return docs;
}
