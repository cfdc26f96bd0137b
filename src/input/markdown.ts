import type { Processor } from 'unified';
import { lazy } from '../lazy.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  ordered?: boolean;
  start?: number | null;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const unified = lazy<typeof import('unified')>('unified');
const remarkParse = lazy<typeof import('remark-parse')>('remark-parse');
const remarkGfm = lazy<typeof import('remark-gfm')>('remark-gfm');
let processor: Processor | undefined;
/** GFM for its tables; single-tilde strikethrough is off, or "2021~2025年" would lose its tildes. */
function parser(): Processor {
  processor ??= unified().unified().use(remarkParse().default).use(remarkGfm().default, { singleTilde: false }) as unknown as Processor;
  return processor;
}
// One tag at a time; [^<>] keeps a run of unclosed "<" linear.
const TAG = /<[^<>]*>/g;
const LIST_MARKER = /^\s*(?:[-*+]|(?<ordered>\d{1,9}[.)]))/;

/**
 * Markdown → plain text: headings, paragraphs, list items (with their markers, which carry the
 * outline) and table rows (cells separated by a tab) as lines; link targets and images dropped.
 * @example markdownToText('## 一、总体要求\n\n1. [见附件](a.doc)') // '一、总体要求\n1.见附件'
 */
export function markdownToText(markdown: string): string {
  const tree = parser().parse(markdown) as MdNode;
  const lines: string[] = [];
  block(tree, markdown, lines);
  return lines.join('\n');
}

function block(node: MdNode, src: string, lines: string[]): void {
  switch (node.type) {
    case 'root': case 'blockquote': case 'list':
      for (const c of node.children ?? []) block(c, src, lines);
      return;
    case 'listItem': {
      const marker = listMarker(node, src);
      const before = lines.length;
      for (const c of node.children ?? []) block(c, src, lines);
      if (marker && lines.length > before) lines[before] = marker + lines[before];
      return;
    }
    case 'heading': case 'paragraph': {
      const text = inline(node).trim();
      if (text) lines.push(...text.split('\n'));
      return;
    }
    case 'table':
      for (const row of node.children ?? []) lines.push((row.children ?? []).map((cell) => inline(cell).trim()).join('\t'));
      return;
    case 'code':
      if (node.value) lines.push(...node.value.split('\n'));
      return;
    case 'html': {
      const text = (node.value ?? '').replace(TAG, '').trim();
      if (text) lines.push(text);
      return;
    }
    default:
      return;
  }
}

function inline(node: MdNode): string {
  switch (node.type) {
    case 'text': case 'inlineCode': return node.value ?? '';
    case 'break': return '\n';
    case 'image': case 'imageReference': case 'footnoteReference': return '';
    case 'html': return (node.value ?? '').replace(TAG, '');
    default: return (node.children ?? []).map(inline).join('');
  }
}

/** The marker as written ("1." "1)" "-"), read back from the source: remark keeps only the number. */
function listMarker(item: MdNode, src: string): string {
  const start = item.position?.start.offset;
  const first = item.children?.[0]?.position?.start.offset;
  if (start === undefined || first === undefined) return '';
  // Bullets carry no numbering; ordered markers are kept so the outline sees them. A GFM task
  // checkbox ("- [ ] ") sits between the marker and the text and is not part of the marker.
  return LIST_MARKER.exec(src.slice(start, first))?.groups?.ordered ?? '';
}
