// Prints the gzipped size of the built app's JavaScript and CSS (what a delegate's browser downloads before the
// first screen; fonts come after, per unicode range). Run after `npm run build`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../target/classes/static/', import.meta.url).pathname;

function filesUnder(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let files;
try {
  files = filesUnder(root).filter((path) => /\.(js|css)$/.test(path));
} catch {
  console.error(`No build found in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let raw = 0;
let gzipped = 0;
for (const path of files.sort()) {
  const content = readFileSync(path);
  const compressed = gzipSync(content, { level: 9 }).length;
  raw += content.length;
  gzipped += compressed;
  console.log(`${relative(root, path).padEnd(40)} ${kib(content.length).padStart(10)} ${kib(compressed).padStart(10)} gzip`);
}
console.log(`${'total JS + CSS'.padEnd(40)} ${kib(raw).padStart(10)} ${kib(gzipped).padStart(10)} gzip`);
