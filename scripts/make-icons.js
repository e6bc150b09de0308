// Draws the add-in's icons (assets/icon-<size>.png): a white "B" on a green rounded tile with two
// ledger rules, antialiased by supersampling, encoded as PNG with zlib. No image library needed.
// Run `node scripts/make-icons.js` after changing the drawing; the PNGs are committed.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

// 16/32/80: ribbon buttons; 32: IconUrl; 64: HighResolutionIconUrl; 128: store listings.
const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x1b, 0x7f, 0x4b];
const WHITE = [0xff, 0xff, 0xff];
const RULE = [0x9f, 0xd8, 0xb5];

// ---- the drawing, in unit coordinates (0..1, y down) -------------------------------------------

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** A "D": a rectangle from `left` to `mid` closed on the right by a half disc. */
function inD(x, y, left, mid, top, bottom) {
  const r = (bottom - top) / 2;
  if (y < top || y > bottom || x < left) return false;
  if (x <= mid) return true;
  return (x - mid) ** 2 + (y - (top + r)) ** 2 <= r * r;
}

/** One bowl of the B: a D with a D-shaped hole, stroke `t` thick. */
function inBowl(x, y, left, mid, top, bottom, t) {
  return inD(x, y, left, mid, top, bottom) && !inD(x, y, left + t, mid, top + t, bottom - t);
}

const STROKE = 0.115;
const LEFT = 0.3;
const TOP = 0.2;
const BOTTOM = 0.8;
const MIDDLE = 0.49;

function inLetterB(x, y) {
  const stem = x >= LEFT && x <= LEFT + STROKE && y >= TOP && y <= BOTTOM;
  const upper = inBowl(x, y, LEFT, 0.53, TOP, MIDDLE + STROKE / 2, STROKE);
  const lower = inBowl(x, y, LEFT, 0.56, MIDDLE - STROKE / 2, BOTTOM, STROKE);
  return stem || upper || lower;
}

/** Colour at a point, or null outside the tile (transparent). */
function paint(x, y) {
  if (!inRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.18)) return null;
  if (inLetterB(x, y)) return WHITE;
  // Two faint ledger rules to the right of the letter, where a ledger's columns would be.
  const rule = (ry) => y >= ry && y <= ry + 0.035 && x >= 0.8 && x <= 0.9;
  if (rule(0.36) || rule(0.6)) return RULE;
  return GREEN;
}

/** RGBA pixels, each the average of n x n samples. */
function render(size) {
  const n = size <= 32 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = paint((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (a > 0) {
        // Colour averaged over the covered samples only (straight, not premultiplied, alpha).
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
        pixels[at + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return pixels;
}

// ---- PNG encoding (RFC 2083): signature, IHDR, one IDAT, IEND ------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods: all 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { SIZES, encodePng, render };
