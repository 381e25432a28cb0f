#!/usr/bin/env node
/**
 * Compares two sets of screenshots (the PNGs of `npm run screenshots`) state by state: the share of pixels
 * that changed, the bands of rows where they changed, and a diff image for every changed state.
 *
 *   node scripts/compare-shots.js BEFORE_DIR AFTER_DIR                  table on stdout
 *   node scripts/compare-shots.js BEFORE_DIR AFTER_DIR --out docs/compare
 *       also writes OUT/before/, OUT/after/ (both downscaled), OUT/diff/ (changed states only) and
 *       OUT/results.json
 *   --scale N       downscale the written images N times (default 2: the @2x shots become 375 px wide)
 *   --threshold T   colour distance (0–1, YIQ, as pixelmatch) above which a pixel counts as changed (default 0.1)
 *
 * A state is a file name present in both directories; names only in one are listed as new or gone.
 * Where the heights differ, the rows only one image has count as changed. The written images are 256-colour
 * PNGs (about a third of the size of full colour; the diff is measured on the full-colour originals).
 * Needs only pngjs.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { PNG } = require('pngjs');

/** pixelmatch's YIQ distance between two RGB colours, squared; the largest possible value is 35215. */
const MAX_YIQ_DELTA = 35215;

function yiqDelta(r1, g1, b1, r2, g2, b2) {
  const y = (r1 - r2) * 0.29889531 + (g1 - g2) * 0.58662247 + (b1 - b2) * 0.11448223;
  const i = (r1 - r2) * 0.59597799 - (g1 - g2) * 0.2741761 - (b1 - b2) * 0.32180189;
  const q = (r1 - r2) * 0.21147017 - (g1 - g2) * 0.52261711 + (b1 - b2) * 0.31114694;
  return 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q;
}

/** Blends a pixel onto white (the shots are opaque; this keeps a transparent pixel from reading as black). */
function rgbAt(img, x, y) {
  const k = (y * img.width + x) * 4;
  const a = img.data[k + 3] / 255;
  return [255 + (img.data[k] - 255) * a, 255 + (img.data[k + 1] - 255) * a, 255 + (img.data[k + 2] - 255) * a];
}

/**
 * Pixel diff of two decoded PNGs ({ width, height, data: RGBA }). Compares over the larger width and height;
 * a pixel only one image has counts as changed. Returns the counts, the changed share in percent, a per-pixel
 * mask (1 = changed) and the bands of rows [from, to] (inclusive, in pixels) that hold a change.
 */
function diffImages(a, b, { threshold = 0.1 } = {}) {
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const limit = MAX_YIQ_DELTA * threshold * threshold;
  const mask = new Uint8Array(width * height);
  let changed = 0;
  const rowChanged = new Uint8Array(height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inA = x < a.width && y < a.height;
      const inB = x < b.width && y < b.height;
      let diff = inA !== inB;
      if (inA && inB) {
        const [r1, g1, b1] = rgbAt(a, x, y);
        const [r2, g2, b2] = rgbAt(b, x, y);
        diff = yiqDelta(r1, g1, b1, r2, g2, b2) > limit;
      }
      if (diff) {
        mask[y * width + x] = 1;
        changed += 1;
        rowChanged[y] = 1;
      }
    }
  }
  const bands = [];
  for (let y = 0; y < height; y++) {
    if (!rowChanged[y]) continue;
    const last = bands[bands.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else bands.push([y, y]);
  }
  const total = width * height;
  return { width, height, total, changed, percent: total ? (changed / total) * 100 : 0, mask, bands };
}

