#!/usr/bin/env node
// Checks a Preuve round archive against its manifest, with nothing but Node.js (18 or later) and
// its standard library: no Preuve, no network, no package.
//
//   node verify.mjs                 the folder this script is in (the unzipped archive)
//   node verify.mjs <folder>        an unzipped archive elsewhere
//   node verify.mjs <archive.zip>   the ZIP itself, read without unzipping it
//
// Every file listed in manifest.json is re-hashed (SHA-256) in the listed order; the first one
// missing or different is named and the exit code is 1. The frozen submission manifest inside
// manifest.json is re-hashed as Preuve hashed it when the round was submitted (canonical JSON),
// each evidence file must carry the hash that manifest froze, and each sworn declaration's JSON
// must hash to the declaration's recorded hash. Exit 0 means intact; the submission hash printed
// last is the one Preuve shows for the round, which ties the archive to what was submitted.
// Exit codes: 0 intact, 1 a file or hash differs, 2 the archive cannot be read at all.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createInflateRaw } from 'node:zlib';

export const ARCHIVE_FORMAT = 'preuve-round-archive';
/** Files the archive carries beside those manifest.json lists. */
const UNLISTED = new Set(['manifest.json', 'verify.mjs']);

/** Canonical JSON as Preuve computes it: keys sorted, no white space, undefined members dropped. */
export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

class Unreadable extends Error {}

/** An unzipped archive: a folder. */
async function folderSource(root) {
  const names = [];
  async function walk(folder) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else names.push(relative(root, path).split(sep).join('/'));
    }
  }
  await walk(root);
  return {
    names,
    open: (name) => createReadStream(join(root, ...name.split('/'))),
    read: (name) => readFile(join(root, ...name.split('/'))),
    close: async () => undefined,
  };
}

/** A ZIP file read in place: its central directory (ZIP64 included), then each entry by offset. */
async function zipSource(path) {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  const read = async (position, length) => {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    if (bytesRead !== length) throw new Unreadable(`${path} is truncated`);
    return buffer;
  };
  const tailLength = Math.min(size, 65_557);
  const tail = await read(size - tailLength, tailLength);
  let end = -1;
  for (let index = tailLength - 22; index >= 0; index--) {
    if (tail.readUInt32LE(index) === 0x06054b50) {
      end = index;
      break;
    }
  }
  if (end < 0) throw new Unreadable(`${path} is not a ZIP file (no end of central directory)`);
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50)
      throw new Unreadable(`${path}: ZIP64 locator missing`);
    const record = await read(Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.readUInt32LE(0) !== 0x06064b50) throw new Unreadable(`${path}: ZIP64 end record missing`);
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  const directory = await read(directoryOffset, directorySize);
  const entries = new Map();
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (directory.readUInt32LE(at) !== 0x02014b50) throw new Unreadable(`${path}: damaged central directory`);
    const method = directory.readUInt16LE(at + 10);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let localOffset = directory.readUInt32LE(at + 42);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = directory.readUInt16LE(extra);
      const length = directory.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = Number(directory.readBigUInt64LE(field));
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(directory.readBigUInt64LE(field));
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = Number(directory.readBigUInt64LE(field));
      }
      extra += 4 + length;
    }
    if (!name.endsWith('/')) entries.set(name, { method, compressedSize, uncompressedSize, localOffset });
    at = extraEnd + commentLength;
  }
  if (method8Unsupported(entries))
    throw new Unreadable(`${path}: an entry uses a compression method other than store or deflate`);
  const dataStart = async (entry) => {
    const local = await read(entry.localOffset, 30);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new Unreadable(`${path}: damaged local header`);
    return entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  };
  const openEntry = async (name) => {
    const entry = entries.get(name);
    const start = await dataStart(entry);
    if (entry.compressedSize === 0) return Readable.from([]);
    const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1 });
    return entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  };
  return {
    names: [...entries.keys()],
    open: openEntry,
    async read(name) {
      const chunks = [];
      for await (const chunk of await openEntry(name)) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    close: () => handle.close(),
  };
}

function method8Unsupported(entries) {
  return [...entries.values()].some((entry) => entry.method !== 0 && entry.method !== 8);
}

/** SHA-256 and size of a stream, read once; `onBytes(n)` after each chunk. */
async function hashStream(stream, onBytes) {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of await stream) {
    hash.update(chunk);
    size += chunk.length;
    onBytes(chunk.length);
  }
  return { sha256: hash.digest('hex'), size };
}

function safeName(name) {
  return (
    typeof name === 'string' &&
    name !== '' &&
    !name.startsWith('/') &&
    !name.split('/').some((part) => part === '..' || part === '')
  );
}

