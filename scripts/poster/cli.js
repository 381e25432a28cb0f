#!/usr/bin/env node
/**
 * `npm run poster -- --problem stolen` — writes a print-ready A4 help-desk
 * poster as SVG and PDF (same base name). A thin wrapper: options are checked
 * here and in makePoster (poster.js), both files are made in memory, and only
 * then written. A wrong option writes nothing and exits with code 2.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { makePoster, parseArgs, PosterUsageError, PLACEHOLDER_PREFIX, REPO_ROOT, PROBLEM_IDS, CONCRETE_IDS, CHANNEL_IDS } = require('./poster');

const USAGE = `Usage: npm run poster -- (--problem ID | --channel ID) [--lang zh|en] [--out FILE] [--prefix URL]

  --problem ID   poster for a problem: ${PROBLEM_IDS.join(', ')}
                 or a concrete problem (its plan's first steps; the QR opens its result):
                 ${CONCRETE_IDS.join(', ')}
  --channel ID   poster for a channel: ${CHANNEL_IDS.join(', ')}
  --lang zh|en   poster language (default zh)
  --out FILE     output base name, relative to the folder you run the command from; FILE.svg and FILE.pdf
                 are written (a trailing .svg/.pdf is dropped;
                 an existing folder gets the default file names). Default: posters/<problem|channel>-<id>-<lang>
  --prefix URL   QR URL prefix registered for "扫普通链接二维码打开小程序" (https, no ?query/#fragment,
                 at most 200 characters). Default: env WSN_QR_PREFIX, else scripts/poster/config.json
  --help         this text

Fonts: the PDF needs a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk), or set WSN_POSTER_FONT.
See README.md, section "Help-desk posters".`;

const SPEC = { problem: 'value', channel: 'value', lang: 'value', out: 'value', prefix: 'value', help: 'flag' };

/** Resolves --out to a base path (without extension); throws when its folder does not exist. */
function outputBase(out, options) {
  const defaultName =
    options.problem !== undefined ? `problem-${options.problem}-${options.lang || 'zh'}` : `channel-${options.channel}-${options.lang || 'zh'}`;
  if (out === undefined) {
    const dir = path.join(REPO_ROOT, 'posters');
    return { base: path.join(dir, defaultName), dir, create: true };
  }
  // `npm run` works from the package root; a relative --out means the folder the user typed the command in.
  const resolved = path.resolve(process.env.INIT_CWD || process.cwd(), out);
  const isDir = /[\\/]$/.test(out) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory());
  const dir = isDir ? resolved : path.dirname(resolved);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new PosterUsageError(`--out: the folder ${dir} does not exist (create it first)`);
  }
  const base = isDir ? path.join(resolved, defaultName) : resolved.replace(/\.(svg|pdf)$/i, '');
  return { base, dir, create: false };
}

/** Writes all files or none: each goes to a temporary name first and is renamed at the end. */
function writeAll(files) {
  const temps = [];
  try {
    for (const [file, data] of files) {
      const tmp = `${file}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, data);
      temps.push([tmp, file]);
    }
    for (const [tmp, file] of temps) fs.renameSync(tmp, file);
  } catch (err) {
    for (const [tmp] of temps) fs.rmSync(tmp, { force: true });
    throw err;
  }
}

async function main(argv) {
  const args = parseArgs(argv, SPEC);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const options = { problem: args.problem, channel: args.channel, lang: args.lang, prefix: args.prefix };
  const { base, dir, create } = outputBase(args.out, options);
  const poster = await makePoster(options); // validates everything else; nothing is written before this returns
  if (create) fs.mkdirSync(dir, { recursive: true });
  const svgFile = `${base}.svg`;
  const pdfFile = `${base}.pdf`;
  writeAll([
    [svgFile, poster.svg],
    [pdfFile, poster.pdf],
  ]);
  // Absolute paths: `npm run` works in the repository root, so a path relative to
  // the working directory ("../p.svg") would not be where the user looks.
  console.log(`wrote ${svgFile}`);
  console.log(`wrote ${pdfFile}`);
  console.log(`QR code opens: ${poster.url}`);
  console.log(`short code:    ${poster.code}`);
  if (poster.placeholder) {
    console.error(
      `note: the QR URL uses the placeholder prefix ${PLACEHOLDER_PREFIX}, so the poster is marked as a sample and its QR code ` +
        'will not open the mini program. Pass --prefix or set WSN_QR_PREFIX to a prefix registered in the admin console (README.md, "Help-desk posters").',
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err && (err.name === 'PosterUsageError' || err.name === 'PosterError')) {
      console.error(`poster: ${err.message}`);
      if (err.exitCode === 2) console.error('Run with --help for the options.');
      process.exitCode = err.exitCode;
    } else {
      console.error(err && err.stack ? err.stack : err);
      process.exitCode = 1;
    }
  },
);