/** Box-filter downscale by an integer factor; returns RGB PNG data ({ width, height, data: RGBA }). */
function downscale(img, factor) {
  if (factor <= 1) return img;
  const width = Math.ceil(img.width / factor);
  const height = Math.ceil(img.height / factor);
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let dy = 0; dy < factor && y * factor + dy < img.height; dy++) {
        for (let dx = 0; dx < factor && x * factor + dx < img.width; dx++) {
          const [pr, pg, pb] = rgbAt(img, x * factor + dx, y * factor + dy);
          r += pr;
          g += pg;
          b += pb;
          n += 1;
        }
      }
      const k = (y * width + x) * 4;
      out.data[k] = Math.round(r / n);
      out.data[k + 1] = Math.round(g / n);
      out.data[k + 2] = Math.round(b / n);
      out.data[k + 3] = 255;
    }
  }
  return out;
}

/**
 * The diff image at 1/factor size: the after image (the before where the after has no pixel) faded to light
 * grey, every block that holds a changed pixel in red, and the rows only one image has tinted (orange: only
 * the after has them; blue: only the before).
 */
function diffImage(before, after, diff, factor = 1) {
  const f = Math.max(1, factor);
  const width = Math.ceil(diff.width / f);
  const height = Math.ceil(diff.height / f);
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let hit = false;
      let sum = 0;
      let n = 0;
      for (let dy = 0; dy < f && y * f + dy < diff.height; dy++) {
        for (let dx = 0; dx < f && x * f + dx < diff.width; dx++) {
          const px = x * f + dx;
          const py = y * f + dy;
          if (diff.mask[py * diff.width + px]) hit = true;
          const src = px < after.width && py < after.height ? after : px < before.width && py < before.height ? before : null;
          if (src) {
            const [r, g, b] = rgbAt(src, px, py);
            sum += 0.299 * r + 0.587 * g + 0.114 * b;
            n += 1;
          }
        }
      }
      const grey = n ? Math.round(255 - (255 - sum / n) * 0.25) : 255;
      const sy = y * f;
      const onlyAfter = sy >= before.height && sy < after.height;
      const onlyBefore = sy >= after.height && sy < before.height;
      let rgb = [grey, grey, grey];
      if (hit && !onlyAfter && !onlyBefore) rgb = [230, 20, 40];
      else if (onlyAfter) rgb = [255, Math.round(grey * 0.8), Math.round(grey * 0.5)];
      else if (onlyBefore) rgb = [Math.round(grey * 0.6), Math.round(grey * 0.8), 255];
      const k = (y * width + x) * 4;
      out.data[k] = rgb[0];
      out.data[k + 1] = rgb[1];
      out.data[k + 2] = rgb[2];
      out.data[k + 3] = 255;
    }
  }
  return out;
}

function readPng(file) {
  return PNG.sync.read(fs.readFileSync(file));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * At most 256 colours for an opaque image: the most frequent colours (averaged within 5-bit-per-channel bins)
 * and, for every pixel, the nearest of them (luma-weighted distance). Returns the palette and one index a pixel.
 */
function quantize(img, max = 256) {
  const n = img.width * img.height;
  const bins = new Map();
  for (let p = 0; p < n; p++) {
    const [r, g, b] = [img.data[p * 4], img.data[p * 4 + 1], img.data[p * 4 + 2]];
    const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    const bin = bins.get(key) || [0, 0, 0, 0];
    bin[0] += 1;
    bin[1] += r;
    bin[2] += g;
    bin[3] += b;
    bins.set(key, bin);
  }
  const palette = [...bins.values()]
    .sort((x, y) => y[0] - x[0])
    .slice(0, max)
    .map(([count, r, g, b]) => [Math.round(r / count), Math.round(g / count), Math.round(b / count)]);
  const nearest = new Map();
  const index = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const [r, g, b] = [img.data[p * 4], img.data[p * 4 + 1], img.data[p * 4 + 2]];
    const key = (r << 16) | (g << 8) | b;
    let best = nearest.get(key);
    if (best === undefined) {
      let bestDistance = Infinity;
      palette.forEach(([pr, pg, pb], i) => {
        const d = 3 * (pr - r) ** 2 + 6 * (pg - g) ** 2 + (pb - b) ** 2;
        if (d < bestDistance) [bestDistance, best] = [d, i];
      });
      nearest.set(key, best);
    }
    index[p] = best;
  }
  return { palette, index };
}

