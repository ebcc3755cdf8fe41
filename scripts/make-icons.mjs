// Draws the add-in's icon (a chip with pins and a rising bar chart) as PNGs at the sizes the manifest
// names. Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { deflateSync } from "zlib";
import { writeFileSync } from "fs";

const SIZES = [16, 32, 64, 80, 128];
const SS = 4; // supersampling for smooth edges

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

// Shapes in a unit square; the first that contains a point colours it.
const TEAL = [0, 120, 140];
const PIN = [90, 110, 120];
const WHITE = [255, 255, 255];
const AMBER = [255, 185, 0];
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
function colourAt(x, y) {
  // bars of a rising chart on the die
  const bars = [
    [0.32, 0.62],
    [0.45, 0.5],
    [0.58, 0.38],
  ];
  for (const [bx, top] of bars) if (x >= bx && x <= bx + 0.1 && y >= top && y <= 0.7) return bx > 0.5 ? AMBER : WHITE;
  if (inRoundRect(x, y, 0.2, 0.2, 0.8, 0.8, 0.08)) return TEAL;
  // pins on all four sides
  for (const p of [0.3, 0.45, 0.6]) {
    const q = p + 0.1;
    if (x >= p && x <= q && ((y >= 0.06 && y < 0.2) || (y > 0.8 && y <= 0.94))) return PIN;
    if (y >= p && y <= q && ((x >= 0.06 && x < 0.2) || (x > 0.8 && x <= 0.94))) return PIN;
  }
  return null;
}

for (const size of SIZES) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = colourAt((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size, rgba));
}
console.log(`wrote assets/icon-{${SIZES.join(",")}}.png`);
