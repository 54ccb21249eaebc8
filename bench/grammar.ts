/**
 * Chunks and main clauses against the Universal Dependencies treebanks, with gold UPOS tags in, so that the numbers
 * measure the chunk and clause logic alone.
 *
 *   npm run bench:grammar [-- [--dev] [treebank-root]]
 *
 * Reads `{id/gsd, id/csui, en/ewt}/test.conllu` under `../shared/treebanks` (relative to the repository) or the root
 * given; `--dev` reads the development files instead (CSUI has none: its train file stands in).
 *
 * Each UD sentence becomes a `TaggedSentence`: its text is the sentence's `# text`, with each token found in it in
 * order (when the syntactic words of a multiword token are not in it, the text is rebuilt from the tokens, a space
 * unless `SpaceAfter=No`); multiword-token range lines and empty nodes are skipped, punctuation tokens stay in the
 * text but are not words, as in the pipeline, and a reduplication GSD splits around a spaced hyphen (`Kitab - kitab`,
 * `compound:plur`) is one word, as the pipeline's tokenizer reads `Kitab-kitab`.
 *
 * - Subject / object: the main clause's subject (object) head against the `nsubj`/`nsubj:pass` (`obj`) of the gold
 *   main clause. The gold main clause is the root, or, when the root is a reporting verb of the language with a
 *   `ccomp` (or an `advcl` marked by a complementiser, as CSUI attaches `bahwa` clauses), that content clause (the
 *   finder's documented choice: who did what, not who said it).
 * - Predicate: the predicate's head against the gold main clause's head (a copula counts as the nominal or adjective
 *   UD makes the head: `is` in `He is tired` matches `tired`).
 * - NP heads: the heads of all noun phrases against the gold nominal heads: NOUN, PROPN and PRON words (not
 *   relativisers), and DET or NUM words heading an argument (`nsubj`, `obj`, `obl`, …), that do not modify another
 *   noun inside its phrase (deprel `compound`, `flat`, `fixed`, `goeswith`,
 *   `det`, `nmod:poss`, or `nmod` without a preposition).
 * Speed is the median of five rounds of chunks + main clause over the file's sentences (parsing excluded).
 * A head matches when it is the gold word or a word of the same `flat` name (UD's `flat` is headless: `Presiden Joko
 * Widodo` may be headed on any of its words).
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Word } from '../src/document/types.js';
import { chunkSentence } from '../src/grammar/chunks.js';
import { mainClause } from '../src/grammar/clause.js';
import type { TaggedSentence } from '../src/grammar/tokens.js';
import { isUpos, type Upos } from '../src/grammar/upos.js';
import { getLanguagePack } from '../src/lang/index.js';
import type { LanguagePack } from '../src/lang/types.js';

interface UdToken {
  id: number;
  form: string;
  upos: Upos;
  head: number;
  deprel: string;
  spaceAfter: boolean;
}

interface UdSentence {
  text: string;
  tokens: UdToken[];
}

function parse(file: string): UdSentence[] {
  const sentences: UdSentence[] = [];
  let current: UdToken[] = [];
  let text = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push({ text, tokens: current });
      current = [];
      text = '';
      continue;
    }
    if (line.startsWith('# text = ')) text = line.slice('# text = '.length);
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (!/^\d+$/u.test(id)) continue; // 3-4 multiword ranges, 8.1 empty nodes
    const upos = cols[3] ?? 'X';
    current.push({
      id: Number(id),
      form: cols[1] ?? '',
      upos: isUpos(upos) ? upos : 'X',
      head: Number(cols[6]),
      deprel: cols[7] ?? '',
      spaceAfter: !(cols[9] ?? '').includes('SpaceAfter=No'),
    });
  }
  if (current.length > 0) sentences.push({ text, tokens: current });
  return sentences;
}

interface Prepared {
  tagged: TaggedSentence;
  /** UD id of each word. */
  ids: number[];
  ud: UdToken[];
}

