/**
 * English function words (lowercased): articles and determiners, pronouns, prepositions, conjunctions,
 * auxiliaries and their contractions, and the adverbs that only qualify (`however`, `already`, `never`).
 * Deliberately not stopwords-iso's list, which has `new`, `world`, `year`, `million`, `tv`: content words in news.
 * Matching is case-aware (see the keyphrase tokens): `US`, `IT`, `WHO` in capitals are acronyms. Owned by the
 * keyphrase work; refine with care.
 */
export const stopwords: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against ago all almost along alongside already also although always
  am amid among amongst an and another any anybody anyone anything anyway anywhere are aren't around as at away
  back be became because been before beforehand behind being below beneath beside besides between beyond both but
  by can cannot can't could couldn't did didn't do does doesn't doing don't done down during each either else
  elsewhere enough etc even ever every everybody everyone everything everywhere except far few for from further
  furthermore had hadn't has hasn't have haven't having he he'd he'll he's hence her here here's hers herself him
  himself his how how's however i i'd i'll i'm i've if in inside instead into is isn't it it'd it'll it's its
  itself just least less let let's like many may maybe me meanwhile might mine more moreover most mostly much must
  mustn't my myself near nearly neither never nevertheless no nobody none noone nor not nothing now nowhere of off
  often on once one's oneself only onto or other others otherwise ought our ours ourselves out outside over own
  per perhaps quite rather said same says several shall shan't she she'd she'll she's should shouldn't since so
  some somebody somehow someone something sometime sometimes somewhat somewhere soon still such than that that's
  the their theirs them themselves then thence there there's thereby therefore these they they'd they'll they're
  they've this those though through throughout thus till to together too toward towards under unless unlike until
  up upon us very via was wasn't we we'd we'll we're we've well were weren't what what's whatever when when's
  whenever where where's whereas wherever whether which whichever while who who's whoever whole whom whose why
  why's will with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
  yourselves`.split(/\s+/u),
);
