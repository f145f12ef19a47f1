/** A run of text that is in both versions, only in the later one, or only in the earlier one. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Beyond this many word edits the texts have little in common, and a word-by-word comparison
 * would cost more memory than it is worth: the changed middle is shown as replaced whole.
 */
export const MAX_WORD_EDITS = 2_000;

/**
 * Splits text into words, each carrying the blank space before it, so that joining the tokens
 * gives back the text exactly and a changed word does not drag its neighbours' spacing along.
 */
export function tokenizeWords(text: string): string[] {
  return text.match(/\s*\S+|\s+/g) ?? [];
}

/**
 * A readable word-level comparison of two texts: the shortest edit script (Myers 1986, "An O(ND)
 * difference algorithm and its variations"), merged into runs, with each removal shown before the
 * addition that replaces it.
 *
 * @example diffWords('I like tea', 'I like green tea')
 * // [{ kind: 'same', text: 'I like' }, { kind: 'added', text: ' green' }, { kind: 'same', text: ' tea' }]
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const middle = editScript(a.slice(start, endA), b.slice(start, endB));
  const ops: DiffSegment[] = [
    ...a.slice(0, start).map((text) => ({ kind: 'same' as const, text })),
    ...middle,
    ...a.slice(endA).map((text) => ({ kind: 'same' as const, text })),
  ];
  return mergeRuns(ops);
}

function editScript(a: string[], b: string[]): DiffSegment[] {
  const replaced = (): DiffSegment[] => [
    ...a.map((text) => ({ kind: 'removed' as const, text })),
    ...b.map((text) => ({ kind: 'added' as const, text })),
  ];
  if (a.length === 0 || b.length === 0) return replaced();
  const trace = forwardTrace(a, b);
  return trace ? backtrack(a, b, trace) : replaced();
}

/**
 * Myers' forward pass. Before each edit distance d it keeps the furthest-reaching x for the
 * diagonals -d-1..d+1, which is all the backtrack needs; memory grows with d², hence the cap.
 */
function forwardTrace(a: string[], b: string[]): Int32Array[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_WORD_EDITS); d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return trace;
    }
  }
  return null;
}

function backtrack(a: string[], b: string[], trace: Int32Array[]): DiffSegment[] {
  const reversed: DiffSegment[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const snapshot = trace[d]!;
    const furthest = (k: number) => snapshot[k + d + 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && furthest(k - 1) < furthest(k + 1)) ? k + 1 : k - 1;
    const previousX = furthest(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push({ kind: 'same', text: a[x - 1]! });
      x -= 1;
      y -= 1;
    }
    if (d === 0) break;
    if (x === previousX) {
      reversed.push({ kind: 'added', text: b[y - 1]! });
      y -= 1;
    } else {
      reversed.push({ kind: 'removed', text: a[x - 1]! });
      x -= 1;
    }
  }
  return reversed.reverse();
}

/** Joins neighbouring tokens of one kind, and within each changed stretch puts what went before what came. */
function mergeRuns(ops: DiffSegment[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flushChange = () => {
    if (removed) segments.push({ kind: 'removed', text: removed });
    if (added) segments.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const op of ops) {
    if (op.kind === 'removed') removed += op.text;
    else if (op.kind === 'added') added += op.text;
    else {
      flushChange();
      const last = segments[segments.length - 1];
      if (last?.kind === 'same') last.text += op.text;
      else segments.push({ kind: 'same', text: op.text });
    }
  }
  flushChange();
  return segments;
}
