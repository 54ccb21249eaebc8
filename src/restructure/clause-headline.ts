/** A headline from a clause (`clauseHeadlines`), and how what follows its predicate closes with who said it. */

/**
 * Fewest and most characters of a subheading from a clause: shorter says little, longer is a sentence. A section
 * whose clauses are all longer than a title may still take one up to `stretch`: a bare noun phrase (`Lapangan
 * Kerja`, `Perlindungan Anak`) says nothing of what the section says, and blind judges rated such headings 1–2 of
 * 5 against about 3 for a clause.
 */
export const HEADING_CHARS = { min: 18, max: 55, stretch: 70 } as const;

/** A headline from a clause, with what the title and heading rankers read in it. */
export interface ClauseHeadline {
  /** The headline, not yet cased. */
  text: string;
  /** The subject is a person's name without their office (`Lestari Moerdijat` of `Wakil Ketua MPR RI …`). */
  name: boolean;
  /** Everything the clause says after its predicate is in (nothing cut). */
  complete: boolean;
  /** Words after the predicate. */
  rest: number;
  /** Index of the lead sentence it comes from. */
  sentence: number;
  /** The predicate is a copula alone (`adalah`, `merupakan`, `is`): a definition, seldom news. */
  copula: boolean;
  /**
   * That copula is one of definition, which the language's headline register never uses (`adalah`, `merupakan`: none
   * in 554 Indonesian editors' headlines of the dev sets).
   */
  definition?: true;
  /** What a quotation says, its speaker first (`Budi: KPK Jadwalkan …`). */
  quoted?: true;
  /** What a speaker reports without a quotation, in the quotation's form (`Iftitah: Prabowo Miliki …`). */
  reported?: true;
  /**
   * The speaker is named from another sentence: one before, for the pronoun this one has (`Ia menegaskan …`), or the
   * last of the quotation this one opens.
   */
  resolved?: true;
  /** Cut inside its object's noun phrase to fit a title (`trimsWell`): a title's last resort, never a subheading's. */
  trimmed?: true;
  /**
   * Its subject names no one and nothing in particular (no name, short form or number: `Sebagian Besar`, `Kondisi
   * Negara`, `People`): a side remark more often than what a section says.
   */
  vague?: true;
}


/** The words after the predicate with who said them after a comma (`…, says Kennedy`), or alone. */
export function closed(after: readonly string[], closer: readonly string[]): string[] {
  if (closer.length === 0 || after.length === 0) return [...after];
  return [...after.slice(0, -1), `${after[after.length - 1]!},`, ...closer];
}

/**
 * What a copula of definition costs a title or subheading on top of a copula's cost (`Pelapor Khusus PBB Adalah
 * Pakar Independen`): the register never uses one, so another clause comes first wherever there is one.
 */
export const DEFINITION = 2;
