/** A deterministic stream of pseudo-random numbers: the same seed and stream keys give the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the entries, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A count drawn from a Poisson distribution with this (small) mean. */
  poisson(mean: number): number;
  /** A value drawn from a normal distribution with this mean and standard deviation. */
  normal(mean: number, sd: number): number;
}

/**
 * An sfc32 generator (Chris Doty-Humphrey's Small Fast Counting generator, as in PractRand),
 * keyed by a seed and a list of stream numbers. Each record family draws from its own stream,
 * so adding a draw in one place does not shift every value generated after it.
 *
 * @example const random = createRandom(7, STREAM.person, 42); random.int(1, 6);
 */
export function createRandom(seed: number, ...stream: number[]): Random {
  const words = [seed, ...stream];
  // Four independently salted hashes fill the 128-bit state, so distinct keys rarely share a stream.
  let a = hashWords(0x01, words);
  let b = hashWords(0x02, words);
  let c = hashWords(0x03, words);
  let d = hashWords(0x04, words);
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i += 1) uint32();
  return withHelpers(uint32);
}

function withHelpers(uint32: () => number): Random {
  const next = () => uint32() / 4_294_967_296;
  return {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new RangeError('Cannot choose from an empty list.');
      return last[0];
    },
    poisson: (mean) => {
      // Knuth's method: fine for the small means used here (a few events a week).
      const limit = Math.exp(-mean);
      let count = -1;
      for (let product = 1; product > limit; product *= next()) count += 1;
      return count;
    },
    // Box–Muller; 1 − next() is never 0, so the logarithm is always finite.
    normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

function hashWords(salt: number, words: readonly number[]): number {
  let h = fmix32(salt ^ 0x9e3779b9);
  for (const word of words) {
    // Fold in words wider than 32 bits too, so large seeds and indexes stay distinct.
    h = fmix32(Math.imul(h ^ (word >>> 0), 0x85ebca6b) ^ Math.floor(word / 4_294_967_296));
  }
  return h | 0;
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function fmix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