/**
 * Offsets of the tokens in the sentence's own text (`# text`), found in order; when a token is not there (the syntactic
 * words of a multiword token, `menyetujuinya` → `menyetujui` + `nya`), the text is rebuilt from the tokens instead.
 */
function offsets(sentence: UdSentence): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let cursor = 0;
  for (const t of sentence.tokens) {
    const at = sentence.text.indexOf(t.form, cursor);
    if (at < 0 || sentence.text.slice(cursor, at).trim() !== '') break;
    spans.push([at, at + t.form.length]);
    cursor = at + t.form.length;
  }
  if (spans.length === sentence.tokens.length) return { text: sentence.text, spans };
  let text = '';
  spans.length = 0;
  for (const t of sentence.tokens) {
    spans.push([text.length, text.length + t.form.length]);
    text += t.form + (t.spaceAfter ? ' ' : '');
  }
  return { text: text.trimEnd(), spans };
}

function prepare(sentence: UdSentence): Prepared {
  const { text, spans } = offsets(sentence);
  const words: Word[] = [];
  const tags: Upos[] = [];
  const ids: number[] = [];
  sentence.tokens.forEach((t, i) => {
    const [start, end] = spans[i] ?? [0, 0];
    if (t.upos === 'PUNCT' || t.upos === 'SYM') return;
    // GSD writes a reduplication with spaces around its hyphen (`Kitab - kitab`), which the pipeline would read as one
    // word (`Kitab-kitab`): the second half joins the first.
    const previous = words[words.length - 1];
    if (t.deprel === 'compound:plur' && previous && sentence.tokens[i - 1]?.form === '-') {
      words[words.length - 1] = { text: `${previous.text}-${t.form}`, start: previous.start, end };
      return;
    }
    words.push({ text: t.form, start, end });
    tags.push(t.upos);
    ids.push(t.id);
  });
  return { tagged: { text, words, tags }, ids, ud: sentence.tokens };
}

class Score {
  correct = 0;
  predicted = 0;
  gold = 0;
  line(name: string): string {
    const p = this.predicted ? this.correct / this.predicted : 0;
    const r = this.gold ? this.correct / this.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
    return `${name.padEnd(10)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}  (gold ${this.gold}, predicted ${this.predicted})`;
  }
}

/** Relations of a nominal argument: a determiner or number with one stands for a noun phrase (`Ini terbukti`). */
const ARGUMENT = new Set(['nsubj', 'obj', 'iobj', 'obl', 'nmod', 'appos', 'root', 'conj']);
const INSIDE = new Set(['compound', 'flat', 'fixed', 'goeswith', 'det', 'nmod:poss']);