/**
 * Verifies the archive at `target` (a folder or a .zip). Resolves to { ok, checked, problem?,
 * manifestSha256?, unexpected } and never throws for a damaged archive (ok: false, problem says
 * what). `onProgress({ path, files, checked, bytes, totalBytes })` is called as files are hashed.
 */
export async function verifyArchive(target, { onProgress } = {}) {
  let source;
  try {
    source = (await stat(target)).isDirectory() ? await folderSource(target) : await zipSource(target);
  } catch (error) {
    return {
      ok: false,
      unreadable: true,
      checked: 0,
      unexpected: [],
      problem: `cannot read ${target}: ${error.message}`,
    };
  }
  try {
    return await verifySource(source, onProgress);
  } finally {
    await source.close();
  }
}

async function verifySource(source, onProgress) {
  const fail = (checked, problem, file) => ({ ok: false, checked, problem, file, unexpected: [] });
  if (!source.names.includes('manifest.json'))
    return { ...fail(0, 'manifest.json is missing', 'manifest.json'), unreadable: true };
  let manifest;
  try {
    manifest = JSON.parse((await source.read('manifest.json')).toString('utf8'));
  } catch (error) {
    return fail(0, `manifest.json is not valid JSON (${error.message})`, 'manifest.json');
  }
  if (manifest?.format !== ARCHIVE_FORMAT || !Array.isArray(manifest.files) || typeof manifest.submission !== 'object')
    return fail(0, `manifest.json is not a ${ARCHIVE_FORMAT} manifest`, 'manifest.json');

  // The frozen submission manifest must still hash to the submission's hash.
  const { manifest: frozen, manifestSha256 } = manifest.submission;
  if (sha256(canonicalJson(frozen)) !== manifestSha256)
    return fail(
      0,
      'manifest.json: the submission manifest no longer hashes to submission.manifestSha256',
      'manifest.json',
    );
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  for (const evidence of frozen.evidence ?? []) {
    const file = manifest.files.find(
      (candidate) => candidate.kind === 'evidence' && candidate.evidenceId === evidence.id,
    );
    if (!file || file.sha256 !== evidence.sha256)
      return fail(
        0,
        `manifest.json: evidence ${evidence.proofCode} v${evidence.version} of the submission is not listed with its frozen hash`,
        file?.path ?? 'manifest.json',
      );
  }

  const present = new Set(source.names);
  let checked = 0;
  let bytes = 0;
  const totalBytes = manifest.files.reduce((sum, file) => sum + (Number(file.size) || 0), 0);
  const report = (path) => onProgress?.({ path, files: manifest.files.length, checked, bytes, totalBytes });
  for (const file of manifest.files) {
    if (!safeName(file.path))
      return fail(checked, `manifest.json lists an unsafe path ${JSON.stringify(file.path)}`, 'manifest.json');
    report(file.path);
    if (!present.has(file.path)) return fail(checked, `${file.path} is missing`, file.path);
    const actual = await hashStream(source.open(file.path), (length) => {
      bytes += length;
      report(file.path);
    });
    if (actual.sha256 !== file.sha256 || actual.size !== file.size)
      return fail(
        checked,
        `${file.path} differs: expected sha256 ${file.sha256} (${file.size} bytes), found ${actual.sha256} (${actual.size} bytes)`,
        file.path,
      );
    if (file.kind === 'declaration-json') {
      const declaration = JSON.parse((await source.read(file.path)).toString('utf8'));
      const recorded = (frozen.declarations ?? []).find((entry) => entry.id === declaration.id);
      if (!recorded || sha256(canonicalJson(declaration)) !== recorded.sha256)
        return fail(
          checked,
          `${file.path}: the declaration no longer hashes to the hash the submission recorded`,
          file.path,
        );
    }
    checked++;
  }
  report(null);
  const unexpected = source.names.filter((name) => !listed.has(name) && !UNLISTED.has(name)).sort();
  return { ok: true, checked, manifestSha256, round: manifest.round, unexpected };
}

/**
 * Prints the verdict of verifyArchive as `node verify.mjs` does: problems through `warn` (standard
 * error by default), the rest through `log`. Answers the exit code: 0 intact, 1 a file or hash
 * differs, 2 the archive cannot be read at all.
 */
export function printVerdict(result, { log = console.log, warn = console.error } = {}) {
  if (!result.ok) {
    warn(`NOT INTACT: ${result.problem}`);
    if (result.file) warn(`first differing file: ${result.file}`);
    return result.unreadable ? 2 : 1;
  }
  for (const name of result.unexpected) log(`note: ${name} is not part of the archive (ignored)`);
  log(`intact: ${result.checked} file(s) match manifest.json`);
  log(
    `submission manifest sha256 ${result.manifestSha256} (round ${result.round}): compare it with the one Preuve shows`,
  );
  return 0;
}

async function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const target = process.argv[2] ?? here;
  process.exitCode = printVerdict(await verifyArchive(target));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