/** An opaque image as an 8-bit palette PNG (pngjs writes only grey and full colour). */
function encodePalettePng(img) {
  const { palette, index } = quantize(img);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: palette
  const stride = img.width + 1;
  const raw = Buffer.alloc(stride * img.height);
  for (let y = 0; y < img.height; y++) raw.set(index.subarray(y * img.width, (y + 1) * img.width), y * stride + 1); // filter 0
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', ihdr),
    pngChunk('PLTE', Buffer.from(palette.flat())),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function writePng(file, img) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encodePalettePng(img));
}

function pngNames(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort();
}

/** Compares the two directories; with `out`, writes the downscaled images, the diffs and results.json. */
function compareDirs(beforeDir, afterDir, { out, scale = 2, threshold = 0.1 } = {}) {
  const before = new Set(pngNames(beforeDir));
  const after = new Set(pngNames(afterDir));
  const names = [...new Set([...before, ...after])].sort();
  const rows = [];
  for (const name of names) {
    const state = name.replace(/\.png$/, '');
    if (!before.has(name) || !after.has(name)) {
      const only = before.has(name) ? 'gone' : 'new';
      const img = readPng(path.join(only === 'gone' ? beforeDir : afterDir, name));
      if (out) writePng(path.join(out, only === 'gone' ? 'before' : 'after', name), downscale(img, scale));
      rows.push({ state, status: only, size: `${img.width}×${img.height}` });
      continue;
    }
    const a = readPng(path.join(beforeDir, name));
    const b = readPng(path.join(afterDir, name));
    const d = diffImages(a, b, { threshold });
    const row = {
      state,
      status: d.changed ? 'changed' : 'identical',
      before: `${a.width}×${a.height}`,
      after: `${b.width}×${b.height}`,
      changedPixels: d.changed,
      percent: Number(d.percent.toFixed(2)),
      bands: d.bands.slice(0, 20),
    };
    rows.push(row);
    if (out) {
      writePng(path.join(out, 'before', name), downscale(a, scale));
      writePng(path.join(out, 'after', name), downscale(b, scale));
      if (d.changed) writePng(path.join(out, 'diff', name), diffImage(a, b, d, scale));
    }
  }
  if (out) {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'results.json'), `${JSON.stringify({ threshold, scale, rows }, null, 2)}\n`);
  }
  return rows;
}

function formatRow(r) {
  if (r.status === 'new' || r.status === 'gone') return `${r.state.padEnd(32)} ${r.status.padEnd(9)} ${r.size}`;
  const bands = r.bands.map(([f, t]) => (f === t ? `${f}` : `${f}–${t}`)).join(', ');
  return `${r.state.padEnd(32)} ${r.status.padEnd(9)} ${String(r.percent).padStart(6)} %  ${r.before} → ${r.after}${bands ? `  rows ${bands}` : ''}`;
}

function main(argv) {
  const args = argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const out = opt('--out', undefined);
  const scale = Number(opt('--scale', '2'));
  const threshold = Number(opt('--threshold', '0.1'));
  if (args.length !== 2 || !Number.isInteger(scale) || scale < 1 || !(threshold >= 0 && threshold <= 1)) {
    console.error('usage: node scripts/compare-shots.js BEFORE_DIR AFTER_DIR [--out DIR] [--scale N] [--threshold 0–1]');
    return 2;
  }
  const [beforeDir, afterDir] = args;
  const rows = compareDirs(beforeDir, afterDir, { out, scale, threshold });
  for (const r of rows) console.log(formatRow(r));
  const count = (s) => rows.filter((r) => r.status === s).length;
  console.log(`${rows.length} states: ${count('identical')} identical, ${count('changed')} changed, ${count('new')} new, ${count('gone')} gone`);
  if (out) console.log(`images and results.json in ${out}/`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv);

module.exports = { diffImages, downscale, diffImage, compareDirs, encodePalettePng, quantize };
