/**
 * What the language-independent chunker and main-clause finder (`src/grammar/`) need to know of a language. Words
 * are lowercased; multi-word entries are arrays of lowercased words.
 */
export interface GrammarWords {
  /**
   * Tags the tagger reliably gets wrong, corrected from the words' forms (Indonesian `di-` verbs it took for nouns:
   * `26 pegawai … dipecat/NOUN`). Optional.
   */
  retag?(words: readonly string[], tags: readonly string[]): string[];
  /**
   * Where a noun phrase has its head: `first` (Indonesian `harga pupuk subsidi`, modifiers follow) or `last` (English
   * `the new export controls`, modifiers precede).
   */
  headPosition: 'first' | 'last';
  /** Words of a verb group before its verb besides AUX-tagged ones: modal, aspect, negation (`akan`, `tidak`, `not`). */
  verbGroupWords: ReadonlySet<string>;
  /** Words before a verb that make it non-finite (`to`, `untuk`): such a verb group is never the main predicate. */
  infinitiveMarkers: ReadonlySet<string>;
  /**
   * A lone verb of this form is a participle or gerund, not a finite predicate (English `-ing`, `known`, `given`).
   * Optional.
   */
  /**
   * Past participles that are also past tense forms and no `participle` pattern finds (`sent`, `held`, `made`):
   * after a noun, with what qualifies them, they may be a reduced relative clause (`programs sent on to the net`).
   * Optional.
   */
  irregularParticiples?: ReadonlySet<string>;
  nonFinite?: RegExp;
  /**
   * Participle forms (English `-ed`, `-ing`, `-en`): one between a determiner and a noun modifies the noun (`the
   * proposed rule`). Optional: without it, a verb is never part of a noun phrase.
   */
  participle?: RegExp;
  /** True when a verb group (its words as written, the verb last) is passive (`ditangkap`, `has been arrested`). */
  isPassive(words: readonly string[]): boolean;
  /** True when questions put an auxiliary before the subject (`Do you think …?`, `Will you be …?`). Optional. */
  auxInversion?: boolean;
  /** Pronouns that hold the subject's place while the subject follows the verb (`there is a …`). Optional. */
  expletives?: ReadonlySet<string>;
  /** Words that introduce the agent of a passive verb (`oleh`, `by`); Indonesian may also leave it bare. */
  agentMarkers: ReadonlySet<string>;
  /** True when the agent of a passive verb may follow it bare (`ditangkap polisi`). */
  bareAgent: boolean;
  /** Words that open an adverbial subordinate clause (`karena`, `ketika`, `because`, `when`). */
  subordinators: ReadonlySet<string>;
  /**
   * Subordinators that are also prepositions and open a clause of time after the main verb when a subject and its
   * verb follow (`reported a sharp increase | after a booming economy … boosted demand`). Optional.
   */
  timeClauses?: ReadonlySet<string>;
  /**
   * Demonstratives that close a noun phrase after its modifiers (`ini`, `itu`): a relative clause before its verb ends
   * with one, its words before it the predicate the tagger missed (`Tren inflasi yang terjaga/NOUN ini | juga
   * membuat …`). Optional.
   */
  phraseClosers?: ReadonlySet<string>;
  /** Words that close a fronted adverbial and open the main clause (`Jika …, maka …`). Optional. */
  resultMarkers?: ReadonlySet<string>;
  /** Words that open a relative clause after a noun (`yang`, `who`, `which`). */
  relativisers: ReadonlySet<string>;
  /**
   * Relativisers that are also complementisers (`that`): a relative clause only when tagged PRON or DET, a content
   * clause when tagged SCONJ.
   */
  ambiguousRelativisers: ReadonlySet<string>;
  /** Words that open the reported content after a reporting verb (`bahwa`, `that`). */
  complementisers: ReadonlySet<string>;
  /** Determiners and possessives that open a noun phrase (`the`, `their`, `para`); tagged DET they open one anyway. */
  determiners: ReadonlySet<string>;
  /**
   * Titles that stand right before a person's name (`Presiden`, `President`, `Pak`): in title + name the name is the
   * head. Office nouns that take an organisation (`Kepala`, `Direktur`) are not titles: `Kepala Otorita IKN` is a head.
   */
  titles: ReadonlySet<string>;
  /**
   * Titles of an office over a region, which the region's name follows before the person's (`Bupati Sleman Harda
   * Kiswaya`, `Wali Kota Jambi Maulana`): the word after one is a place, never where the person's name starts.
   * Optional.
   */
  regionalTitles?: ReadonlySet<string>;
  /**
   * Nouns that head the name of an institution (`Kementerian`, `Badan`, `Ministry`): a run of names holding one is an
   * organisation, never a person to be named by one of its words (`Transmigrasi` of `Kementerian Transmigrasi`).
   * Optional.
   */
  institutions?: ReadonlySet<string>;
  /** Classifiers and units between a number and its noun (`orang`, `hektar`, `percent`). */
  classifiers: ReadonlySet<string>;
  /**
   * Time nouns (`Senin`, `pagi`, `Monday`, `yesterday`): a phrase headed by one after a comma is a time adverbial
   * (`… di Jakarta, Senin pagi melemah`), never the subject. Optional.
   */
  timeWords?: ReadonlySet<string>;
  /**
   * Pronouns that, as the subject of what a speaker reports, stand for the speaker (`Bimo menegaskan, ia akan …`,
   * `He said he would …`): the content's subject is then the speaker. Optional.
   */
  speakerPronouns?: ReadonlySet<string>;
  /**
   * Pronouns that stand for the speaker only when what they report is an intention (`Deutsche Boerse has said it
   * will boost …`, `Authorities said they would seize …`), and the modals that make it one: in a claim (`said it
   * had complied`) they need not be the speaker's own act; so do verbs of intention with their act (`verbs`:
   * `said it expects to cut …`). Optional.
   */
  intentPronouns?: { pronouns: ReadonlySet<string>; modals: ReadonlySet<string>; verbs?: ReadonlySet<string> };
  /**
   * Prepositions that join a second doer to the subject (`BPJS bersama Kemenko PMK akan membahas …`): the phrase
   * before them is the subject, as before a conjunction.
   */
  comitatives?: ReadonlySet<string>;
  /**
   * Negated participles that name a kind of thing after its noun (`panggilan tak dikenal`, unknown calls): inside a
   * relative clause they are its object's, not the main clause's predicate. Optional.
   */
  negatedModifiers?: ReadonlySet<string>;
  /**
   * Verbs that take the verb right after them into their own group (`diduga mencabuli`, `berhasil menangkap`): in a
   * relative clause, that verb is the clause's, not the main clause's (`kepsek yang diduga mencabuli 4 muridnya …
   * ditetapkan sebagai tersangka`). Optional.
   */
  serialVerbs?: ReadonlySet<string>;
  /**
   * Verbs that name the phrase before them (`berinisial`, `bernama`: `kepsek PAUD berinisial M`): the name after one
   * belongs to that phrase, which heads the subject. Optional.
   */
  namers?: ReadonlySet<string>;
  /**
   * Verbs news writes as prepositions (`terkait`: `Terdakwa kasus … terkait tudingan ijazah palsu …, Bambang Tri,
   * mengajukan …`): never the predicate where a finite verb follows. Optional.
   */
  linkingVerbs?: ReadonlySet<string>;
  /**
   * Words that give another name for the phrase before them (`alias` of `Sergei Domogatskii alias Mr. Terimakasih`):
   * the name after one is an aside, as a bracket is. Optional.
   */
  aliases?: ReadonlySet<string>;
  /**
   * Words that open a counted phrase (`Sebanyak 36 kendaraan … disita`), which the tagger takes for prepositions:
   * the phrase after one may be the subject. Optional.
   */
  quantifiers?: ReadonlySet<string>;
  /**
   * Verbs that open a sentence by citing where it comes from, with the source after them and often no comma
   * (`Melansir laman resmi Kemensetneg, BLT Kesra menyasar …`, `Dikutip dari …`): the source is no subject.
   */
  citations?: ReadonlySet<string>;
  /** Finite verbs that report speech (`mengatakan`, `said`): `X mengatakan (bahwa) …`, `…, X said.` */
  reportingVerbs: ReadonlySet<string>;
  /**
   * Verbs that take a clause as their complement (`menduga`, `mengharapkan`, `think`, `expect`): a noun phrase after
   * one that has its own verb is that clause's subject, not an object (`menduga mereka ingin …`). Not verbs whose
   * object controls a following verb (`membuat harga naik`, `make him leave`): that phrase is their object.
   */
  complementVerbs: ReadonlySet<string>;
  /** Reporting words written before their speaker after a quote or a comma (`kata X`, `ujar X`, `said X`). */
  invertedReporting: ReadonlySet<string>;
  /** Reporting words that carry their speaker (`ujarnya`, `katanya`). */
  fusedReporting: ReadonlySet<string>;
  /** Prepositions that attribute a statement (`menurut X`, `according to X`), as word sequences. */
  attribution: readonly (readonly string[])[];
}
