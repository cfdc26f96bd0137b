#!/usr/bin/env node
import { run } from '../src/cli/program.js';
import { processIo } from '../src/cli/io.js';

const debug = process.argv.includes('--debug');
run(process.argv.slice(2), processIo()).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`reform-parse: ${err instanceof Error ? err.message : String(err)}\n`);
    if (debug && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
