import type { Meta } from '../schema/document.js';

/**
 * Labels of the metadata that government sites and document-sharing sites print around an
 * article. `strong` labels exist only as site chrome; generic ones ("时间", "大小") are chrome only
 * near other chrome or with a machine-like value. `field` says which meta field a value feeds.
 */
export interface MetaLabel { label: string; strong: boolean; field?: keyof Meta | 'dateWritten' | 'datePublished' | 'source' }

export const META_LABELS: readonly MetaLabel[] = [
  { label: '索引号', strong: true }, { label: '发布机构', strong: true, field: 'issuer' }, { label: '发文机关', strong: true, field: 'issuer' },
  { label: '制定机关', strong: true, field: 'issuer' }, { label: '发文单位', strong: true, field: 'issuer' }, { label: '发布单位', strong: true, field: 'issuer' },
  { label: '公开方式', strong: true }, { label: '组配分类', strong: true }, { label: '主题分类', strong: true }, { label: '体裁分类', strong: true },
  { label: '服务对象', strong: true }, { label: '公开范围', strong: true }, { label: '公开时限', strong: true }, { label: '所属主题', strong: true },
  { label: '发文字号', strong: true, field: 'docNumber' }, { label: '文号', strong: false, field: 'docNumber' }, { label: '字号', strong: false, field: 'docNumber' },
  { label: '成文时间', strong: true, field: 'dateWritten' }, { label: '成文日期', strong: true, field: 'dateWritten' },
  { label: '发文日期', strong: true, field: 'dateWritten' }, { label: '印发日期', strong: true, field: 'dateWritten' },
  { label: '公布日期', strong: true, field: 'datePublished' }, { label: '发布日期', strong: true, field: 'datePublished' },
  { label: '发布时间', strong: false }, { label: '发表时间', strong: true, field: 'datePublished' }, { label: '施行日期', strong: true }, { label: '生效日期', strong: true }, { label: '废止日期', strong: true },
  { label: '公文时效', strong: true }, { label: '时效性', strong: true }, { label: '效力等级', strong: true }, { label: '有效性', strong: true },
  { label: '信息来源', strong: true, field: 'source' }, { label: '文章来源', strong: true, field: 'source' }, { label: '来源', strong: false },
  { label: '责任编辑', strong: true }, { label: '编辑', strong: false }, { label: '作者', strong: false }, { label: '审核', strong: false },
  { label: '浏览量', strong: true }, { label: '浏览次数', strong: true }, { label: '点击数', strong: true }, { label: '阅读量', strong: true },
  { label: '访问量', strong: true }, { label: '下载次数', strong: true }, { label: '上传人', strong: true }, { label: '上传者', strong: true },
  { label: '文档编号', strong: true }, { label: '上传时间', strong: true }, { label: '格式', strong: false }, { label: '页数', strong: false },
  { label: '大小', strong: false }, { label: 'ID', strong: false }, { label: '时间', strong: false }, { label: '日期', strong: false },
  { label: '文件下载', strong: true }, { label: '附件下载', strong: true }, { label: '相关附件', strong: true }, { label: '相关热词搜索', strong: true },
  { label: '推荐访问', strong: true }, { label: '相关推荐', strong: true }, { label: '相关阅读', strong: true }, { label: '相关链接', strong: true },
  { label: '分享到', strong: true }, { label: '标签', strong: false }, { label: '关键词', strong: false }, { label: '主题词', strong: false },
  // The title and class rows of a gov metadata table ("标　　题：", "名称：", "分类："): labels only with their colon.
  { label: '标题', strong: false }, { label: '名称', strong: false }, { label: '分类', strong: false },
];

const byLabel = new Map(META_LABELS.map((l) => [l.label, l]));
// Longest labels first so that "发文字号" wins over "字号" and "上传时间" over "时间".
const alternation = [...byLabel.keys()].sort((a, b) => b.length - a.length).join('|');
/** A label at a token start, as "label:", "label :", "【label】" or "索引号 value". */
const LABEL_AT = new RegExp(`(?:^|(?<=[\\s|【\\[]))(?<label>${alternation})(?:\\s*[:】\\]]|\\s+(?=\\S))`, 'g');

/** A label within a line's first three characters: where {@link LABEL_AT} can find the first pair of a metadata line. */
const LABEL_OPENING = new RegExp(`^[\\s\\S]{0,2}(?:${alternation})`);

/**
 * Can this line open with a label ("发布机构:…", "【字号】…", "| 索引号 …")? One anchored test that
 * spares the full scan of {@link labelledValues} on the lines of the text itself.
 */
export function mayOpenWithLabel(line: string): boolean {
  return LABEL_OPENING.test(line);
}

export interface LabelledValue { label: MetaLabel; value: string; index: number; bracketed: boolean }

/**
 * The "label: value" pairs of one line, in order.
 * @example labelledValues('发文字号: 阿卫健法规字〔2021〕162号 成文时间: 2021-06-21')
 * // [{label 发文字号, value '阿卫健法规字〔2021〕162号'}, {label 成文时间, value '2021-06-21'}]
 */
export function labelledValues(line: string): LabelledValue[] {
  const hits: Array<{ label: MetaLabel; index: number; valueStart: number; bracketed: boolean }> = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(line); m; m = LABEL_AT.exec(line)) {
    const label = byLabel.get(m.groups!.label!)!;
    // "索引号 1529…" (no colon) is chrome only for labels no sentence uses.
    if (!label.strong && !/[:】\]]/.test(m[0])) continue;
    const bracketed = line[m.index - 1] === '【' || line[m.index - 1] === '[';
    hits.push({ label, index: m.index - (bracketed ? 1 : 0), valueStart: m.index + m[0].length, bracketed: bracketed && /[】\]]/.test(m[0]) });
  }
  // Pushed, not mapped (docs/speed.md, the fourth round: arrays made by map()).
  const pairs: LabelledValue[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    pairs.push({ label: h.label, index: h.index, bracketed: h.bracketed, value: stripEdges(line.slice(h.valueStart, i + 1 < hits.length ? hits[i + 1]!.index : line.length)) });
  }
  return pairs;
}

const LEADING = new Set([':', '：', '】', ']']);
const TRAILING = new Set(['|', '【', '[']);

/**
 * A value without the label's colon or bracket before it and the next label's bracket after it.
 * A loop, not /[\s|【\[]+$/: that regex tries every position of a long run of spaces inside the
 * value and costs the square of the run.
 */
function stripEdges(value: string): string {
  let start = 0, end = value.length;
  while (start < end && (LEADING.has(value[start]!) || /\s/.test(value[start]!))) start++;
  while (end > start && (TRAILING.has(value[end - 1]!) || /\s/.test(value[end - 1]!))) end--;
  return value.slice(start, end);
}
