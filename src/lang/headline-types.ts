/**
 * The shape of a language's headline register (`src/lang/<code>/headline.ts`): the word lists and the verb-group
 * rule with which `restructure/headline.ts` writes a clause as editors write headlines.
 */

/** Facts about a headline's verb group, for the register's transforms. */
export interface HeadlineVerbInfo {
  passive: boolean;
  /** The subject is plural (English `officials say` against `the minister says`). */
  plural: boolean;
  /** True when the article writes the word (lowercased), or a form that attests it as a base. */
  attested: (word: string) => boolean;
  /** True when an object follows the verb (`menangkap pelaku`): only a transitive verb loses its `meN-` prefix. */
  object?: boolean;
  /**
   * True when the headline names only part of the sentence's subject (one member of a coordination): `plural` is
   * then its number, not the one the sentence's auxiliary shows.
   */
  partial?: boolean;
  /** True when an adjective that takes an act follows the verb (`is set to leave`, `is likely to name`). */
  adjective?: boolean;
}

/**
 * The headline register of a language: the short, documented list of transforms editors apply to the lead's main
 * clause, with the article's own words (issue 14). Indonesian drops aspect words and the `meN-` prefix
 * (`telah menetapkan` → `Tetapkan`); English uses the present tense and drops articles (`has announced` →
 * `announces`, `the government` → `government`).
 */
