/**
 * Loading the articles the Yoast agreement bench compares on, and building the same SEO fields for both sides.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One article to judge. */
/**
 * @typedef {object} Article
 * @property {string} id
 * @property {string} set              `id-news`, `kp-500n-kpcrowd` or `md`
 * @property {string} locale           `id_ID` or `en_US`
 * @property {string} lang             `id` or `en`
 * @property {string[]} [paragraphs]   raw-text articles
 * @property {string} [markdown]       Markdown articles: the whole file (front matter included)
 * @property {string} [body]           Markdown articles: the file without its front matter
 * @property {string} keyphrase
 * @property {string} title
 * @property {string} description
 * @property {string} slug
 */

/** Lines of a text file, trimmed, empty ones dropped. */
export function paragraphsOf(text) {
  return text.split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
}

/** The first `n` words of a text, as written (split at white space, outer punctuation dropped, `U.S.` kept). */
export function firstWords(text, n) {
  return text
    .split(/\s+/u)
    .map((w) => (/^(?:\p{L}\.)+$/u.test(w) ? w : w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
    .filter(Boolean)
    .slice(0, n)
    .join(' ');
}

/** The first `max` characters of a text, cut at a word boundary. */
export function cutAtWord(text, max = 150) {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const at = cut.lastIndexOf(' ');
  return (at > 0 ? cut.slice(0, at) : flat.slice(0, max)).replace(/[\s,;:–—-]+$/u, '');
}

/** A slug: lowercase ASCII words joined by hyphens. */
export function slugify(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
}

/**
 * The headline of an IndoSum article, which meta.json lacks: rebuilt from its record id (timestamp, then the
 * headline's slug cut at 50 characters; a cut last word is dropped).
 */
function titleFromRecordId(recordId) {
  const slug = String(recordId ?? '').replace(/^\d+-/u, '');
  const words = slug.split('-').filter(Boolean);
  if (slug.length >= 50) words.pop();
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fields(paragraphs, keyphrase, title) {
  return { keyphrase, title, description: cutAtWord(paragraphs.join(' ')), slug: slugify(keyphrase) };
}

/** Every id-news article (Indonesian, id_ID). */
export function loadIdNews(dir) {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = basename(file, '.txt');
      const m = meta[id] ?? {};
      const paragraphs = paragraphsOf(readFileSync(join(dir, file), 'utf8'));
      const title = m.title || titleFromRecordId(m.source_record_id);
      const keyphrase = m.keyword_sumber || firstWords(title, 2);
      return { id, set: 'id-news', locale: 'id_ID', lang: 'id', paragraphs, ...fields(paragraphs, keyphrase, title) };
    });
}

/** `count` kp-500n-kpcrowd articles (English, en_US), spread evenly over the sorted files; the headline is the title. */
export function loadKpCrowd(dir, count = 20) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const step = files.length / count;
  const picked = Array.from({ length: Math.min(count, files.length) }, (_, i) => files[Math.floor(i * step)]);
  return picked.map((file) => {
    const [title = '', ...paragraphs] = paragraphsOf(readFileSync(join(dir, file), 'utf8'));
    return { id: basename(file, '.txt'), set: 'kp-500n-kpcrowd', locale: 'en_US', lang: 'en', paragraphs, ...fields(paragraphs, firstWords(title, 2), title) };
  });
}

/** Markdown files with front matter (title, description, slug, keyphrase or keywords, lang). */
export function loadMarkdown(dir, defaultLang = 'id') {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const markdown = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(markdown);
      const data = match ? parseYaml(match[1] ?? '') ?? {} : {};
      const body = match ? markdown.slice(match[0].length) : markdown;
      const keywords = Array.isArray(data.keywords) ? data.keywords : typeof data.keywords === 'string' ? data.keywords.split(',') : [];
      const keyphrase = String(data.keyphrase ?? data.focus_keyphrase ?? keywords[0] ?? '').trim();
      const lang = String(data.lang ?? defaultLang).slice(0, 2);
      return {
        id: basename(file, '.md'),
        set: 'md',
        locale: lang === 'en' ? 'en_US' : 'id_ID',
        lang,
        markdown,
        body,
        keyphrase,
        title: String(data.title ?? ''),
        description: String(data.description ?? ''),
        slug: String(data.slug ?? ''),
      };
    });
}

/** True when `dir` looks like a corpus folder with the given sub-folder. */
export function hasSet(dir, name) {
  return existsSync(join(dir, name));
}
