/**
 * What a name cannot be, judged from the name alone: a word no given name or surname is (an
 * organisation's suffix, an event, a party, a function word such as "No" in "Dr No", a contraction
 * such as "I'd"), an entry of compromise's gazetteer of places and organisations, or a place whose
 * first word is a place prefix ("San Andreas", "Santa Barbara").
 */
import { lexiconTags } from '../text/nlp.js';

/** Words that are never part of a personal name: institutions, firms' suffixes, events, parties, days and months. */
const NON_NAME_WORDS = new RegExp(
  '^(' +
    // Institutions and places of things ("Assistant Secretary for Inter-American Affairs Paul Taylor", "the Star of David Memorial Gardens").
    'Affairs|Relations|Memorial|Gardens|Cemetery|Library|Theatre|Theater|Prison|Academy|Cathedral|' +
    'Day|Christmas|Easter|Government|Assembly|Parliament|Division|Army|College|University|School|Institute|Department|Committee|Council|Court|House|Senate|Congress|Street|Avenue|' +
    'Party|Church|Hospital|Center|Centre|Agency|Office|Administration|Administrations|Ministry|Association|Union|Foundation|Museum|Society|' +
    // Newspapers' own words ("The Asahi Shimbun said", "the Rugby Gazette", "Berliner Zeitung"): Shimbun and Zeitung are
    // Japanese and German for newspaper; the news agency ("told Reuters Sanchez is …"). Grounds ("at Rodney Parade").
    'Times|Post|News|Journal|Shimbun|Zeitung|Gazette|Tribune|Reuters|Reuter|Act|Era|Square|Island|River|Valley|Airport|Station|Stadium|Parade|Hotel|County|Province|' +
    // Local government's places ("the Chester Township property south of Timmins").
    'Township|Borough|Parish|Prefecture|' +
    // Waters ("North Sea Brent").
    'Sea|Ocean|Strait|Straits|Canal|' +
    // Arabic words of places ("the Shatt al-Arab waterway", "Wadi Halfa").
    'Shatt|Wadi|' +
    // Firms: the suffixes and trades that end a company's name.
    'Company|Corporation|Co|Corp|Inc|Ltd|Limited|Plc|PLC|Llc|LLC|Cos|NV|AG|GmbH|SpA|Bhd|Pty|Group|Bank|Bancorp|Bancshares|Bankshares|Savings|Finance|Securities|Brothers|Bros|Partners|Associates|Holdings|Worldwide|' +
    'Railroad|Railway|Mining|Mines|Chemicals|Pharmaceuticals|Laboratories|Utilities|Federal|National|Companies|System|Construction|Conference|' +
    'Industries|Enterprises|Petroleum|Resources|Services|Aircraft|Motors|Airlines|Airways|Systems|Technologies|Communications|' +
    'Electronics|Networks|Software|Wireless|Telecom|Capital|Markets|Financial|Insurance|Investments|Trust|Fund|Exchange|International|' +
    'Entertainment|Studios|Pictures|Films|Film|Productions|Records|Music|Media|Television|Televisions|' +
    'Pharma|Brewery|Breweries|Motor|Aerospace|Interiors|Restaurant|Restaurants|Management|Index|' +
    'Printing|Publishing|Broadcasting|Shipping|Textiles|Foods|Stores|Products|' +
    // Trades no surname is ("Kelley Oil", "Interstate Properties", "B. Dalton Bookseller", "Asahi Chemical"); not Steel, Mills, Gold or Power.
    'Oil|Oils|Grain|Gas|Energy|Refining|Drilling|Exploration|Tobacco|Properties|Realty|Bookseller|Booksellers|Labs|Metals|Chemical|Medical|Paper|Air|' +
    // More trades and products ("Bob Evans Farms", "Brent Crude", "Lawrence Berkeley Laboratory", "Stanley Works").
    // Places and products named like people ("Myra Falls" mine, "Charles City", "Duncan Hines Ready-to-Serve Cookies").
    'Mine|Falls|City|Heirs|Cookies|' +
    'Laboratory|Store|Buses|Cellars|Consultants|Advisors|Merchants|Farms|Futures|Information|Program|Programme|Lighting|Lights|Sawmill|Research|Interests|' +
    'Crude|Blend|Leisure|Wholesale|Works|Springs|Monitor|Network|Pacific|Cinema|Techniques|Volksbank|Utd|Milk|Dairy|Dairies|' +
    // Mutual insurers and guaranty banks ("Celina Mutual", "Morgan Guaranty"), a union's German ("IG Metall"), resorts
    // ("Walt Disney World Village") and the Netherlands in Dutch ("Rabobank Nederland"). Not "Radio": "Radio Monte Carlo"
    // would leave "Monte Carlo" a person.
    'Mutual|Guaranty|Metall|World|Village|Nederland|' +
    // Fellowships, a budget's terms and a brand's ("Lawyers' Christian Fellowship", "Exchequer Borrowing Requirement",
    // "Flora Lite").
    'Fellowship|Requirement|Requirements|Lite|' +
    // A firm's own words in the languages of Europe ("Banca Commerciale Italiana", "Gruppo Ferruzzi", "Usines
    // Renault").
    'Banca|Banco|Banque|Gruppo|Groupe|Usines|Compagnie|Compania|Sociedad|Societe|' +
    // Desks and jobs capitalised before a name in wire copy ("Trading James Melton", "Budget James Miller").
    'Trading|Planning|Budget|Accountant|Delegate|' +
    // Sentence adverbs that open a line before a list of names ("Meanwhile, Paul Brizzel and Anna Boyle reached …").
    'Meanwhile|However|Nevertheless|Moreover|Furthermore|Elsewhere|Instead|Otherwise|Therefore|Shops|' +
    // Banks' words in other languages ("Banque Nationale de Paris", "Credit Suisse", "Westdeutsche Landesbank Girozentrale").
    'Banque|Societe|Société|Generale|Générale|Credit|Suisse|Handelsbank|Handelsgesellschaft|Landesbank|Girozentrale|Financiere|Financière|Barclays|' +
    // Bodies, charities, clubs and events named like people ("Christian Aid", "Preston Harriers", "the Adam Smith Lecture").
    'Commission|Institution|Authority|Authorities|Federation|Organization|Organisation|Organizations|Organisations|Aid|Harriers|Lecture|Rally|' +
    // Policies and pacts named after a person ("a new Marshall Plan", "the Plaza Accord", "the Truman Doctrine").
    'Plan|Plans|Doctrine|Accord|Accords|Treaty|Amendment|Protocol|' +
    // A cleric's style before the name ("the Rt Rev Michael Scott-Joynt", "Reverend Peter Smith"), no part of it.
    'Reverend|Rev|Revd|Rt|' +
    // "Shadow leader of the Commons Oliver Heald": the House, not a name.
    'Commons|' +
    // Bodies' plural members ("the Association of Chief Police Officers"): no one's name.
    'Police|Officers|Directors|Ministers|Members|Governors|Commissioners|Workers|Employees|Shareholders|Investors|' +
    // Shows, prizes and contests.
    'Show|Awards|Award|Cup|Open|Championship|Championships|Marathon|Festival|Olympic|Olympics|Games|League|Diaries|' +
    // Parties and their members.
    'Republican|Republicans|Democrat|Democrats|Democratic|Dem|Dems|Labour|Tory|Tories|' +
    // Creeds and movements, written capitalised as adjectives ("Probe launched on Ken Nazi jibe").
    'Nazi|Nazis|Fascist|Fascists|Communist|Communists|Marxist|Marxists|Socialist|Socialists|Zionist|Zionists|Islamist|Islamists|' +
    // Faiths and their followers ("the Roman Catholic archbishop of Sao Paulo").
    'Catholic|Catholics|Protestant|Protestants|Muslim|Muslims|Moslem|Moslems|Islamic|Jewish|Anglican|Anglicans|Methodist|Presbyterian|Lutheran|Evangelical|Orthodox|Hindu|Buddhist|' +
    'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December' +
    ')$',
);

