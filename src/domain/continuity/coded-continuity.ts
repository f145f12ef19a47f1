/** The five indices for one person, as `continuityIndices` gives them, with the counts they rest on. */
export interface CodedContinuity {
  contacts: number;
  workers: number;
  upc: number | null;
  coc: number | null;
  secon: number | null;
  mmci: number | null;
  hhi: number | null;
}

/**
 * The same indices as {@link continuityIndices} (UPC with the most frequent worker, COC, SECON,
 * MMCI, HHI; sources beside each index's own function), for contacts given as small integer
 * worker codes already in time order, so that millions of contacts need no object each. Every
 * formula is written exactly as in the per-index functions, so the results are equal to the last
 * bit. `counts` is scratch space longer than the largest code, all zeros; it is left all zeros.
 *
 * @example continuityOfWorkerCodes(Int32Array.of(0, 0, 1, 0, 2), 5, new Int32Array(3)).secon // 0.25
 */
export function continuityOfWorkerCodes(codes: Int32Array, length: number, counts: Int32Array): CodedContinuity {
  const total = length;
  if (total === 0) return { contacts: 0, workers: 0, upc: null, coc: null, secon: null, mmci: null, hhi: null };
  let workers = 0;
  let largest = 0;
  let samePairs = 0;
  for (let index = 0; index < total; index += 1) {
    const code = codes[index]!;
    const count = (counts[code] ?? 0) + 1;
    counts[code] = count;
    if (count === 1) workers += 1;
    if (count > largest) largest = count;
    if (index > 0 && code === codes[index - 1]) samePairs += 1;
  }
  let sumOfSquares = 0;
  for (let index = 0; index < total; index += 1) {
    const code = codes[index]!;
    const count = counts[code]!;
    if (count > 0) {
      sumOfSquares += count * count;
      counts[code] = 0;
    }
  }
  const adjusted = total + 0.1;
  return {
    contacts: total,
    workers,
    upc: largest / total,
    coc: total < 2 ? null : (sumOfSquares - total) / (total * (total - 1)),
    secon: total < 2 ? null : samePairs / (total - 1),
    mmci: (1 - workers / adjusted) / (1 - 1 / adjusted),
    hhi: sumOfSquares / (total * total),
  };
}
