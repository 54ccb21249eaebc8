/**
 * The keyphrase extractor as a unified plugin: `unified().use(remarkParse).use(keyphrases)` leaves the article's
 * keyphrases on `file.data.keyphrases`, best first, for any unified pipeline (remark, rehype, retext) to read. It
 * reads the file's text (Markdown or plain text, front matter ignored), not the tree, and changes nothing.
 */
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { docFromMarkdown } from '../document/from-markdown.js';
import { detectLanguage } from '../lang/detect.js';
import { getLanguagePack } from '../lang/index.js';
import { locateKeyphrases } from './index.js';
import { isTag } from './tags.js';

/** One keyphrase as the plugin reports it. */
export interface KeyphraseData {
  /** The phrase as the article writes it most. */
  phrase: string;
  /** The stems of its words (the language's stemmer, lowercase), in order. */
  stems: string[];
  /** 0..1, higher is better: 1 for the best of the ranking (see `Keyphrase.score`). */
  score: number;
  /** Where the file writes it, each occurrence in text order (line and column 1-based, offsets 0-based). */
  positions: Position[];
}

declare module 'vfile' {
  interface DataMap {
    /** The article's keyphrases, best first (set by the `keyphrases` plugin). */
    keyphrases: KeyphraseData[];
  }
}

/** Options of the `keyphrases` plugin. */
export interface KeyphrasesOptions {
  /** Language code (`id`, `en`); detected from the text when absent. */
  lang?: string;
  /** Most keyphrases (default 10). */
  max?: number;
  /**
   * Only tags, as the CLI reports them (default true): no word the article uses as a verb or as a lone modifier.
   * `false` gives the extractor's plain ranking.
   */
  tags?: boolean;
}

/** The plugin's transformer type: any tree, the file. */
type Transformer = (tree: Node, file: VFile) => undefined;

/** A unified plugin that puts the article's keyphrases on `file.data.keyphrases`. */
export function keyphrases(options: KeyphrasesOptions = {}): Transformer {
  const max = options.max ?? 10;
  return (_tree, file) => {
    const text = String(file.value ?? '').replace(/\r\n?/gu, '\n');
    const code = options.lang ?? detectLanguage(text).lang;
    const lang = getLanguagePack(code === 'und' ? 'en' : code).pack;
    const doc = docFromMarkdown(text, lang);
    const tagsOnly = options.tags ?? true;
    const ranked = locateKeyphrases(doc, lang, { max: tagsOnly ? 2 * Math.max(max, 20) : max });
    const kept = (tagsOnly ? ranked.filter((k) => isTag(k.phrase, doc.blocks, lang)) : ranked).slice(0, max);
    const place = location(text);
    const point = (offset: number): Point => {
      const p = place.toPoint(offset);
      return { line: p?.line ?? 1, column: p?.column ?? 1, offset };
    };
    file.data.keyphrases = kept.map((k) => ({
      phrase: k.phrase,
      stems: k.stems,
      score: k.score,
      positions: k.offsets.map((o) => ({ start: point(o.start), end: point(o.end) })),
    }));
    return undefined;
  };
}
