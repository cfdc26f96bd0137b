import { posix } from 'node:path';
import { InputError, type ParseFile } from '../file.js';
import { zipTexts } from './zip.js';
import { readXml } from './xml.js';
import type { ExtractedText } from './extracted.js';
import { layoutPages, type PageItems, type TextItem } from './page-layout.js';
import { TextBuilder } from './text-builder.js';

/** An element's local name: OFD files write `ofd:Page` or, with a default namespace, `Page`. */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * An OFD (GB/T 33190, the national fixed-layout format: a zip of XML) → its text. `OFD.xml` names
 * each document's `Document.xml`, which lists the pages; each page's `TextObject`s hold
 * `TextCode`s with positions (millimetres, y downwards), laid out like a PDF page (page-layout.ts).
 * @example readOfd(bytes, file).pages // [0, 2210]
 */
export function readOfd(bytes: Uint8Array, file: ParseFile): ExtractedText {
  const xml = zipTexts(bytes, file.path, (n) => n.endsWith('.xml'), 'OFD');
  const get = (path: string): string | undefined => xml.get(path.replace(/^\/+/, ''));
  const root = get('OFD.xml');
  if (root === undefined) throw new InputError(file.path, 'not an OFD: the zip archive holds no OFD.xml');
  const docRoot = textOf(root, 'DocRoot')[0];
  const documentXml = docRoot ? get(docRoot) : undefined;
  if (!docRoot || documentXml === undefined) throw new InputError(file.path, `corrupt OFD: the document ${docRoot ?? '(DocRoot)'} named in OFD.xml is missing`);
  const docDir = posix.dirname(docRoot.replace(/^\/+/, ''));
  const { box, pages } = pagesOf(documentXml);
  const read: PageItems[] = [];
  for (const loc of pages) {
    const path = loc.startsWith('/') ? loc : posix.join(docDir, loc);
    const content = get(path);
    if (content === undefined) throw new InputError(file.path, `corrupt OFD: page ${path} is missing`);
    read.push(pageItems(content, box));
  }
  const out = new TextBuilder();
  layoutPages(read, out);
  return { text: out.text(), meta: {}, layout: out.layout(), pages: out.pages };
}

/** The text content of every element with this local name. */
function textOf(xml: string, name: string): string[] {
  const found: string[] = [];
  let inside = false;
  readXml(xml, {
    open(n) { if (local(n) === name) { inside = true; found.push(''); } },
    close(n) { if (local(n) === name) inside = false; },
    text(t) { if (inside) found[found.length - 1] += t.trim(); },
  });
  return found;
}

/** Document.xml → the default page size (PhysicalBox) and each page's content location, in order. */
function pagesOf(xml: string): { box: [number, number]; pages: string[] } {
  const pages: string[] = [];
  readXml(xml, {
    open(n, a) { if (local(n) === 'Page' && a.BaseLoc) pages.push(a.BaseLoc); },
    close() {},
    text() {},
  });
  const box = textOf(xml, 'PhysicalBox')[0]?.split(/\s+/).map(Number) ?? [0, 0, 210, 297];
  return { box: [box[2] ?? 210, box[3] ?? 297], pages };
}

/** A page's Content.xml → its text items (a TextCode's X and Y are relative to its TextObject's Boundary). */
function pageItems(xml: string, box: [number, number]): PageItems {
  const items: TextItem[] = [];
  let object: { x: number; y: number; size: number; scale: number } | null = null;
  let code: { x: number; y: number; deltas: number[]; str: string } | null = null;
  let pageBox: [number, number] | null = null;
  let inBox = false;
  readXml(xml, {
    open(n, a) {
      const name = local(n);
      if (name === 'PhysicalBox') inBox = true;
      else if (name === 'TextObject') {
        const [x = 0, y = 0] = (a.Boundary ?? '').split(/\s+/).map(Number);
        const ctm = (a.CTM ?? '').split(/\s+/).map(Number);
        // A CTM that only scales (the common case) scales the font; rotated text is left aside below.
        object = { x, y, size: Number(a.Size ?? 0), scale: ctm.length === 6 && !ctm[1] && !ctm[2] ? ctm[3]! : 1 };
      } else if (name === 'TextCode' && object) {
        code = { x: Number(a.X ?? 0), y: Number(a.Y ?? 0), deltas: deltasOf(a.DeltaX ?? ''), str: '' };
      }
    },
    close(n) {
      const name = local(n);
      if (name === 'PhysicalBox') inBox = false;
      else if (name === 'TextObject') object = null;
      else if (name === 'TextCode' && code && object) {
        const o = object as { x: number; y: number; size: number; scale: number };
        const size = o.size * o.scale;
        const width = code.deltas.slice(0, Math.max(0, [...code.str].length - 1)).reduce((s, d) => s + d, 0) + size;
        items.push({ str: code.str, x: o.x + code.x * o.scale, y: o.y + code.y * o.scale, w: width, size });
        code = null;
      }
    },
    text(t) {
      if (code) code.str += t;
      else if (inBox && !pageBox) { const b = t.trim().split(/\s+/).map(Number); if (b.length === 4) pageBox = [b[2]!, b[3]!]; }
    },
  });
  const [width, height] = pageBox ?? box;
  return { width, height, items };
}

/** DeltaX "3.5 3.5 g 3 3.5" → [3.5, 3.5, 3.5, 3.5, 3.5]: "g n d" repeats d n times. */
export function deltasOf(s: string): number[] {
  const parts = s.trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'g') {
      const n = Math.min(10000, Number(parts[i + 1]));
      const d = Number(parts[i + 2]);
      for (let k = 0; k < n; k++) out.push(d);
      i += 2;
    } else out.push(Number(parts[i]));
  }
  return out;
}