/** Fields and trades whose names end in -ics, which end firms' names. */
const FIELD_IN_ICS =
  /^(?:Econometrics|Economics|Dynamics|Graphics|Analytics|Robotics|Logistics|Genetics|Optics|Informatics|Diagnostics|Therapeutics|Plastics|Ceramics|Cosmetics|Mechanics|Physics|Photonics|Avionics|Semantics|Systemics)$/;

/** compromise's tags of words that are never names: interjections ("No"), determiners, prepositions, pronouns, numbers ("Million Dollar Baby"). */
const CLOSED_CLASS = new Set([
  'Expression',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Copula',
  'Negative',
  'Cardinal',
  'Ordinal',
]);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);
const PLACE_PREFIX = /^(San|Santa|Santo|Sao|São|Los|Las|St|Saint|Ste|Fort|Port|Mount|Lake)$/;

/** True when a capitalised word may stand in a personal name. */
export function isNameWord(word: string): boolean {
  // "Chase Econometrics", "General Dynamics": a field's or a trade's word in -ics names a firm, not a person (not
  // "Petrovics", a Hungarian surname).
  if (NON_NAME_WORDS.test(word) || FIELD_IN_ICS.test(word)) return false;
  // "Electric COrp", "Carmel Container SYstems": a firm's word with a second capital struck by mistake.
  if (/^\p{Lu}{2}\p{Ll}+$/u.test(word) && NON_NAME_WORDS.test(word[0] + word.slice(1).toLowerCase())) return false;
  // "I'd", "We'll": a contraction, not an Irish surname such as O'Connor.
  if (/^\p{Lu}['’](d|ll|ve|re|m)$/u.test(word)) return false;
  return !lexiconTags(word).some((t) => CLOSED_CLASS.has(t));
}

/** True when compromise's lexicon knows a word or name as a place ("France", "Great Britain"). */
export function isKnownPlace(name: string): boolean {
  return lexiconTags(name).some((t) => PLACE_TAGS.has(t));
}

/**
 * Names no one in a story answers to: banks, brokers and audit firms named after their founders, often
 * written with no "& Co" that would show a firm ("working with Morgan Stanley"), which compromise's
 * gazetteer lacks; the placeholders for anyone; heroes of fiction; a tournament.
 */
const FIRMS_NAMED_LIKE_PEOPLE = new Set([
  'Morgan Stanley',
  'Merrill Lynch',
  'Arthur Andersen',
  'Arthur Young',
  'Price Waterhouse',
  'Dean Witter',
  'Paine Webber',
  'Smith Barney',
  'Kidder Peabody',
  'Drexel Burnham',
  'Shearson Lehman',
  'Morgan Grenfell',
  'Hoare Govett',
  'James Capel',
  'JP Morgan',
  'RJ Reynolds',
  'Chase Manhattan',
  'McDonnell Douglas',
  'Drexel Burnham Lambert',
  'Burnham Lambert',
  // The US mortgage agencies, known by their nicknames.
  'Freddie Mac',
  'Fannie Mae',
  'Ginnie Mae',
  'Sallie Mae',
  'Doyle Dane Bernbach',
  'Grieveson Grant',
  'Alex Brown',
  'Dean Witter Reynolds',
  'Dillon Read',
  'Donaldson Lufkin',
  'Piper Jaffray',
  'Richardson Greenshields',
  'Samuel Montagu',
  'Wertheim Schroder',
  'Touche Ross',
  'Grant Thornton',
  'Hughes Tool',
  'Walt Disney',
  // Houses of fashion and trade named after their founders ("brands including … Louis Vuitton", "Bookmaker William Hill").
  'Louis Vuitton',
  'Levi Strauss',
  'Laura Ashley',
  'Anne Klein',
  'William Hill',
  'Diamond Shamrock',
  // Heroes of fiction, who open and close the names of their books, films and shows as well ("Harry Potter and the
  // Goblet of Fire", "Billy Elliot the Musical").
  ...['Harry Potter', 'James Bond', 'Mary Poppins', 'Robert Langdon', 'Luke Skywalker', 'Forrest Gump', 'Bridget Jones'],
  ...['Willy Wonka', 'Peter Pan', 'Billy Elliot', 'Lara Croft', 'Sherlock Holmes', 'Indiana Jones', 'Darth Vader'],
  ...['Frodo Baggins', 'Austin Powers', 'Homer Simpson', 'Bart Simpson', 'Jason Bourne', 'Hannibal Lecter', 'Oliver Twist'],
  ...['Ebenezer Scrooge', 'Jack Sparrow', 'Tony Soprano', 'Basil Fawlty', 'David Brent', 'Alan Partridge', 'Vicky Pollard'],
  // A tournament known by its ground's namesake ("Roland Garros will be his main target", the French Open).
  'Roland Garros',
  // Placeholders the law and the press use for anyone ("so-called "John Doe" defendants").
  'John Doe',
  'Jane Doe',
  'Richard Roe',
  'Joe Bloggs',
]);

/** True when a name of two or more words is a known organisation or place, or begins with a place prefix ("San Luis Obispo"; "Mr San" alone may be a person). */
export function isKnownNonPerson(name: string): boolean {
  if (!name.includes(' ')) return false;
  // Also in the plural, as a role's players are ("the three Billy Elliots").
  const known = FIRMS_NAMED_LIKE_PEOPLE.has(name) || FIRMS_NAMED_LIKE_PEOPLE.has(name.replace(/s$/, ''));
  if (PLACE_PREFIX.test(name.split(' ')[0]!) || known || isPlacesPeople(name)) return true;
  return lexiconTags(name).some((t) => t === 'Organization' || PLACE_TAGS.has(t));
}

/**
 * Whether a name is the people of a place of two words or more that the lexicon knows ("The Sri Lankan cabinet",
 * "Costa Ricans", "a New Zealander"), which reads like a given name and a surname.
 */
function isPlacesPeople(name: string): boolean {
  const place = /ns?$/.test(name) ? name.replace(/ns?$/, '') : /ers?$/.test(name) ? name.replace(/ers?$/, '') : '';
  return place.includes(' ') && isKnownPlace(place);
}

/** True when a word can begin a place's name ("San", "Fort"), so a given name after it is part of a place ("San Jose"). */
export function isPlacePrefix(word: string): boolean {
  return PLACE_PREFIX.test(word);
}

/** True when compromise's lexicon knows a name as a country ("France"). */
export function isCountry(name: string): boolean {
  return lexiconTags(name).includes('Country');
}

/** Nouns for one person of a people that the lexicon does not know as demonyms. */
const NATIONAL_NOUN = /^(?:Briton|Scot|Finn|Pole|Serb|Turk|Kiwi|(?:French|Dutch|Irish|English|Welsh|Scots|Scotch)(?:wo)?man)$/u;

/** True for a noun for one of a people that the lexicon does not know as a demonym ("Briton", "Scot", "Welshman"). */
export function isNationalNoun(word: string): boolean {
  return NATIONAL_NOUN.test(word);
}

/** True when compromise's lexicon knows a word as a nationality ("French", "Irish"), which is capitalised wherever it stands. */
export function isDemonym(word: string): boolean {
  return lexiconTags(word).includes('Demonym');
}
