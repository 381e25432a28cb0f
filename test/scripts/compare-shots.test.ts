/**
 * @jest-environment node
 */
/** The screenshot comparison: what counts as changed, where, and that the images it writes read back. */
import fs from 'fs';
import os from 'os';
import path from 'path';

const { PNG } = require('pngjs');
const { diffImages, downscale, compareDirs, encodePalettePng } = require('../../scripts/compare-shots') as {
  diffImages(a: Img, b: Img, o?: { threshold?: number }): { changed: number; total: number; percent: number; bands: Array<[number, number]> };
  downscale(img: Img, factor: number): Img;
  compareDirs(before: string, after: string, o?: { out?: string; scale?: number }): Array<{ state: string; status: string; percent?: number }>;
  encodePalettePng(img: Img): Buffer;
};

interface Img {
  width: number;
  height: number;
  data: Buffer;
}

/** A white image with the given pixels painted. */
function image(width: number, height: number, paint: Array<[number, number, [number, number, number]]> = []): Img {
  const img = new PNG({ width, height }) as Img;
  img.data.fill(255);
  for (const [x, y, [r, g, b]] of paint) img.data.set([r, g, b, 255], (y * width + x) * 4);
  return img;
}

const BLACK: [number, number, number] = [0, 0, 0];

describe('diffImages', () => {
  it('finds nothing between equal images', () => {
    const d = diffImages(image(4, 4, [[1, 1, BLACK]]), image(4, 4, [[1, 1, BLACK]]));
    expect(d.changed).toBe(0);
    expect(d.percent).toBe(0);
    expect(d.bands).toEqual([]);
  });

  it('counts a changed pixel and the band of rows it lies in', () => {
    const d = diffImages(image(4, 4), image(4, 4, [[2, 3, BLACK]]));
    expect(d.changed).toBe(1);
    expect(d.percent).toBeCloseTo(100 / 16);
    expect(d.bands).toEqual([[3, 3]]);
  });

  it('ignores a colour difference below the threshold, not one above it', () => {
    const faint: [number, number, number] = [250, 250, 250];
    expect(diffImages(image(2, 2), image(2, 2, [[0, 0, faint]])).changed).toBe(0);
    expect(diffImages(image(2, 2), image(2, 2, [[0, 0, faint]]), { threshold: 0.01 }).changed).toBe(1);
  });

  it('counts the rows only the taller image has as changed', () => {
    const d = diffImages(image(3, 2), image(3, 4));
    expect(d.changed).toBe(6);
    expect(d.total).toBe(12);
    expect(d.bands).toEqual([[2, 3]]);
  });
});

describe('the written images', () => {
  it('downscale averages each block', () => {
    const small = downscale(image(2, 2, [[0, 0, BLACK]]), 2);
    expect([small.width, small.height]).toEqual([1, 1]);
    expect(small.data[0]).toBe(Math.round((255 * 3) / 4));
  });

  it('a palette PNG reads back with the same pixels when there are few colours', () => {
    const img = image(5, 3, [
      [0, 0, BLACK],
      [4, 2, [200, 30, 40]],
    ]);
    const back = PNG.sync.read(encodePalettePng(img)) as Img;
    expect([back.width, back.height]).toEqual([5, 3]);
    expect(Buffer.compare(back.data, img.data)).toBe(0);
  });

  it('compareDirs pairs states by name and writes before, after and a diff for the changed one', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-shots-'));
    const before = path.join(tmp, 'before');
    const after = path.join(tmp, 'after');
    const out = path.join(tmp, 'out');
    fs.mkdirSync(before);
    fs.mkdirSync(after);
    const write = (dir: string, name: string, img: Img) => fs.writeFileSync(path.join(dir, name), PNG.sync.write(img));
    write(before, 'same.png', image(4, 4));
    write(after, 'same.png', image(4, 4));
    write(before, 'moved.png', image(4, 4));
    write(after, 'moved.png', image(4, 4, [[0, 0, BLACK]]));
    write(after, 'added.png', image(4, 4));
    try {
      const rows = compareDirs(before, after, { out, scale: 2 });
      expect(rows.map((r) => [r.state, r.status])).toEqual([
        ['added', 'new'],
        ['moved', 'changed'],
        ['same', 'identical'],
      ]);
      expect(fs.existsSync(path.join(out, 'diff', 'moved.png'))).toBe(true);
      expect(fs.existsSync(path.join(out, 'diff', 'same.png'))).toBe(false);
      expect(fs.readdirSync(path.join(out, 'after')).sort()).toEqual(['added.png', 'moved.png', 'same.png']);
      const results = JSON.parse(fs.readFileSync(path.join(out, 'results.json'), 'utf8'));
      expect(results.rows.find((r: { state: string }) => r.state === 'moved').percent).toBe(6.25);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
