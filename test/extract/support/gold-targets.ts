/**
 * Runs findTargets over the seeds' annotated passages and scores the result with the rule of
 * ../shared/eval/score.mjs: a prediction matches a gold target when the value is equal, the unit
 * is equal (or contained in the gold unit) and the texts overlap (containment, or a common run of
 * at least 4 characters), matched greedily in document order, same-text pairs first.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MappedText } from '../../../src/clean/mapped-text.js';
import { normalize } from '../../../src/clean/normalize.js';
import { type FoundTarget, findTargets } from '../../../src/extract/targets.js';

export const SHARED = process.env.REFORM_SHARED ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared');

export interface GoldTarget { text: string; comparator: string; value: number | null; unit: string | null; metric?: string }

/** The part of a seed that its gold annotates, cut into the paragraphs a task would hold. */
/** `year` is the gold's plan year, which the pipeline passes on as meta.year. */
export interface Passage { seed: string; summary: boolean; year: number; paragraphs: string[] }

const seedLines = (name: string) => readFileSync(join(SHARED, 'seeds', name), 'utf8').split('\n');
const fold = (s: string) => normalize(MappedText.identity(s)).text;
/** Lines first..last (1-based, inclusive), one paragraph per non-empty line. */
const byLine = (name: string, first: number, last: number) =>
  seedLines(name).slice(first - 1, last).map((l) => fold(l.trim())).filter(Boolean);

export const PASSAGES: Record<string, Passage> = {
  // 篇五 (the 2022 work plan): from its marker line to the line before 篇六.
  '002': { seed: '002_7e0141a670851b08.txt', summary: false, year: 2022, paragraphs: byLine('002_7e0141a670851b08.txt', 151, 332) },
  // The first copy of the notice; the repeat from line 135 is a page copy.
  '001': { seed: '001_4edbabae3d3fd24f.txt', summary: false, year: 2021, paragraphs: byLine('001_4edbabae3d3fd24f.txt', 1, 132) },
  // The body is chunks "1、"…"8、" whose seams split words; the gold gives them joined.
  '004': {
    seed: '004_3812cddb85e44d70.txt', summary: false, year: 2020,
    paragraphs: [fold(seedLines('004_3812cddb85e44d70.txt').slice(21, 36).map((l) => l.replace(/^\d+、/u, '')).join(''))],
  },
  '003': { seed: '003_09a931be29d38281.txt', summary: true, year: 2010, paragraphs: byLine('003_09a931be29d38281.txt', 1, 62) },
  '000': { seed: '000_f3ba9b0d468b1710.txt', summary: false, year: 2021, paragraphs: byLine('000_f3ba9b0d468b1710.txt', 1, 340) },
};

export function goldTargets(seed: string): GoldTarget[] {
  return JSON.parse(readFileSync(join(SHARED, 'eval', 'gold', `${seed}.gold.json`), 'utf8')).targets ?? [];
}

export function predict(p: Passage): FoundTarget[] {
  return p.paragraphs.flatMap((text) => findTargets(text, { summary: p.summary, year: p.year }));
}

const norm = (s: string | null | undefined) => fold(String(s ?? '')).replace(/[\s*]+/gu, '');
function overlap(a: string, b: string): boolean {
  a = norm(a); b = norm(b);
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  for (let len = Math.min(a.length, b.length, 6); len >= 4; len--) {
    for (let i = 0; i + len <= a.length; i++) if (b.includes(a.slice(i, i + len))) return true;
  }
  return false;
}
const fits = (g: GoldTarget, p: FoundTarget) => (g.value ?? null) === (p.value ?? null)
  && (norm(g.unit) === norm(p.unit) || (norm(p.unit) !== '' && norm(g.unit).includes(norm(p.unit))))
  && overlap(g.text, p.text);

export interface Score { tp: number; gold: number; pred: number; p: number; r: number; f1: number; comparatorAcc: number | null;
  missed: GoldTarget[]; spurious: FoundTarget[]; wrongComparator: Array<[GoldTarget, FoundTarget]> }

export function score(gold: GoldTarget[], pred: FoundTarget[]): Score {
  const used = new Set<number>();
  const pairs: Array<[GoldTarget, FoundTarget]> = [];
  const left: GoldTarget[] = [];
  for (const g of gold) {
    const j = pred.findIndex((p, i) => !used.has(i) && norm(g.text) === norm(p.text) && fits(g, p));
    if (j >= 0) { used.add(j); pairs.push([g, pred[j]]); } else left.push(g);
  }
  const missed: GoldTarget[] = [];
  for (const g of left) {
    const j = pred.findIndex((p, i) => !used.has(i) && fits(g, p));
    if (j >= 0) { used.add(j); pairs.push([g, pred[j]]); } else missed.push(g);
  }
  const tp = pairs.length;
  const p = pred.length ? tp / pred.length : gold.length ? 0 : 1;
  const r = gold.length ? tp / gold.length : 1;
  const wrongComparator = pairs.filter(([g, q]) => g.comparator !== q.comparator);
  return {
    tp, gold: gold.length, pred: pred.length, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0,
    comparatorAcc: tp ? (tp - wrongComparator.length) / tp : null,
    missed, spurious: pred.filter((_, i) => !used.has(i)), wrongComparator,
  };
}
