/**
 * The verbs and frames that attribute words to a speaker ("said", "told the paper", "declared",
 * "described … as", "according to"), as regular-expression pieces shared by the attribution rules.
 */

/**
 * What follows "repeated" or "reiterated" used as a verb of speech: "that", whose words ("his opposition", "Reagan's
 * opposition"), when ("yesterday"), a quote, or the end of the words read.
 */
const REPEATED_WORDS = `\\s+(?:that|its|his|her|their|yesterday|today)\\b|\\s+\\p{Lu}[\\p{L}-]*['’]s\\s|\\s*[,:]?\\s*["“]|\\s*[.,;]?\\s*$`;
const VERBS = [
  'said',
  'says',
  'say',
  // "…, saying only: …": the participle hands the quote to the subject of its clause
  // ("quoted X as saying" is read by quotedAsSaying, which knows X from the outlet).
  '(?<!\\bas\\s+)saying',
  // "…, arguing that the rules should be "…"", "Mr Pearson …, pointing out there are issues …": like "saying", the
  // participle's subject speaks. (Not "stressing", "insisting" or "claiming", whose subject a sentence is as often
  // about without their speaking: "the company was stressing growth", "denied Phillips made the remark, insisting".)
  'arguing',
  'pointing out',
  // "…, telling the BBC that …": like "saying", the quote is the subject's, not the listener's.
  'telling',
  // "…, with the Los Angeles Times labelling it a "…"", "with Rovers boss Mark Hughes claiming it had been an "…"":
  // after "with" and its subject these participles, too, hand the words to that subject (not "calling for" a thing,
  // nor after a clause's word: "his dispute with Craig Bellamy after claiming" is the sentence subject's).
  '(?<=\\bwith\\s+(?:(?!(?:after|before|while|when|by|since|until)\\s)[^,;:"“”\\s]+\\s+){1,8})(?:claiming|labelling|labeling|branding|calling|describing)(?!\\s+(?:for|on|off|in|up)\\b)',
  'told',
  'tells',
  'added',
  'adds',
  // "…, adding that their decision was a "sensible and a good thing"", "…, adding: "…"": the participle, like "saying",
  // hands the words to its clause's subject; not "adding to the pressure", "adding value", nor the quote before it
  // ("…," adding that he expected …: that quote's speaker is named before it).
  'adding(?<!^[\\s,;:—-]*adding)(?=\\s*(?:that\\b|:|,?\\s*["“]))',
  // "…, replying that any decision would be made at the highest levels, and "…"", "explaining: "…"": so do these, before
  // what was said.
  '(?:replying|explaining)(?=\\s*(?:that\\b|:|,?\\s*["“]))',
  'declared',
  'declares',
  'asserted',
  'asserts',
  'replied',
  'replies',
  'responded',
  'responds',
  'asked',
  'asks',
  // Follow-up questions ("Did you know?" Ms Lee pressed.).
  'pressed',
  'demanded',
  'insisted',
  'insists',
  'insist',
  'argued',
  'argues',
  'argue',
  // "As one banker put it, "…"", "…," as he puts it: how someone put a thing is in their words. Only before the
  // quote's punctuation or the end ("put it to the vote" puts nothing into words).
  'puts?\\s+it(?=\\s*(?:[,:;.]|$))',
  // "…," an investment banker pointed out: a remark made in the speaker's words.
  'pointed out',
  'points out',
  'explained',
  'explains',
  'noted',
  'notes',
  'wrote',
  'writes',
  'tweeted',
  'tweets',
  'claimed',
  'claims',
  'claim',
  'warned',
  'warns',
  'warn',
  'stated',
  // Not the noun ("member states did not implement", "the United States"): after a word that counts or names states, or before a verb.
  '(?<!\\b(?:[Mm]ember|[Uu]nited|[Tt]he|[Tt]hese|[Tt]hose|[Oo]ther|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Bb]oth|[Ss]everal|two|three|four|five|six|seven|eight|nine|ten|\\d+|EC|EEC|GCC|[Aa]rab|[Gg]ulf|[Bb]altic|[Aa]frican|[Aa]sian|[Ee]uropean|[Ww]estern|[Ee]astern|[Nn]orthern|[Ss]outhern|belt|producing|consuming|nuclear)\\s+)states(?!\\s+(?:did|do|does|have|had|are|were|will|would|can|could|should|must|may|might|appeared|showed|of)\\b)',
  'continued',
  'continues',
  'recalled',
  'recalls',
  // "…," he revealed; "Blears also revealed this week that "…"": a disclosure in its maker's words. Not one with
  // an object ("The restoration … revealed some interesting items"), which tells what came to light, not who spoke.
  '(?:revealed|reveals)(?=\\s*(?:[,:;.]|$|(?:that|on|in|to|yesterday|today|last|this)\\b))',
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'conceded',
  'concedes',
  'suggested',
  'suggests',
  'complained',
  'complains',
  'joked',
  'jokes',
  // A guess or a view given in so many words ("…," speculated one arbitrager; "…," he opined).
  'speculated',
  'speculates',
  'opined',
  'ventured',
  'surmised',
  'reckoned',
  'quipped',
  // Words spoken in a manner of their own ("…," mumbled one onlooker; "…," retorted Mr Pinto).
  'mumbled',
  // A smile or a laugh said with the words, only right after them ("…," smiles one broker); elsewhere ("He laughed at
  // the suggestion that "…"") it tells no one's words.
  '(?<=^[\\s,;:—-]*)(?:smiles|smiled|laughs|laughed|grins|grinned|chuckles|chuckled)',
  // So is "detailed", a verb only there ("…," Dub detailed); elsewhere it is mostly an adjective ("detailed plans").
  "(?<=^[\\s,;:—-]*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}\\s+)detailed(?=\\s*[.,;]|\\s*$)",
  'muttered',
  'whispered',
  'retorted',
  'implored',
  'exclaimed',
  'maintained',
  'maintains',
  'announced',
  'announces',
  'reported',
  'reports',
  'described',
  'describes',
  // "X characterized the action as "awfully optimistic"": like "described … as", X's words.
  'characterized',
  'characterizes',
  'characterised',
  'characterises',
  'called',
  'calls',
  // "…, calling it "one of the most respected programs"": like "saying", the words are the subject's.
  'calling',
  'enthused',
  // "with Jaime Vargas lauding the manner in which "…"": praise in the words of the one who lauds.
  'lauding',
  'lauded',
  'lauds',
  // "…," assured Mr Wallace: a reassurance given in the speaker's words.
  // Not the adjective ("he looked assured", "assured of a place").
  '(?<!\\b(?:looked|looks|look|looking|seemed|seems|seem|appeared|appears|appear|felt|feels|feel|rest|more|less|very|most|self|be)\\s+)assured(?!\\s+of\\b)',
  'assures',
  'instructed',
  'urged',
  'urges',
  'vowed',
  'vows',
  'pledged',
  'predicted',
  'remarked',
  // "…," he remarks, as a feature writes it, closing its clause, or before what of or when ("As Mr Prior remarks as we
  // walk by …:"); not the noun ("his remarks", "of Baker's weekend remarks:", "Baker's remarks of last week").
  "(?<!\\b(?:his|her|their|its|the|these|those|my|our|your|whose|of|in|and)\\s+)(?<!['’]s?\\s+(?:[\\p{L}-]+\\s+)?)remarks(?=\\s*[.,;!?]|\\s*$|\\s+(?:of|that|about|on|as)\\s)",
  'confirmed',
  'denied',
  'countered',
  'boasted',
  'mused',
  'stressed',
  'emphasised',
  'emphasized',
  'observed',
  // "Observes Mr Hadi: "…"": the present tense, as a feature's remark is written.
  'observes',
  // "…," one analyst cautioned: a warning in the speaker's words.
  'cautioned',
  'cautions',
  'commented',
  'agreed',
  'disagreed',
  // "the LSE did agree to … whether a "significantly-improved proposal" …": after an emphatic did or does the
  // plain form is the verb in the past or present. Only there: alone, "add to" and "agree on" say nothing.
  '(?<=\\b(?:did|does)\\s+)(?:agree|add|admit|concede|confirm|predict|promise|describe|acknowledge)',
  'believes',
  'believed',
  'believe',
  'fears',
  'feared',
  'fear',
  'thinks',
  // Not "who thought they "knew best"", "he thought he detected "…"": a thought said of others, or one that only
  // brings in the clause after it, whose own verb reports the words.
  '(?<!\\bwho\\s+)thought(?!\\s+(?:he|she|it|they|we|I|you)\\s)',
  'feels',
  'felt',
  'hopes',
  'hoped',
  'promised',
  'promises',
  // "Green MEP Ann Lee welcomed Blair's "courage in keeping his word"": the welcome is in her words.
  'welcomed',
  'welcomes',
  // "Keane frontman Tom Chaplin thanked fans for enduring "rubbish gigs"": thanks are given in the thanker's words.
  // Not "thanks", which is as often the noun ("thanks to the fans").
  'thanked',
  // "the company alleged", "it alleged": after a pronoun or a noun with its article, the verb; elsewhere "alleged" is
  // as often the adjective ("four alleged "mercy killings"").
  '(?<=(?:\\b(?:he|she|it|they)|\\b(?:[Tt]he|[Aa]n?|[Ii]ts)\\s+\\p{Ll}+)\\s+)alleged',
  // "The commission recommended that …": a recommendation is made in its makers' words.
  'recommended',
  'recommends',
  // "He apologised for his "deplorable actions"": an apology is made in the words of whoever apologises.
  'apologised',
  'apologized',
  'apologises',
  'apologizes',
  'hailed',
  // "…, with the committee announcing that "…"": like "saying", the participle's subject speaks.
  'announcing',
  // "…, with America's TV Guide magazine describing the series as "…"": the describer speaks, as a describer does.
  // Never inverted right after a quote ("…", describing Charles as …): what follows is what is described.
  'describing(?<!^[\\s,;:—-]*describing)',
  // "Lawson repeated that "…""; "which a bank spokesman termed "heavy"": verbs that put words in the subject's mouth
  // as "said" does. "repeated" only before what REPEATED_WORDS lists, never as the adjective ("Despite repeated
  // "assurances"", "complained of repeated "signal failures""). Not "alleged", as often the adjective ("against
  // alleged distortions", "four alleged "mercy killings"").
  `repeated(?<!(?<![\\p{L}])(?:the|a|an|of|despite|Despite|amid|after|following|with|by|his|her|its|their|against|over)\\s+repeated)(?=${REPEATED_WORDS})`,
  `reiterated(?=${REPEATED_WORDS})`,
  // "Lawson today reaffirmed that …": said again, in the speaker's words, as "reiterated" is.
  'reaffirmed',
  'reaffirms',
  // "the prime minister talked about a "…"", "spoke of a "…"": what someone spoke of, in quote marks, is in their words.
  '(?:talked|spoke|talks|speaks)\\s+(?:about|of)(?=\\s*(?:(?:a|an|the|his|her|their|its|how|what|being)\\s+)?(?:["“]|$))',
  'termed',
  // "The agency cited Ecolab's agreement …", "he cited "irreconcilable differences"": a reason given in the giver's words.
  'cited',
  'cites',
  'concluded',
  'accused',
  // "Kinnear charged that Pennzoil was "using extortionary tactics"": an accusation, in the accuser's words; only
  // before "that", as "charged" is more often a fee or a crime ("charged a premium", "charged with fraud"). Not
  // "charges", as often the noun ("called charges that he ransomed hostages "utterly false"").
  'charged(?=\\s+that\\b)',
  'praised',
  'criticised',
  'criticized',
  // "Marca criticises Gary Neville for "…"": the present tense, as a paper's review is written.
  'criticises',
  'criticizes',
  'dismissed',
  'labelled',
  'labeled',
  'branded',
  // "The Law Society dubbed the proposals an "abuse of power"": a name given in the namer's words, as "branded" is.
  // Not a passive with no object between it and the name ("Baywatch dubbed 'worst TV import'", "a missile dubbed the "Midgetman"").
  'dubbed(?!\\s*(?:(?:a|an|the|as)\\s+)?(?:["“‘\']|$))',
  'referred',
  'refers',
  'defines',
  'defined',
  // "…," Morquendi's message read: after a writing's noun, "read" gives its words, as "said" would.
  '(?<=(?:message|statement|letter|note|memo|e-?mail|post|notice|sign|text|caption|inscription|placard|banner|card)s?\\s+)reads?',
  // "…," read a statement from the firm: inverted right after a quote, the writing after "read" gives its words.
  'reads?(?<=(?:^|[,"”])\\s*reads?)(?=\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?(?:statement|message|letter|note|memo|e-?mail|notice|release)\\s+(?:from|by|issued by)\\s)',
].join('|');
const AUX =
  '(?:(?:has|have|had|will|would|could|did|does|do|also|then|later|once|reportedly|previously|often|just|again|still|' +
  // Wire copy puts the time between subject and verb ("Dome earlier said", "the ministry today said").
  'earlier|separately|recently|today|yesterday|publicly|privately|repeatedly|' +
  // And how long or how often before ("Witnesses have already told the trial", "has always said", "has since said").
  'already|always|consistently|since|first|initially|originally)\\s+)*';

