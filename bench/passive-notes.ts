/**
 * Passive notes on the Indonesian development set (issue 15): do they point at verbs worth rewriting, and do they name
 * the verb?
 *
 *   npm run bench:passive-notes [-- [corpus-root]]
 *
 * Reads every `id-news/*.txt` under `../shared/corpus` (relative to the repository) or the root given, one paragraph a
 * line, as paragraphs of an Indonesian document, and assesses it with `passive-voice` made strict (any passive sentence
 * is a finding) so that every passive sentence is weighed for a note. For each passive note it finds the sentence it
 * is placed on and asks the grammar layer (tags, verb groups and relative-clause extents, `src/grammar/relative.ts`)
 * whether the verb the note names stands inside a relative clause (`yang di-…`), and whether the note names that verb.
 * The baseline is the note before issue 15: one per passive sentence, at its first `di-` verb.
 * The relative-clause count uses the same extents the rule uses to leave such verbs out, so the surface count (the
 * named verb right after `yang`) is printed beside it as a check that needs no parse.
 * Targets: at most 10 % of notes in a relative clause; every note names its verb.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess } from '../src/assess/index.js';
import { passiveHint, passiveWordsOf } from '../src/assess/hints/passive.js';
import { parse } from '../src/assess/hints/relative.js';
import { docFromBlocks } from '../src/document/from-text.js';
import type { Sentence } from '../src/document/types.js';
import { getLanguagePack } from '../src/lang/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'));
const dir = join(corpus, 'id-news');
if (!existsSync(dir)) {
  console.error(`no corpus at ${dir}`);
  process.exit(2);
}
const lang = getLanguagePack('id').pack;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

let passiveSentences = 0;
let notes = 0;
let notesInRelative = 0;
let notesNamingVerb = 0;
let withAgent = 0;
let baselineInRelative = 0;
let noTagger = 0;
let afterYang = 0;
const examples: string[] = [];
const started = performance.now();

for (const file of files) {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const doc = docFromBlocks(lines.map((text) => ({ kind: 'paragraph' as const, text })), lang);
  const byStart = new Map<number, Sentence>();
  for (const block of doc.blocks) for (const s of block.sentences) byStart.set(s.start, s);
  for (const s of byStart.values()) {
    const words = s.words.map((w) => w.text);
    if (!lang.isPassive(words)) continue;
    passiveSentences++;
    const first = passiveWordsOf(lang, words)[0];
    const parsed = parse(s, lang);
    if (!parsed) noTagger++;
    if (first !== undefined && parsed?.relative[first]) baselineInRelative++;
  }
  const outcome = assess(
    { doc, lang, keyphrase: '', title: '', description: '', slug: '' },
    { rules: { 'passive-voice': { thresholds: { passive: { maxShare: 0 } } } } },
  );
  for (const m of outcome.messages) {
    if (m.ruleId !== 'passive-voice' || m.fatal !== undefined) continue;
    const place = m.place && 'start' in m.place ? m.place.start : undefined;
    const sentence = place?.offset === undefined ? undefined : byStart.get(place.offset);
    if (!sentence) throw new Error(`${file}: a note not on a sentence: ${m.reason}`);
    notes++;
    const hint = passiveHint(sentence, lang);
    const parsed = parse(sentence, lang);
    if (hint && parsed?.relative[hint.index]) notesInRelative++;
    const word = hint ? sentence.words[hint.index]?.text : undefined;
    if (word && m.note?.includes(word) && m.note.includes(`“${hint?.verb}”`)) notesNamingVerb++;
    else if (examples.length < 5) examples.push(`  no verb named: ${m.reason} | ${m.note ?? '(no note)'}`);
    if (hint?.agent) withAgent++;
    // A surface cross-check that needs no parse: the named verb right after `yang` (`yang dievakuasi`).
    if (hint && sentence.words[hint.index - 1]?.text.toLowerCase() === 'yang') afterYang++;
  }
}

const pct = (n: number, of: number): string => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);
console.log(`id-news dev set: ${files.length} articles, ${passiveSentences} passive sentences (${noTagger} without a parse)`);
console.log(`before (a note per passive sentence, at its first di- verb): ${passiveSentences} notes, ${baselineInRelative} (${pct(baselineInRelative, passiveSentences)}) at a verb inside a relative clause`);
console.log(`now: ${notes} passive notes, ${notesInRelative} (${pct(notesInRelative, notes)}) at a verb inside a relative clause (target ≤ 10 %)`);
console.log(`surface cross-check: ${afterYang} (${pct(afterYang, notes)}) of the notes name a verb right after \`yang\``);
console.log(`notes that name their verb: ${notesNamingVerb} of ${notes} (${pct(notesNamingVerb, notes)}; target 100 %); with the agent named: ${withAgent} (${pct(withAgent, notes)})`);
console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const e of examples) console.log(e);
