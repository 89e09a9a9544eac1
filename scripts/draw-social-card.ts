/**
 * Draws public/social-card.png, the 1200×630 image link previews show for every
 * page (og:image, twitter:image), from the SVG below. One bilingual card serves
 * both languages. Run again after changing it:
 *
 *   npx tsx scripts/draw-social-card.ts
 *
 * Uses sharp (installed with Next.js) and the DejaVu/Liberation fonts of a Debian
 * machine; the PNG is committed, so the app never draws it.
 */
import path from "node:path";
import sharp from "sharp";

const WIDTH = 1200;
const HEIGHT = 630;
const OUT = path.resolve(import.meta.dirname, "../public/social-card.png");

// Colours of the site's theme (app/globals.css).
const BRAND = "#0b4a6f";
const INK = "#17212b";
const MUTED = "#4b5563";
const US = "#1f3f8f";
const MX = "#00613e";
const SURFACE = "#f6f7f9";

/** Height of the arch (a quadratic curve from 0 to 340 through 170, -20) above a point of the deck. */
const archY = (x: number) => 150 - 340 * (x / 340) * (1 - x / 340);

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="100%" height="100%" fill="${SURFACE}"/>
  <rect x="0" y="0" width="${WIDTH}" height="18" fill="${BRAND}"/>
  <g transform="translate(90 120)">
    <path d="M0 150 Q 170 -20 340 150" fill="none" stroke="${BRAND}" stroke-width="14" stroke-linecap="round"/>
    <line x1="-20" y1="150" x2="360" y2="150" stroke="${INK}" stroke-width="10" stroke-linecap="round"/>
    ${[60, 115, 170, 225, 280].map((x) => `<line x1="${x}" y1="150" x2="${x}" y2="${archY(x)}" stroke="${BRAND}" stroke-width="5"/>`).join("")}
    <circle cx="0" cy="150" r="22" fill="${US}"/>
    <circle cx="340" cy="150" r="22" fill="${MX}"/>
    <text x="0" y="215" font-family="DejaVu Sans" font-weight="bold" font-size="26" fill="${US}" text-anchor="middle">U.S.</text>
    <text x="340" y="215" font-family="DejaVu Sans" font-weight="bold" font-size="26" fill="${MX}" text-anchor="middle">MX</text>
  </g>
  <text x="520" y="205" font-family="DejaVu Serif" font-weight="bold" font-size="104" fill="${BRAND}">Puentes</text>
  <text font-family="DejaVu Sans" font-size="34" fill="${INK}">
    <tspan x="524" y="285">U.S.–Mexico collaboration in higher</tspan>
    <tspan x="524" y="330">education, innovation and research</tspan>
  </text>
  <text font-family="DejaVu Sans" font-size="26" fill="${MUTED}" font-style="italic">
    <tspan x="524" y="400">Colaboración México–Estados Unidos en</tspan>
    <tspan x="524" y="438">educación superior, innovación e investigación</tspan>
  </text>
  <line x1="90" y1="520" x2="${WIDTH - 90}" y2="520" stroke="#d9dee4" stroke-width="2"/>
  <text x="90" y="572" font-family="DejaVu Sans" font-size="24" fill="${MUTED}">Organizations · Programs · Meetings · Agreements — every record cites its sources</text>
</svg>`;

await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(OUT);
const { width, height, size } = await sharp(OUT)
  .metadata()
  .then(async (m) => ({ ...m, size: (await import("node:fs")).statSync(OUT).size }));
console.log(`${path.relative(process.cwd(), OUT)}: ${width}×${height}, ${size} bytes`);