/** A cue verb, with any auxiliaries and adverbs before it (`has said`, `reportedly maintains`). */
export const CUE = `${AUX}(?:${VERBS})(?:\\s+(?:to\\s+)?(?:it|him|her|them|this|that)\\s+as)?`;

// After a determiner the word is a noun ("in the hopes that"), after a possessive and an adverb an adjective
// ("Nor-Quest's earlier reported bid"; but "Foster's said" is a firm's cue); after "was" or "be" it is passive
// ("she was told", "who would be told"); after a hyphen it is part of a compound ("so-called"): none makes its subject the speaker.
// A participle after "is" or "was" is the verb going on, not passive ("Mr Blair is saying", "was telling reporters").
const CUE_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?<!\\b(?:the|a|an|his|her|their|its|our|my|be|been|being)\\s+)(?<!['’]s\\s+(?:earlier|previously|widely|recently|already|\\p{Ll}+ly)\\s+)(?!(?<=['’]s\\s+)(?:earlier|previously|widely|recently|already|\\p{Ll}+ly)\\s)(?:(?<!\\b(?:was|were|is|are)\\s+)|(?=\\p{L}+ing(?![\\p{L}])))${CUE}(?![\\p{L}])`,
  'giu',
);
/** How much text before a cue is read to tell it from a name or a noun: the words just before it, not the whole paragraph. */
const LOOK_BEHIND = 80;

/** Matches every cue verb in a text (global). */
export function cueMatches(text: string): RegExpExecArray[] {
  // A capitalised verb after a word of the sentence is part of a name ("the United States"), not a cue.
  // "hit back at Labour claims he …": after a preposition and a name, "claims" is a noun whose owner is the name (see nounCue).
  const found = [...text.matchAll(CUE_PATTERN)].filter((m) => {
    const before = text.slice(Math.max(0, m.index - LOOK_BEHIND), m.index);
    return (
      (!/^\p{Lu}\p{Ll}/u.test(m[0]) || !/\p{L}\s+$/u.test(before)) &&
      !(OWNED_NOUN.test(m[0]) && (OWNER_BEFORE.test(before) || OWNER_AFTER.test(text.slice(m.index + m[0].length)))) &&
      !ADJECTIVE_BEFORE.test(before) &&
      !(/s$/i.test(m[0]) && NAME_MODIFIER_BEFORE.test(before)) &&
      // "told BBC News that reports of job cuts were": a cue word in -s before "of", after a small word, is a plural noun.
      !(/s$/i.test(m[0]) && /^\s+of\s/.test(text.slice(m.index + m[0].length)) && SMALL_WORD_BEFORE.test(before)) &&
      // "according to reports", "…, say reports": after "according to" or a verb of saying, a cue word in -s is a noun.
      !(/s$/i.test(m[0]) && /(?<![\p{L}])(?:according\s+to|says?|said)\s+$/iu.test(before)) &&
      // "want more say in how it is run": after a word of how much, "say" is the noun of a right to decide.
      !(/^say$/i.test(m[0]) && /(?<![\p{L}])(?:more|much|little|no|any)\s+$/iu.test(before)) &&
      // "the article continues to "spread fear"": "continue" before "to" goes on doing, it does not speak.
      !(/^continu/i.test(m[0]) && /^\s+to\s/i.test(text.slice(m.index + m[0].length)))
    );
  });
  // "He said Mr Blair had spoken with "such sincerity", adding: "…"": "adding" goes on from a cue before it, whose
  // subject speaks; it is a cue of its own only as the first ("John Howard offered his congratulations, adding that …").
  return found.filter((m, i) => i === 0 || !/adding$/i.test(m[0]));
}

/** A small word, or a verb that turns a claim away, before a cue word in -s: no subject of it ("that reports of", "denied claims of"). */
const SMALL_WORD_BEFORE = /(?<![\p{L}])(?:that|the|these|those|amid|despite|after|and|but|with|on|by|to|denied|dismissed|rejected)\s+$/iu;

/**
 * "dismissed the latest claims, saying": after a determiner and an adjective of time or kind, a cue
 * word is a noun ("the latest claims", "these fresh calls", "will have the final say"), not the verb of a speaker. Without the
 * determiner it is left a cue: "Mr Blair repeated calls for …" still names who called.
 */
const ADJECTIVE_BEFORE =
  /(?<![\p{L}])(?:the|a|an|his|her|their|its|our|these|those|such|any|no)\s+(?:latest|recent|new|earlier|fresh|further|similar|previous|repeated|renewed|false|unfounded|widespread|growing|final|greater|greatest|bigger|biggest|real|direct|decisive|equal)\s+$/iu;

/**
 * "to help keep alive their Grand Slam hopes": after a possessive and a name that qualifies it, a cue
 * word in -s is a plural noun ("his Oscar hopes", "their Budget claims"), not a verb whose subject is the name.
 */
const NAME_MODIFIER_BEFORE = /(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;

/** Nouns for a statement whose words a quote may give ("a claim by X that", "Labour's allegations that"). */
const STATEMENT_NOUNS = 'claims?|allegations?|accusations?|suggestions?|assertions?|charges?|warnings?|insistence';
const OWNED_NOUN = new RegExp(`^(?:${STATEMENT_NOUNS})$`, 'i');
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}";
/** A name after a preposition or a verb that takes an object, standing before a statement noun ("at Labour "). */
const OWNER_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:at|of|about|over|against|to|with|on|rejected|dismissed|denied|disputed)\\s+(?:the\\s+)?${NAME}(?:['’]s?)?\\s+$`,
  'u',
);
/** "claims from Conservative leader Michael Howard that …": the owner after the noun, a role before the name allowed. */
const OWNER_AFTER = new RegExp(`^\\s+(?:by|from)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?${NAME}\\s+that\\s`, 'u');
const NOUN_CUES = new RegExp(
  `(?<![\\p{L}])(?:(?:${STATEMENT_NOUNS})\\s+(?:by|from)\\s+((?:\\p{Ll}[\\p{L}'’-]*\\s+|\\p{Lu}[\\p{L}'’-]*\\s+(?=\\p{Ll})){0,4}?${NAME})(?=\\s+that\\s)|(?:${STATEMENT_NOUNS})\\s+(?:by|from)\\s+(${NAME})|(?:at|of|about|over|against|to|with|on|rejected|dismissed|denied|disputed)\\s+(?:the\\s+)?(${NAME})(?:['’]s?)?\\s+(?:${STATEMENT_NOUNS}))\\s+(?:that\\s+)?(?=\\p{L})`,
  'gu',
);