export interface HeadlineRegister {
  /** Words of a noun phrase a headline leaves out (English articles). */
  dropDeterminers: ReadonlySet<string>;
  /** Words that go on with the object though tagged as verbs (Indonesian `terkait`, `soal`): no clause break. */
  linkWords: ReadonlySet<string>;
  /**
   * Which word of a person's name a headline keeps when the article also names them by one word (`Prabowo` of
   * `Prabowo Subianto`, `Davenport` of `Lindsay Davenport`), when the article's own use does not decide.
   */
  shortName: 'first' | 'last';
  /**
   * The article may call a person by the first letters of their first name (`Adit` of `Adityawarman Adil`), as
   * Indonesian news does: such a name, written alone at least twice, names them in a headline too. Optional.
   */
  prefixNicknames?: boolean;
  /** Words that point back into the text (`ini`, `this`): a headline whose subject holds one stands on nothing. */
  pointers: ReadonlySet<string>;
  /**
   * Words that count the things the text named before (`kedua negara`, `ketujuh kerja sama`: the two, the seven):
   * a headline whose subject opens with one stands on nothing either. Optional.
   */
  collectives?: ReadonlySet<string>;
  /**
   * Possessive determiners (`his`, `its`), by the subject they may point to: a person's name (`his`, `her`), one
   * thing (`its`), many (`their`). Before the noun they own (`resigned from his post`) they open no clause, and a
   * headline keeps them with it when its subject is what they point to (`McLetchie resigns from his post`), never
   * when they point elsewhere in the text (`Deficit is one of his …`). Optional.
   */
  possessives?: { person: ReadonlySet<string>; thing: ReadonlySet<string>; plural: ReadonlySet<string> };
  /**
   * Words that tie a sentence to one before it (`juga`, `also`: `China juga telah berkomitmen …`): a meta description
   * or a title cut from a sentence that opens with one reads as a sequel. Optional.
   */
  sequels?: ReadonlySet<string>;
  /** Words that open a clause (`agar`, `that`): a headline never ends between one and its verb. */
  clauseOpeners: ReadonlySet<string>;
  /**
   * The clause openers that add a time, cause or concession (`ketika`, `because`): the main clause before one is
   * whole (`reported a sharp increase in quarterly profit | after …`), unless its verb takes a clause. Not a
   * condition's (`if`, `jika`): without it, what may happen reads as fact. Optional.
   */
  adverbialOpeners?: ReadonlySet<string>;
  /**
   * Copulas of definition the register never headlines (`adalah`, `merupakan`): a clause with one is a title's or
   * subheading's last resort. Optional.
   */
  definitionCopulas?: ReadonlySet<string>;
  /**
   * Copulas whose complement of one bare noun says nothing before the relative clause that goes on to say what it is
   * (`merupakan seorang pria | yang …`, `are two companies | which …`): a headline never ends there. Optional.
   */
  bareComplements?: ReadonlySet<string>;
  /** Question words: a subject with one asks, it names no one (`kira-kira apa`, `what`). Optional. */
  interrogatives?: ReadonlySet<string>;
  /** Kinds of region written before a region's name (`Kabupaten Indramayu`): a headline may name it by the name. Optional. */
  regionWords?: ReadonlySet<string>;
  /**
   * Whether an active verb group (its words, lowercased, the verb last) needs an object, so that a headline never
   * ends on it (`harus memperhitungkan`). Optional.
   */
  needsObject?: (group: readonly string[]) => boolean;
  /**
   * Words that open what the subject comes to, a verb without a subject of its own (`tertipu agen hingga berakhir
   * diculik`): the headline may go on through it as the subject's. Optional.
   */
  resultOpeners?: ReadonlySet<string>;
  /**
   * Adverbs that limit what the verb says (`hanya`, `only`): between the subject and the verb a headline keeps them,
   * or it says more than the article (`dapat dilaporkan` of `hanya dapat dilaporkan`). Optional.
   */
  limiters?: ReadonlySet<string>;
  /**
   * Prepositions of a place or time that a headline too long for a title may leave out of its middle with the names,
   * numbers and time words after them (`Kemenkeu Usulkan Tambahan Anggaran | untuk 2026 | Jadi Rp 52,02 Triliun`),
   * as sub-editors do. Optional.
   */
  middlePreps?: ReadonlySet<string>;
  /**
   * Words that join a next clause (`lalu`, `and`): where a verb shows the words after one were that clause's subject
   * (`dibunuh lalu organ tubuh | dijual`), a headline ends before it. Optional.
   */
  clauseLinks?: ReadonlySet<string>;
  /**
   * Prepositions that open a purpose with its verb (`untuk menjaga daya beli`): a headline may go on through it
   * (`Pemerintah Luncurkan BLTS untuk Jaga Daya Beli`), or end before it. Optional.
   */
  purposeOpeners?: ReadonlySet<string>;
  /**
   * Nouns that need what follows them (`depan` of `di depan gedung`, `sela-sela` of `di sela-sela rapat`): a
   * headline never ends on one that the sentence goes on after.
   */
  needComplement: ReadonlySet<string>;
  /**
   * Nouns that hold what follows them (`kasus pelecehan`, `proyek pembangunan`, `berat badan`): a headline cut
   * inside a noun phrase to fit a title (`trimsWell`) never ends on one. Optional.
   */
  containers?: ReadonlySet<string>;
  /** Words after which a noun phrase goes on (`of`): a headline never ends right before one. */
  continuations: ReadonlySet<string>;
  /**
   * Words that open a measure after a noun (`sebesar 20%`, `seluas 4.000 hektar`), which taggers often take for
   * nouns: the noun phrase before them may end there. Optional.
   */
  measures?: ReadonlySet<string>;
  /**
   * Nouns made from verbs (Indonesian `pelatihan`, `penggunaan`). One that another such noun follows names the act
   * the second one qualifies, and a headline may end on it (`Dapatkan Pelatihan | Penggunaan Layar Digital`).
   * Optional.
   */
  actNominal?: RegExp;
  /**
   * Verbs that direct someone to act (`meminta`, `mendorong`) and the openers of the act's clause a headline leaves
   * out after them (`agar`, `supaya`). Optional. `actEnds`: the act asked for may end a headline on its verb, or on a
   * modifier right after it, where no object follows (`Ajak Pemprov Kaltim Bersinergi`, `Minta Ketua Umum Parpol
   * Bersikap Tegas`), in a language whose verbs say that much alone.
   */
  directives?: { verbs: ReadonlySet<string>; openers: ReadonlySet<string>; keepsOpener?: boolean; actEnds?: boolean };
  /**
   * Reporting verbs whose object is never the news (`said Monday`, `told reporters`, `mengatakan hal itu`): a headline
   * keeps another reporting verb with a noun phrase after it (`Gus Ipul Sampaikan Tiga Mandat Prioritas`), never
   * these. Optional.
   */
  speechVerbs?: ReadonlySet<string>;
  /**
   * How a headline puts a quotation's speaker before what the quotation says, from the speaker's words: Indonesian
   * editors write `Bahlil: Lifting Minyak Sudah …`, `KPK: Biasanya Daerah …` (`"KPK menjadwalkan …," kata Budi` →
   * `Budi: KPK Jadwalkan …`), with the article's words only. Without it, a sentence that opens with a quotation gives
   * no headline.
   */
  quoteSpeaker?(speaker: readonly string[]): string[];
  /**
   * How a headline says who said it after what they said (English: `…, says Kennedy`, `…, say MPs`), for a clause
   * whose speaker the sentence names after it (`Gordon Brown has failed to …, Charles Kennedy has said.`): the words
   * after the comma. Without it (nor `quoteSpeaker`), such a clause gives no headline: what is said is never given
   * as fact. Optional.
   */
  quoteSpeakerAfter?(speaker: readonly string[], plural: boolean): string[];
  /**
   * Reporting verbs a headline keeps before what is reported, in the headline register (`Polisi Sebut DPO Selalu
   * Berpindah Tempat`, `Police say …`); after another reporting verb (`mengatakan`, `explained`) the headline gives
   * the reported clause alone. Optional.
   */
  attribution?: ReadonlySet<string>;
  /**
   * Verbs with which a speaker says something of themselves (`mengaku`, `mengklaim`): kept before what they say when
   * it has no subject of its own (`Sergei Mengaku Menjadi Korban Penculikan`), as `attribution` verbs are; its
   * words are never given as the speaker's act. Optional.
   */
  claimVerbs?: ReadonlySet<string>;
  /** Verbs that say something exists (`terdapat`, `ada`): nobody does them, so a speaker is never their subject. Optional. */
  existentials?: ReadonlySet<string>;
  /**
   * Verbs that take a second complement after their object (`put X in Y`, `menjadikan X sebagai Y`): a headline
   * ends only after the word that marks it (`markers`: `sebagai`), or where the clause ends. Optional.
   */
  secondComplement?: { verbs: ReadonlySet<string>; markers?: ReadonlySet<string> };
  /** Nouns that take an act after them (`cara mencintai`, `upaya menekan`): the headline goes on through its verb. Optional. */
  actNouns?: ReadonlySet<string>;
  /** Fewest words of a title from a clause (`Davenport criticises Wimbledon`); headings keep the default. Optional. */
  titleWords?: number;
  /**
   * Negations (`tidak`, `not`): a clause whose negation stands outside its subject and predicate as the grammar layer
   * found them (`Korlantas Polri tidak bangga/NOUN melakukan …`) gives no headline, which would say the opposite.
   */
  negations?: ReadonlySet<string>;
  /**
   * Words that open a predicate and never go on a noun phrase (`makin`, `akan`, `tidak`): a headline that ends right
   * before one cuts off the clause whose subject its last noun is (`Agus Berharap Pengguna Jalan | makin disiplin`).
   * Optional.
   */
  predicateWords?: ReadonlySet<string>;
  /** Words that make an amount a rate (`per`): an amount goes on through one into its unit (`Rp 5 ribu per suara`). Optional. */
  rates?: ReadonlySet<string>;
  /**
   * The suffix of a noun owned by something said before (`penyebabnya`, its cause): a headline that ends on one as
   * what its subject is points back to nothing (`Gaya Hidup Menjadi Penyebabnya`). Optional.
   */
  pointingSuffix?: RegExp;
  /** Nouns that, as a reporting verb's object, say nothing of the news (`pernyataan`, `statement`). Optional. */
  emptyObjects?: ReadonlySet<string>;
  /** Words that open a manner phrase between a verb and its object (`secara` of `menerima secara formal …`). Optional. */
  mannerWords?: ReadonlySet<string>;
  /**
   * Verbs that take an act after an opener (`memutuskan untuk menurunkan`, `berencana menambah`): the headline goes
   * on through the act, leaving the opener out (`Prabowo Putuskan Turunkan Harga Pupuk`), or keeping it where the
   * register does (`keepsOpener`: `Diageo agrees to buy Chalone`). Optional.
   */
  control?: {
    verbs: ReadonlySet<string>;
    openers: ReadonlySet<string>;
    keepsOpener?: boolean;
    /**
     * Any verb takes the act its opener brings when a verb follows the opener (`ordered to pay`, `continue to break`,
     * `forced to cancel`), and so does an adjective right after the predicate (`is poised to join`, `likely to
     * name`), not only `verbs`.
     */
    open?: boolean;
    /** Verbs that never take an act so, even when `open` (`used to play`: a habit, no act; `going to`: a future). */
    closed?: ReadonlySet<string>;
  };
  /**
   * Verbs that take the verb after them with no opener, as one predicate (`dipastikan gagal menembus …`, `dinilai
   * mulai menunjukkan …`, `tampak berbeda`): the headline goes on through that verb, and through a chain of them
   * (`Timnas Dipastikan Gagal Tembus Piala Dunia 2026`), never ending before it. Unlike `control`, no opener is left
   * out after them (`ditutup untuk umum` keeps its `untuk`). Optional.
   */
  raising?: ReadonlySet<string>;
  /**
   * Prepositions before which the verb of a clause the predicate takes may end a headline, its phrase of why, where or
   * when left out (`Blair urges Livingstone to apologise | for his comment`). Optional: without it, such a clause ends
   * only after a noun phrase.
   */
  verbEndsBefore?: ReadonlySet<string>;
  /**
   * Modifiers that open a time with the month, day or unit after them (`next`, `last`: `budget | next February`): a
   * phrase ends before one, though modifiers elsewhere go on into what follows. Optional.
   */
  timeOpeners?: ReadonlySet<string>;
  /**
   * Verbs (every form) that need the preposition after them, by preposition (`push for`, `step in`, `aimed at`): no
   * headline ends between them, whatever `verbEndsBefore` says. Optional.
   */
  phrasalVerbs?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Words that open a clause of when or why (`after`, `setelah`, `karena`), not a condition: a verb with nothing it
   * takes after it may end a headline before one (`Shares in UK Coal fall`, `Pariwisata … Disorot`). Optional.
   */
  adverbials?: ReadonlySet<string>;
  /**
   * Particles that complete the verb before them (`breaks down`, `picks up`): right after the predicate with a break
   * after them (punctuation, or a clause of when or why), a headline may end on one. Optional.
   */
  particles?: ReadonlySet<string>;
  /** Verbs that say nothing without the clause after them (`dilakukan`, `terjadi`, `happened`): never end before it. */
  lightVerbs?: ReadonlySet<string>;
  /**
   * Participles that name the common noun before them (`called`, `dubbed`: `an extra chip called the TPM`): no
   * predicate there, and no headline of the shape `Extra chip calls TPM`. Optional.
   */
  namingParticiples?: ReadonlySet<string>;
  /**
   * The short forms editors write for an office before its person (`Menteri Keuangan` → `Menkeu`, `Kepala Korps Lalu
   * Lintas` → `Kakorlantas`), by the office's lowercased words: a headline may name the person by it, as the
   * article's own bracketed short form does. Optional.
   */
  officeShortForms?: ReadonlyMap<string, string>;
  /**
   * True for a verb form that names an act as a noun does (English `-ing`: `any chance of winning Wimbledon`, `fine
   * for bribing an official`): after a preposition the headline goes on through it and its object. Optional.
   */
  gerund?(word: string): boolean;
  /**
   * Prepositions of a place or origin (`di`, `in`): one right after a clause's subject, with a name, is said with the
   * subject (`Kualitas Udara di Jakarta Masuk …`, `Shares in Solidere fall 15%`). Optional.
   */
  placeOpeners?: ReadonlySet<string>;
  /** A verb of a clause the predicate takes, in the headline register (Indonesian `menerbitkan` → `terbitkan`). Optional. */
  embeddedVerb?(word: string, attested: (w: string) => boolean): string | undefined;
  /** The number an auxiliary shows (`have`, `are`: plural; `has`, `is`: singular), undefined for none. Optional. */
  number?(auxiliary: string): boolean | undefined;
  /** True when a subject's head noun is plural (`stores`, `children`), for the verb's agreement. Optional. */
  plural?(head: string): boolean;
  /**
   * The verb group's words in the headline register, or undefined when it cannot be written so with attested
   * forms (the clause is then used as written); null when the words are no verb group at all, a tagging slip
   * (`Comedy sequel Meet the Fockers`: no headline from that clause).
   */
  verbGroup(words: readonly string[], info: HeadlineVerbInfo): string[] | undefined | null;
  /** Adverbs that open a news sentence without a comma (`Tercatat`, `Diketahui`): never part of its subject. Optional. */
  openingAdverbs?: ReadonlySet<string>;
}
