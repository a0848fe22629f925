/**
 * A small reader of the PDFs pdfkit writes, for tests: the text drawn on each page, in page order,
 * one line per text operation. Fonts are embedded TrueType subsets (Type0, Identity-H): each
 * two-byte glyph code is turned back into text through the font's ToUnicode map.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\n/g;
  for (let m = header.exec(text); m !== null; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('stream\n', start);
    const endObj = text.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endObj) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const raw = pdf.subarray(streamAt + 7, streamAt + 7 + length);
      objects.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
      header.lastIndex = streamAt + 7 + length;
    } else {
      objects.set(Number(m[1]), { dict: text.slice(start, endObj) });
    }
  }
  return objects;
}

const ref = (dict: string, key: string): number | undefined => {
  const found = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return found ? Number(found[1]) : undefined;
};

/** Glyph code → text, from a ToUnicode CMap (bfrange with arrays or a start value, and bfchar). */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string): string => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const start = parseInt(entry[1], 16);
      const end = parseInt(entry[2], 16);
      if (entry[3].startsWith('[')) {
        [...entry[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((value, i) => map.set(start + i, hexText(value[1])));
      } else {
        const first = parseInt(entry[3].slice(1, -1), 16);
        for (let code = start; code <= end; code++) map.set(code, String.fromCodePoint(first + code - start));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(entry[1], 16), hexText(entry[2]));
    }
  }
  return map;
}

/** The text drawn on each page, in page order, one line per text operation. */
export function pageTexts(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const dictOf = (id: number | undefined): string => (id === undefined ? '' : (objects.get(id)?.dict ?? ''));
  const pages = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = [...(pages?.dict.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((k) =>
    Number(k[1]),
  );
  const fontMaps = new Map<number, Map<number, string>>();
  const fontMap = (fontId: number): Map<number, string> => {
    let map = fontMaps.get(fontId);
    if (!map) {
      const cmap = objects.get(ref(dictOf(fontId), 'ToUnicode') ?? -1)?.stream?.toString('latin1') ?? '';
      map = toUnicode(cmap);
      fontMaps.set(fontId, map);
    }
    return map;
  };
  return kids.map((kid) => {
    const page = dictOf(kid);
    const resources = dictOf(ref(page, 'Resources'));
    const fonts = new Map(
      [...(/\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)].map((f) => [
        f[1],
        Number(f[2]),
      ]),
    );
    const ops = objects.get(ref(page, 'Contents') ?? -1)?.stream?.toString('latin1') ?? '';
    const lines: string[] = [];
    let map = new Map<number, string>();
    for (const op of ops.matchAll(/\/(\S+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[-\d.\s])*)\]\s*TJ/g)) {
      if (op[1] !== undefined) {
        map = fontMap(fonts.get(op[1]) ?? -1);
        continue;
      }
      let line = '';
      for (const hex of op[2].matchAll(/<([0-9a-f]*)>/g)) {
        for (let i = 0; i + 4 <= hex[1].length; i += 4)
          line += map.get(parseInt(hex[1].slice(i, i + 4), 16)) ?? '\ufffd';
      }
      lines.push(line);
    }
    return lines.join('\n');
  });
}
