import type { ParseFile } from '../file.js';
import { firstNonBlank, linesOfText, type Line } from './lines.js';
import type { MappedText } from './mapped-text.js';
import { comparable, comparableLength, comparableShingles, signature, similarity } from './minhash.js';

/** "篇一:" "篇十二:" "第三篇:" at a line start: one article of a compilation. */
const ARTICLE_MARKER = /^\s*(?:篇[一二三四五六七八九十百]{1,4}|第[一二三四五六七八九十百\d]{1,4}篇)\s*[:：]/;

/**
 * Near-duplicate threshold on the estimated Jaccard similarity of 5-gram sets. Measured on the
 * fixtures and generated variants (test/clean/articles.test.ts, MinHash estimates):
 * - seed 002's 篇七 against 篇五 (other metadata, no covering notice, breaks and dashes): 0.977
 *   (exact Jaccard 0.965); its 19 other pairs of different articles: at most 0.016;
 * - generated re-posts (other title and dates, no covering notice, breaks moved, 80—100):
 *   0.91–0.98, the lowest for short plans, where the missing notice weighs most;
 * - two different generated plans of one city and year (same title, intro, headings and stock
 *   phrases): 0.24–0.38; a plan against its revision with half of the tasks new: up to 0.62.
 * Grey zone, where set similarity cannot tell a revision from a re-post: one task in three new
 * scores 0.61–0.73, one in five 0.75–0.83, one in ten 0.86–0.91; those above the threshold are merged.
 */
export const NEAR_DUPLICATE = 0.7;

export interface Article { first: number; last: number; start: number; end: number }

/**
 * Finds the repeated articles of a compilation (篇一 … 篇七): an article identical to an earlier
 * one apart from its marker is a `duplicate-article`; one that differs only in metadata, line
 * breaks or dashes is a `near-duplicate` with its similarity. Returns the text ranges to drop
 * (the later copy, marker line included); the first copy is kept.
 */
export function findRepeatedArticles(text: MappedText, file: ParseFile): Array<[number, number]> {
  const lines = linesOfText(text);
  const articles = splitArticles(lines, text.length);
  if (articles.length < 2) return [];
  // Each article's comparable body and layout (below) are a copy of the text: on a large
  // compilation they are made for the pair being compared, not all kept at once. Their lengths
  // and signatures are kept; a signature reads only the body's first MAX_CHARS units.
  // Loops, not map() (docs/speed.md, the fourth round: arrays made by map()).
  const raw: string[] = [];
  const lengths: number[] = [];
  for (const a of articles) {
    raw.push(text.text.slice(lines[a.first]!.end, a.end));
    lengths.push(comparableLength(raw[raw.length - 1]!));
  }
  const hasPeer = peersByLength(lengths);
  // Only an article with another of about its length can have a near-duplicate: sign only those
  // (lengths sorted, so the check is linear after the sort), and an exact copy (the same text) once.
  const signed = new Map<string, Uint32Array>();
  const sigs: Array<Uint32Array | null> = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    let sig: Uint32Array | null = null;
    if (lengths[i]! >= 50 && hasPeer[i]) {
      sig = signed.get(r) ?? null;
      if (!sig) signed.set(r, sig = signature(comparableShingles(r)));
    }
    sigs.push(sig);
  }
  signed.clear();
  // Identical means line for line, indentation and blank lines aside: a re-post whose lines
  // break elsewhere is a near-duplicate (similarity 1), not a duplicate. Equal layouts have
  // equal bodies (white space is no part of either), so a length apart rules both out.
  let current = -1, currentBody = '', currentLayout = '';
  const same = (i: number, j: number, of: (r: string) => string, mine: () => string) => lengths[i] === lengths[j] && mine() === of(raw[j]!);
  const body = () => (currentBody ||= comparable(raw[current]!));
  const layoutOfCurrent = () => (currentLayout ||= layoutOf(raw[current]!));
  const drop: Array<[number, number]> = [];
  // Each article is compared with the earlier kept ones that share a band of its signature, not
  // with all of them: a text of thousands of "篇N:" markers must not cost their square.
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < articles.length; i++) {
    const sig = sigs[i];
    if (!lengths[i] || !sig) continue;
    current = i; currentBody = ''; currentLayout = '';
    const keys = bandKeys(sig);
    const candidates: number[] = [];
    for (const key of keys) for (const j of buckets.get(key) ?? []) candidates.push(j);
    candidates.sort((x, y) => x - y);
    let kept = true;
    for (let c = 0, compared = 0; c < candidates.length && compared < MAX_CANDIDATES; c++) {
      const j = candidates[c]!;
      if (j === candidates[c - 1]) continue;
      compared++;
      const a = articles[i]!, b = articles[j]!;
      const exact = same(i, j, layoutOf, layoutOfCurrent);
      const sim = exact || same(i, j, comparable, body) ? 1 : similarity(sig, sigs[j]!);
      if (!exact && sim < NEAR_DUPLICATE) continue;
      const span = text.sourceRange(a.start, a.end);
      const of = text.sourceRange(b.start, b.end);
      file.copy(exact
        ? { kind: 'duplicate-article', span, of, similarity: 1 }
        : { kind: 'near-duplicate', span, of, similarity: Math.round(sim * 1000) / 1000 });
      drop.push([a.start, a.end]);
      kept = false;
      break;
    }
    if (!kept) continue;
    for (const key of keys) {
      const list = buckets.get(key);
      if (!list) buckets.set(key, [i]);
      else if (list.length < PER_BAND) list.push(i);
    }
  }
  return drop;
}

/** An article's lines trimmed, blank ones left out: what "identical" compares. */
function layoutOf(raw: string): string {
  return raw.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

/** For each length, whether another length is within the ratio a near-duplicate can have (0.6). */
function peersByLength(lengths: number[]): boolean[] {
  const order = lengths.map((n, i) => [n, i] as const).sort((a, b) => a[0] - b[0]);
  const out = lengths.map(() => false);
  for (let k = 0; k < order.length; k++) {
    const [n, i] = order[k]!;
    const prev = order[k - 1]?.[0], next = order[k + 1]?.[0];
    out[i] = (prev !== undefined && prev >= n * 0.6) || (next !== undefined && n >= next * 0.6);
  }
  return out;
}

/**
 * Locality-sensitive hashing of signatures: 32 bands of 4 rows. Two articles at the threshold
 * (0.7) share at least one band with probability 1 − (1 − 0.7⁴)³² ≈ 0.9998; at 0.3, 0.23.
 */
const BANDS = 32;
/**
 * Earlier kept articles remembered per band, and compared per article, lowest first: a
 * compilation has a few dozen articles, and a real copy shares about eight bands with its first.
 */
const PER_BAND = 8;
const MAX_CANDIDATES = 64;

function bandKeys(sig: Uint32Array): string[] {
  const rows = sig.length / BANDS;
  return Array.from({ length: BANDS }, (_, b) => `${b}:${sig.subarray(b * rows, (b + 1) * rows).join(',')}`);
}

function splitArticles(lines: readonly Line[], length: number): Article[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A marker opens with 篇 or 第 (blanks aside).
    const c = firstNonBlank(lines[i]!.text);
    if ((c === 0x7bc7 || c === 0x7b2c) && ARTICLE_MARKER.test(lines[i]!.text)) starts.push(i);
  }
  return starts.map((first, k) => {
    const nextFirst = starts[k + 1];
    const last = nextFirst === undefined ? lines.length - 1 : nextFirst - 1;
    const end = nextFirst === undefined ? length : lines[nextFirst]!.start;
    return { first, last, start: lines[first]!.start, end };
  });
}
