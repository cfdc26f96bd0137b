// Preloaded by bench/run.mjs (`node --import bench/rss-hook.mjs dist/bin/reform-parse.js …`): when the
// process exits, writes its peak resident set size and CPU time — all threads, workers included — to
// $REFORM_PARSE_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.REFORM_PARSE_RSS_FILE;
if (isMainThread && file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRss: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