function evaluate(pack: LanguagePack, file: string): void {
  const g = pack.grammar;
  if (!g) throw new Error(`no grammar words for ${pack.code}`);
  const sentences = parse(file).map(prepare);
  const subject = new Score();
  const object = new Score();
  const predicate = new Score();
  const heads = new Score();
  for (const { tagged, ids, ud } of sentences) {
    const byId = new Map(ud.map((t) => [t.id, t]));
    const key = (id: number): number => {
      let t = byId.get(id);
      while (t && t.deprel.startsWith('flat') && byId.has(t.head)) t = byId.get(t.head);
      return t?.id ?? id;
    };
    const children = (id: number, rel: (deprel: string) => boolean): UdToken[] => ud.filter((t) => t.head === id && rel(t.deprel));
    const chunks = chunkSentence(pack, tagged);
    const clause = mainClause(pack, tagged, chunks);

    // Gold main clause.
    const root = ud.find((t) => t.head === 0);
    let clauseHead = root;
    if (root && g.reportingVerbs.has(root.form.toLowerCase())) {
      // CSUI attaches a `bahwa` clause as `advcl`: a complementiser marks it as the content all the same.
      const marked = (t: UdToken): boolean => children(t.id, (d) => d === 'mark').some((m) => g.complementisers.has(m.form.toLowerCase()));
      const content = children(root.id, (d) => d === 'ccomp')[0] ?? children(root.id, (d) => d === 'advcl').find(marked);
      if (content) clauseHead = content;
    }
    const compare = (score: Score, predictedWord: number | undefined, goldId: number | undefined): void => {
      if (predictedWord !== undefined) score.predicted++;
      if (goldId !== undefined) score.gold++;
      if (predictedWord !== undefined && goldId !== undefined && key(ids[predictedWord] ?? -1) === key(goldId)) score.correct++;
    };
    const goldSubject = clauseHead ? children(clauseHead.id, (d) => d === 'nsubj' || d === 'nsubj:pass')[0] : undefined;
    const goldObject = clauseHead ? children(clauseHead.id, (d) => d === 'obj')[0] : undefined;
    compare(subject, clause?.subject?.head, goldSubject?.id);
    compare(object, clause?.object?.head, goldObject?.id);
    // A copula stands for the nominal or adjective UD makes the head of its clause (`is` in `He is tired`).
    const cop = clauseHead ? children(clauseHead.id, (d) => d === 'cop')[0] : undefined;
    const predicateHead = clause?.predicate?.head;
    const predicateId = predicateHead !== undefined && cop && ids[predicateHead] === cop.id ? clauseHead?.id : predicateHead !== undefined ? ids[predicateHead] : undefined;
    compare(predicate, predicateId === undefined ? undefined : ids.indexOf(predicateId) >= 0 ? ids.indexOf(predicateId) : predicateHead, clauseHead?.id);

    // Noun phrase heads.
    const gold = new Set<number>();
    for (const t of ud) {
      const argument = ARGUMENT.has(t.deprel.split(':')[0] ?? '');
      if (t.upos !== 'NOUN' && t.upos !== 'PROPN' && t.upos !== 'PRON' && !((t.upos === 'DET' || t.upos === 'NUM') && argument)) continue;
      if (t.upos === 'PRON' && g.relativisers.has(t.form.toLowerCase())) continue;
      if (INSIDE.has(t.deprel) || t.deprel.startsWith('flat') || t.deprel.startsWith('compound')) continue;
      const parent = byId.get(t.head);
      if (t.deprel === 'nmod' && parent && (parent.upos === 'NOUN' || parent.upos === 'PROPN') && children(t.id, (d) => d === 'case').length === 0) continue;
      gold.add(key(t.id));
    }
    const predicted = new Set(chunks.nounPhrases.map((np) => key(ids[np.head] ?? -1)));
    heads.gold += gold.size;
    heads.predicted += predicted.size;
    for (const k of predicted) if (gold.has(k)) heads.correct++;
  }
  // Speed: chunks and main clause of every sentence, five rounds after the scoring pass warmed up; the median round.
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++) {
    const began = performance.now();
    for (const { tagged } of sentences) mainClause(pack, tagged, chunkSentence(pack, tagged));
    rounds.push(performance.now() - began);
  }
  const median = rounds.sort((x, y) => x - y)[2] ?? 0;
  const words = sentences.reduce((n, { tagged }) => n + tagged.words.length, 0);
  console.log(`\n${file}  (${sentences.length} sentences, ${words} words; ${Math.round(sentences.length / (median / 1000))} sentences/s)`);
  for (const [name, score] of [['subject', subject], ['predicate', predicate], ['object', object], ['NP heads', heads]] as const) {
    console.log('  ' + score.line(name));
  }
}

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(args.find((a) => !a.startsWith('--')) ?? process.env['GRAMMAR_TREEBANKS'] ?? join(here, '..', '..', 'shared', 'treebanks'));
const banks: readonly [string, string, string][] = [
  ['id', 'id/gsd', dev ? 'dev' : 'test'],
  ['id', 'id/csui', dev ? 'train' : 'test'],
  ['en', 'en/ewt', dev ? 'dev' : 'test'],
];
for (const [code, bank, split] of banks) {
  const file = join(root, bank, `${split}.conllu`);
  if (!existsSync(file)) {
    console.log(`\n${file}: missing, skipped`);
    continue;
  }
  evaluate(getLanguagePack(code).pack, file);
}
