// Writes file.br and file.gz beside every compressible file of the production build, once, at the highest
// levels: the host then sends them as they are to browsers that accept them, instead of compressing per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import process from 'node:process';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root =
  process.argv[2] ?? join(import.meta.dirname, '..', 'dist', 'navlederprogram', 'browser');
// Fonts and images are compressed already; text is what shrinks.
const compressible = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.csv',
  '.ico',
  '.map',
]);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.has(extname(name))) yield path;
  }
}

let raw = 0;
let brotli = 0;
for (const path of files(root)) {
  const content = readFileSync(path);
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gz = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  // A variant that saves little costs a disk read and a header for nothing.
  if (br.length < content.length * 0.9) writeFileSync(`${path}.br`, br);
  if (gz.length < content.length * 0.9) writeFileSync(`${path}.gz`, gz);
  raw += content.length;
  brotli += Math.min(br.length, content.length);
}
process.stdout.write(
  `Compressed ${relative(process.cwd(), root) || '.'}: ${(raw / 1024).toFixed(0)} kB raw, ` +
    `${(brotli / 1024).toFixed(0)} kB with Brotli\n`,
);