/**
 * "a claim by Peter Hain that the leader is an "attack mongrel"", "hit back at Labour claims he used
 * her as a "human shield"": a statement noun owned by a name reports that name's words, like a cue
 * verb; the last such noun in the text, with the name and where the noun phrase starts, or null.
 */
export function nounCue(text: string): { name: string; index: number; end: number } | null {
  const m = [...text.matchAll(NOUN_CUES)].at(-1);
  return m ? { name: (m[1] ?? m[2] ?? m[3])!, index: m.index, end: m.index + m[0].length } : null;
}

/** "according to X": the X, or null. */
export function accordingTo(text: string): { phrase: string; index: number } | null {
  const m = /\baccording to\s+([^,.;"“”]+)/i.exec(text);
  return m ? { phrase: m[1]!.trim(), index: m.index } : null;
}

/**
 * "The Mac mini was described by Jobs as the "most important Mac"": a passive describing verb with
 * "by X as" right before the quote gives the words to X (the X), or null.
 */
export function describedBy(text: string): string | null {
  return (
    /\b(?:was|were|is|are|has been|have been|had been|being)\s+(?:described|called|labelled|labeled|branded|dubbed|characteri[sz]ed|hailed|dismissed|praised|critici[sz]ed)\s+by\s+([^,;.]{2,60}?)\s+as(?:\s+[^,;."“”]{0,40})?\s*$/i.exec(
      text,
    )?.[1] ?? null
  );
}

/**
 * "the International Air Transport Association (IATA), which has attacked the package as a "…"": a
 * describing verb in a relative clause right before the quote gives the words to the name the clause
 * is about, the capitalised words before ", which" (its initials in brackets left out), or null.
 */
export function describedInRelative(text: string): string | null {
  return (
    /((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.&-]*){0,6})\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:described|called|labelled|labeled|branded|dubbed|characteri[sz]ed|hailed|dismissed|praised|critici[sz]ed|attacked|condemned)\s+(?:[^,;.:"“”]{1,40}?\s+)?as(?:\s+(?:a|an|the))?\s*$/u.exec(
      text,
    )?.[1] ?? null
  );
}

/**
 * "quoted X as saying", "to quote X as saying" or "reports X as saying" (the X); "X was quoted by … as saying" or "X was
 * heard saying" (the X, not the outlet or the listener), with a role or a name set off by commas after it, which the
 * speaker reading takes apart ("Mario Amato, president of …, was quoted as saying"; "The EU's Humanitarian Aid
 * Commissioner, Louis Michel, was quoted as saying"); or null.
 */
export function quotedAsSaying(text: string): string | null {
  const passive =
    /([^,;."“”]{2,60}?(?:,\s+[^,;"“”]{2,90},)?)\s+(?:was|were|is|has been|had been)\s+(?:quoted\b[^.]{0,80}?\bas saying|(?:heard|overheard|recorded|caught|filmed)\s+(?:on [^,;.]{1,30}?\s+)?saying)\b/i.exec(
      text,
    );
  if (passive) return passive[1]!;
  // "Reuters news agency reports a union source as saying": like "quotes", the outlet only passes the words on.
  // A clause of who the source is may part them ("quoted Oil Minister Issam al-Chalabi, who returned Sunday, as saying").
  // "It quoted a spokesman for Atticus Capital complaining that …": the participle after the quoted source is its speech.
  return (
    /\b(?:quot(?:e|es|ed|ing)|reports|reported|cites|cited)\s+(.{2,60}?)(?:,\s+(?:who|whom|which)\s[^,;"“”]{1,60},)?\s+as saying\b/i.exec(text)?.[1] ??
    /\bquot(?:es|ed)\s+(.{2,60}?)\s+(?:saying|complaining|warning|arguing|claiming|insisting|describing)\b/i.exec(text)?.[1] ??
    null
  );
}
