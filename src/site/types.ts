/**
 * The per-file summary the site-level checks compare: a few short strings and lists, computed once per file (in the
 * worker that checks it), stored in the `check --cache` entry and in each `--jsonl` record, so that the cross-file
 * pass reads summaries, never texts.
 */

/** A point in the file (1-based). */
export interface SitePoint {
  line: number;
  column: number;
}

/** A link of the article: its destination as written and where it is. */
export interface SiteLink extends SitePoint {
  url: string;
}

/** An image of the article: its source, its alt text (empty when it has none) and where it is. */
export interface SiteImage extends SitePoint {
  src: string;
  alt: string;
}

/** A keyphrase of the article, as the extractor ranks it, with the words of the article that would carry a link. */
export interface SiteKeyphrase {
  /** Stemmed lowercase key (comparable across articles of one language). */
  stem: string;
  /** 0..1 as the extractor scores it (1 for the first). */
  score: number;
  /** True for a name (every word capitalised, or an acronym): a named entity. */
  entity: boolean;
  /** The phrase exactly as the article writes it at `line`/`column` (the anchor text a link would have). */
  anchor: string;
  line: number;
  column: number;
}

/** What the site-level checks know about one file. */
export interface SiteSummary {
  title: string;
  description: string;
  slug: string;
  /** The focus keyphrase the writer set (front matter); empty when the file names none. */
  focus: string;
  /** Language code the file was assessed in. */
  lang: string;
  /** The front matter's date, when it has one (for permalink patterns such as `/:year/:month/:slug/`). */
  date?: string;
  /** Lines of the front-matter fields, to place messages about them. */
  lines: { title?: number; description?: number; slug?: number; focus?: number };
  links: SiteLink[];
  images: SiteImage[];
  /** Top keyphrases, best first (only when internal-link suggestions are asked for). */
  keyphrases?: SiteKeyphrase[];
  /**
   * Lines where the file's inline comments turn a site rule off (`<!-- seo-rewrite-disable-line broken-internal-link
   * -->`), by rule id: ranges of 1-based lines, both ends included. Absent when none is.
   */
  off?: Record<string, [number, number][]>;
}
