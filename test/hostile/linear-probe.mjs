/**
 * Times parse() on one hostile generator at n and SCALE·n, in a process of its own, and prints one
 * JSON line: { ratio, limit, detail }. linear.test.ts runs it as
 * `node --single-threaded-gc --expose-gc linear-probe.mjs <generator name>`. `--parse <module>`
 * times the parse() that module exports instead of the built one, and `--expect square` measures
 * again while the ratio is under the limit, not over it (the test that the probe fails a square
 * uses both).
 *
 * Why a process of its own, with the garbage collector on the main thread: CPU time of the whole
 * process counts V8's concurrent GC threads, whose work varies with how the heap happens to grow
 * and with how busy the other core is — inside the test runner's worker, whose heap holds every
 * earlier test's modules, a linear parse measured 3.06× at 2n on a busy CI machine; in a fresh
 * process with single-threaded GC, 1.85–1.98× here. And a full collection before each timing,
 * untimed: without it the small document's parse after a large one paid for collecting the large
 * one's garbage, 50–100 ms on a 150 ms parse, at random.
 *
 * Times the built parse() (dist/, which `npm test` builds first), as the CLI tests run dist/bin.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GENERATORS } from './generators.mjs';

const args = parseArgs({ allowPositionals: true, options: { parse: { type: 'string' }, expect: { type: 'string', default: 'linear' } } });
const expectSquare = args.values.expect === 'square';
/** @type {typeof import('../../dist/src/parse.js').parse} */
const { parse } = await import(args.values.parse ? pathToFileURL(args.values.parse).href : '../../dist/src/parse.js');

/** The scale between the two sizes timed: linear costs SCALE×, a square SCALE²× (16×). */
const SCALE = 4;
/**
 * Between the two, nearer the square: the whole pipeline, linear, measures 4–7× at 4n here — more
 * than 4 where the larger document crosses a step (a heap grown, a cache outgrown) — and a square
 * 16×. A cost of n·(1 + x·n) fails once its square part x·n costs as much as the rest at n
 * (4·(1 + 4x)/(1 + x) = 10 at x = 1): the share the 2n test's limit of 3 caught, with the room for
 * noise that test lacked (at n and 2n a linear parse measured 3.06× on a busy CI machine). The
 * last attempt doubles n, and with it that share. The square of square-parse.mjs, most of the time
 * at n, measures 14.4–15.2× in the suite.
 */
const LIMIT = 10;
/** CPU milliseconds the smaller document must take for the ratio to mean anything. */
const MIN_MS = 60;
/** Timings of the large size, each between two of the small one. */
const TIMINGS = 3;
/** CPU milliseconds of parses that warm up the JIT before anything is timed. */
const WARM_MS = 300;

/**
 * A full collection, untimed, where the process allows one (linear.test.ts passes --expose-gc):
 * otherwise a small document's parse pays for collecting the garbage the large one before it left.
 */
const collect = /** @type {{ gc?: () => void }} */ (globalThis).gc ?? (() => {});

/**
 * CPU time, in milliseconds, of parsing `input`, from a collected heap.
 * @param {string} input
 * @param {import('./generators.mjs').Generator['format']} format
 */
function cpuMs(input, format) {
  collect();
  const before = process.cpuUsage();
  parse(input, { inputFormat: format });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** @param {number[]} values */
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];

const g = GENERATORS.find((candidate) => candidate.name === args.positionals[0]);
if (!g) {
  console.error(`linear-probe: no generator named ${JSON.stringify(args.positionals[0])}`);
  process.exit(2);
}
/**
 * CPU time of parsing a document of n units, warm: the median of three after one untimed parse
 * that compiles code for its paths and grows the heap to its size — the first parse at a new size,
 * some 1.5–2× slower, would stop the growth below at a size that takes half of MIN_MS.
 * @param {number} n
 */
function warmMs(n) {
  const input = g.make(n);
  parse(input, { inputFormat: g.format });
  return median([cpuMs(input, g.format), cpuMs(input, g.format), cpuMs(input, g.format)]);
}

// Warmed up first: in a fresh process the first parses run before the JIT has optimised the
// pipeline, two to three times slower, and would stop the growth below at a size too small.
for (let spent = 0, runs = 0; runs < 5 || spent < WARM_MS; runs++) spent += cpuMs(g.make(g.n), g.format);
// Grown until the small one takes a measurable time: below MIN_MS a busy machine's noise is the ratio.
let n = g.n;
while (n < 16 * g.n && warmMs(n) < MIN_MS) n *= 2;
let ratio = expectSquare ? 0 : Infinity, detail = '';
// Measured again before failing: one noisy run (a busy core, a slow spell of the host) is no
// square — nor, with --expect square, no line. The last try doubles the size: a square costs SCALE²
// at every size, while a step at one size (the heap growing past a threshold between n and
// SCALE·n) does not repeat at 2n.
for (let attempt = 0; attempt < 3 && (expectSquare ? ratio < LIMIT : ratio >= LIMIT); attempt++) {
  if (attempt === 2 && !expectSquare) n *= 2;
  const small = g.make(n), large = g.make(SCALE * n);
  // Timed in turn, small, large, small, …, small: each large timing against the mean of the small
  // ones either side of it, and the median of those TIMINGS ratios. This machine's speed drifts by
  // up to 2× over seconds (a shared host): a timing's neighbours ran at about its speed, where the
  // medians of each size taken apart compared timings seconds apart. The first large parse, which
  // grows the heap, or one run slowed by a busy core, is no square.
  const smallMs = [cpuMs(small, g.format)], largeMs = [], ratios = [];
  for (let run = 0; run < TIMINGS; run++) {
    largeMs.push(cpuMs(large, g.format));
    smallMs.push(cpuMs(small, g.format));
    ratios.push(largeMs[run] / Math.max((smallMs[run] + smallMs[run + 1]) / 2, 1));
  }
  ratio = median(ratios);
  const a = median(smallMs), b = median(largeMs);
  detail = `${small.length} chars: ${a.toFixed(0)} ms, ${large.length} chars: ${b.toFixed(0)} ms`;
}
console.log(JSON.stringify({ ratio, limit: LIMIT, detail }));
