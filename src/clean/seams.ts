import type { ParseFile } from '../file.js';
import { MappedText, MappedTextBuilder } from './mapped-text.js';
import { isBlank, linesOfText, type Line } from './lines.js';

const CHUNK_START = /^(?<n>\d{1,3})、/;
const SENTENCE_END = /[。!！?？;；:：」』”"）)]\s*$/;

/**
 * Doc-sharing sites cut a document into chunks, each printed on a line of its own that starts
 * with "N、" (N = 1, 2, 3 … in order), cutting words and numbers at the seams: "共计1" +
 * "3、0.4846万人". A run of such lines that are long and often end mid-sentence is a chunk
 * sequence: the numbers go, and each seam is joined back without a break.
 * Real "1、" outline items rarely qualify: they restart per parent, their lines end with a title
 * or a full stop, and they differ in length where a site's chunks are all of one size.
 *
 * @example repairSeams(MappedText.identity('1、共计1\n\n2、0.4万人,占94%。\n\n3、完成。'), file).text
 * // '共计10.4万人,占94%。完成。'
 */
export function repairSeams(text: MappedText, file: ParseFile): MappedText {
  const lines = linesOfText(text);
  const runs = chunkRuns(lines);
  if (!runs.length) return text;
  const b = new MappedTextBuilder(text);
  let at = 0;
  for (const run of runs) {
    run.forEach((li, k) => {
      const line = lines[li]!;
      const number = CHUNK_START.exec(line.text)![0];
      const contentStart = line.start + number.length;
      if (k === 0) {
        b.keep(at, line.start);
      } else {
        // Join: drop the break (and any blank lines) between the previous chunk and this one.
        const prev = lines[run[k - 1]!]!;
        b.keep(at, prev.end);
        const seam = text.sourceRange(prev.end - 1, contentStart + 1);
        file.info('chunk-seam-repaired', `page chunk ${number} removed and its text joined to chunk ${k}`, seam);
      }
      file.copy({ kind: 'boilerplate', span: text.sourceRange(line.start, contentStart), note: `page-chunk number ${number}` });
      at = contentStart;
    });
  }
  b.keep(at, text.length);
  return b.build();
}

/** Runs of consecutive lines numbered 1, 2, 3 … that look like page chunks. */
function chunkRuns(lines: readonly Line[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  const flush = () => { if (isChunkRun(current, lines)) runs.push(current); current = []; };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (isBlank(t)) continue;
    // "N、" opens the line: its first character is a digit.
    const c = t.charCodeAt(0);
    const m = c >= 0x30 && c <= 0x39 ? CHUNK_START.exec(t) : null;
    const n = m ? Number(m.groups!.n) : 0;
    if (m && n === current.length + 1) { current.push(i); continue; }
    flush();
    if (m && n === 1) current.push(i);
  }
  flush();
  return runs;
}

/** How far a chunk's length may stray from the others' (a site counts characters, bytes or words). */
const LENGTH_TOLERANCE = 0.1;

function isChunkRun(run: number[], lines: readonly Line[]): boolean {
  if (run.length < 3) return false;
  const lengths = run.map((i) => lines[i]!.text.length);
  const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  if (average < 120) return false;
  // Sites cut at a fixed size (003: 300 characters, 004: 252), so every chunk but the last is as
  // long as the others; the items of a real outline, even long ones that end mid-sentence
  // ("…责任单位:市卫健委"), vary.
  const full = run.slice(0, -1).map((i) => lines[i]!.text.trim().replace(CHUNK_START, '').length).sort((a, b) => a - b);
  const median = full[full.length >> 1]!;
  if (full[0]! < median * (1 - LENGTH_TOLERANCE) || full[full.length - 1]! > median * (1 + LENGTH_TOLERANCE)) return false;
  let midSentence = 0;
  for (let k = 0; k + 1 < run.length; k++) if (!SENTENCE_END.test(lines[run[k]!]!.text)) midSentence++;
  return midSentence >= Math.max(1, Math.floor((run.length - 1) / 3));
}
