import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/clean/mapped-text.js';
import { normalize } from '../../src/clean/normalize.js';
import { normalize as normalizeBefore } from './reference/normalize.js';
import { findChrome } from '../../src/clean/boilerplate.js';
import { dropRanges, firstNonBlank, isBlank, isSpace, lineBlock, linesOf, linesOfText, trimmedLength } from '../../src/clean/lines.js';
import { joinBrokenLines } from '../../src/clean/joins.js';
import { joinBrokenLines as joinBrokenLinesBefore } from './reference/joins.js';
import { findChrome as findChromeBefore } from './reference/boilerplate.js';
import { findPageMarkers } from '../../src/clean/page-markers.js';
import { repairSeams } from '../../src/clean/seams.js';
import { findRepeatedArticles } from '../../src/clean/articles.js';
import { reportMojibake } from '../../src/clean/mojibake.js';
import { findPageCopies } from '../../src/clean/page-copies.js';
import { ParseFile } from '../../src/file.js';
import { findPageMarkers as findPageMarkersBefore } from './reference/page-markers.js';
import { repairSeams as repairSeamsBefore } from './reference/seams.js';
import { findRepeatedArticles as findRepeatedArticlesBefore } from './reference/articles.js';
import { reportMojibake as reportMojibakeBefore } from './reference/mojibake.js';
import { findPageCopies as findPageCopiesBefore } from './reference/page-copies.js';
import { clean } from '../../src/clean/index.js';
import { clean as cleanBefore } from './reference/index.js';
import { comparable, comparableShingles, MAX_CHARS, scalarSignature, shingles, signature } from '../../src/clean/minhash.js';
import { removeInnerSpaces } from '../../src/clean/spaces.js';
import { removeInnerSpaces as removeInnerSpacesBefore } from './reference/spaces.js';
import { fixtures } from './helpers.js';

// The cleaner's steps were rewritten for speed (issue 19) with their output unchanged. Each
// rewritten step is checked here against its earlier version, kept under ./reference/: same text,
// same source position for every unit, on random texts made of the characters its rules read
// and on the fixtures.

/** Every unit's source position, and the end's. */
function positions(t: MappedText): number[] {
  const out: number[] = [];
  for (let i = 0; i <= t.length; i++) out.push(t.sourceAt(i));
  return out;
}

function sameMapped(a: MappedText, b: MappedText): void {
  expect(a.text).toBe(b.text);
  expect(positions(a)).toEqual(positions(b));
}

/** A random text over `alphabet` (strings of one or more units each). */
const textOf = (alphabet: string[], maxLength = 60) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((parts) => parts.join(''));

describe('normalize: table look-ups fold as the regular expression did', () => {
  const alphabet = [
    'a', '1', '9', '０', '９', '，', '。', '？', '～', '~', '（', '）', '\u3000', '\u00a0', ' ', '\r', '\n', '\r\n', '\u200b', '\ufeff', '\u00ad',
    '—', '–', '\u2016', '﹐', '﹑', '\ufe53', '﹪', '\ufe6b', '∶', '｟', '｠', '⽣', '⺇', '\u2fd5', '\u2fe0', '豈', '\ufaff', '\ufb00',
    '\ud87e\udc00', '\ud87e\ude1d', '\ud87e\ude20', '\ud87e', '\udc00', '😀', '生', '年', '、', '\uff01', '\uff5e', '\uff5f', '\uff61',
  ];
  it('on random texts', () => {
    fc.assert(fc.property(textOf(alphabet), (s) => {
      sameMapped(normalize(MappedText.identity(s)), normalizeBefore(MappedText.identity(s)));
    }), { numRuns: 3000 });
  });
  it('on every unit of the BMP, alone and between digits', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `4${ch}9`]) sameMapped(normalize(MappedText.identity(s)), normalizeBefore(MappedText.identity(s)));
    }
  });
  it('on the fixtures', () => {
    for (const { source } of fixtures()) sameMapped(normalize(MappedText.identity(source)), normalizeBefore(MappedText.identity(source)));
  });
});

/** Lines of every kind the chrome rules read, and prose that looks like them. */
const CHROME_LINES = [
  '您当前的位置:首页 > 政府信息公开 > 政府文件', '首页 > 新闻中心 > 通知公告', '首页 | 返回 | 打印本页', '【打印】【关闭】', '扫一扫 分享到', ' 大 中 小',
  '索引号: 1137/2022-00012 发布机构: 某某市卫生健康委员会', '发文字号: 某卫发〔2022〕5号 成文时间: 2022年3月1日', '公文时效: 有效',
  '| 索引号 | 1137/2022 |', '｜发布机构:某某市卫生健康委员会', '\u3000发布机构:某市委', '文件下载:关于印发工作要点的通知.doc', '附件:名单.PDF',
  '附件:名单.xlsx ', '点此下载实施方案.PDF', '附件 实施细则.wps', '附件实施方案.Docx', '下载实施方案全文.zip', '信息来源:某某市卫生健康委员会', '相关热词搜索: 医改 工作要点', '推荐访问:例文 医药卫生', '打印本页 关闭窗口',
  '上传人:一招 文档编号:169780309 上传时间:2021-02-28 格式:DOCX 页数:14 大小:24.67KB', 'ID:43630196', '大小:24.90 KB', '页数:13页',
  '时间:2019-10-11', '2021医改工作总结_第3页', '2021医改工作总结_第 3 页 ', '点击查看更多>>', '资源描述', '温馨提示:', '温馨提示：',
  '1. 本文档由用户上传,版权归属用户,天天文库负责整理代发布。', '经营许可证:蜀ICP备13022795号 | 川公网安备 51140202000112号', 'copyright © 2022',
  'ALL RIGHTS RESERVED', '2022-03-01', '2022-03-01 10:20', '10', '123次', '浏览次数:-', '-次', 'A+大 A+中 A+小', '×', '>>', '»', '...', '……',
  '文章属性', '【制定机关】某某市卫生健康委员会', '【字', '号】某卫办发〔2022〕13号', '【字 ', '', ' ', '正文', '主办单位:某某市人民政府办公室',
  '技术支持:某某科技', '时间:2022年3月15日', '2024-03-05 来源:某市卫生健康局', '来源:广州日报', '作者:张三 编辑:李四', '下载 上传 文档 预览 客服',
  '畅通投诉举报渠道,严厉打击欺诈骗保行为。', '各单位要及时下载填报系统客户端,在线浏览和收藏。', '职工医保个人账户改革稳步推进连续参保可获...',
  '职工医保个人账户改革稳步推进连续参保可获得奖励额度。', '一、总体要求', '(一)工作目标', '1.加强组织领导', '第一条 总则', '绿色',
  '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设。', '深化公立医院综合改革,落实党委领导下的院长负责制,健全现代医院管理制度,推动公立医院高质量发展,强化公益性,完善绩效考核,'.repeat(3),
  '|', '｜ ', '\t', '网站地图 | 联系我们', '手机版', 'English', '2022年3月1日', '发布时间:2022-03-01 来源:本站', '阅读量:100', '访问量: 5', '点击:3', '当前位置:首页', '所在位置>首页', '您的位置: 首页', '当前位置是首页',
];

describe('findChrome: gated rules and flags by index find what the rules did', () => {
  const same = (text: string) => {
    const lines = linesOf(text);
    const { lines: found, meta } = findChrome(lines);
    expect({ lines: found, meta }).toEqual(findChromeBefore(lines));
  };
  it('on random pages of chrome, labels and prose', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...CHROME_LINES), { maxLength: 70 }), (picked) => same(picked.join('\n'))), { numRuns: 3000 });
  });
  it('on weak lines next to chrome at every distance from the top and bottom', () => {
    const prose = '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设。';
    for (const weak of ['畅通投诉举报渠道,严厉打击欺诈骗保行为。', '2022-03-01', '3', '大小:24.90 KB', '来源:广州日报']) {
      for (let at = 0; at < 40; at++) {
        for (const chrome of ['首页 | 返回 | 打印本页', '索引号: 1137/2022-00012 发布机构: 某某市卫生健康委员会']) {
          const page = [...Array(at).fill(prose), chrome, weak, ...Array(70).fill(prose)];
          same(page.join('\n'));
          same(page.reverse().join('\n'));
        }
      }
    }
  });
  it('on long pages, where the rules that read where a line stands hold only near the top and bottom', () => {
    const prose = '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设。';
    fc.assert(fc.property(fc.array(fc.constantFrom(...CHROME_LINES), { maxLength: 40 }), fc.nat(60), fc.nat(60), (picked, k, pad) => {
      const lines = [...picked];
      lines.splice(k % (lines.length + 1), 0, ...Array.from({ length: pad }, () => prose));
      same(lines.join('\n'));
    }), { numRuns: 2000 });
  });
  it('on the fixtures', () => {
    for (const { source } of fixtures()) same(normalizeBefore(MappedText.identity(source)).text);
  });
  it('with the verdicts of a look before some lines went, as without them', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...CHROME_LINES), { maxLength: 50 }), fc.array(fc.nat(60), { maxLength: 8 }), (picked, gone) => {
      const t = MappedText.identity([...picked, ...Array.from({ length: gone.length * 6 }, () => '推进分级诊疗制度建设,完善县域医共体运行机制。'), ...picked].join('\n'));
      const lines = linesOfText(t);
      const first = findChrome(lines);
      // Drop the chrome found (as clean does) and a few other lines.
      const drop = [...first.lines, ...gone.filter((i) => i < lines.length)].map((i) => lineBlock(t.text, lines, i, i));
      const left = linesOfText(dropRanges(t, drop));
      const again = findChrome(left, first.verdicts);
      const fresh = findChrome(left);
      expect({ lines: again.lines, meta: again.meta }).toEqual({ lines: fresh.lines, meta: fresh.meta });
      expect(again.verdicts.chrome).toEqual(fresh.verdicts.chrome);
      expect(again.verdicts.loose).toEqual(fresh.verdicts.loose);
    }), { numRuns: 3000 });
  });
});

describe('the blank tests of lines.ts are trim() and \\s', () => {
  it('isSpace is \\s on every unit of the BMP', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
  it('isBlank, trimmedLength and firstNonBlank read as trim() does', () => {
    fc.assert(fc.property(textOf([' ', '\u3000', '\t', '\u00a0', '\ufeff', 'a', '一', '\u200b', '\n']), (s) => {
      expect(isBlank(s)).toBe(!s.trim());
      expect(trimmedLength(s)).toBe(s.trim().length);
      expect(firstNonBlank(s)).toBe(s.trim() ? s.trim().charCodeAt(0) : -1);
    }), { numRuns: 2000 });
  });
});

/** Line pieces of every kind the join rules read: ends, starts, markers, dates, cells, tabs. */
const JOIN_PIECES = [
  '推进体制机制改', '革,不断提高水平。', '持续深化公立医院综合改革,落实党委领导下的院长负责制,健全现代医院管理制度', ',不断提高水平。', '、主要任务', '、',
  '2021', '2021 ', '中 心 2021', '年是“十四五”的开局之年。', '年', '月底前完成', '号文件', '%以上', '一、总体要求', '(一)工作目标', '(十)', '1.', '1.加强组织领导',
  '具体措施:1.', '3', '.优化营商环境', '.5', '、完善', '①', '① 完善', '第一条', '篇一', '?、完善', '(', '(五)', '五)加强', '推进“', '放管服”改革', '”。', '“领跑者”',
  '一地办理。”', '与', '中医医院与', '省内外', '项目责任人', '市卫健委', '工作 市卫健委', ' 市卫生健康委', ' 市卫生健康委员', ' 卫健委', ' 委', '一季度', '上半年 完成', '全年', '第二季度', '某某市人民政府办公厅2021年3月2日',
  '深化审批制度改革重点任务分工方案', '关于印发工作要点的通知', '\t', '3\t人事处', '人事处', '  ', '', '   推进', '《方案》', '“双减”', '"引号', '2022年底前', '(2)',
  'a', 'ABC', '…', '】', '》', '加强组织领导,强化督促检查;', '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设,完善分级诊疗制度和现代医院管理',
];

describe('joinBrokenLines: first-character look-ups and gated patterns join as before', () => {
  const same = (s: string) => {
    const joined = joinBrokenLines(MappedText.identity(s));
    sameMapped(joined, joinBrokenLinesBefore(MappedText.identity(s)));
    // The lines handed on with the joined text are the text's own.
    expect(linesOfText(joined)).toEqual(linesOf(joined.text));
  };
  it('on random lines', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...JOIN_PIECES), fc.constantFrom(...JOIN_PIECES), fc.constantFrom('', ' ', '\u3000', '\t')), { maxLength: 40 }),
      (rows) => same(rows.map(([a, b, pad]) => pad + a + b).join('\n'))), { numRuns: 3000 });
  });
  it('with every character of the BMP ending the line before (and before a closing quote)', () => {
    const body = '深化公立医院综合改革,落实党委领导下的院长负责制,健全现代医院管理制度';
    // Every unit outside the middle of the ideographs and the surrogates, and one ideograph in 97.
    for (let c = 0; c < 0x10000; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || (c > 0x3100 && c < 0xfe00 && c % 97 !== 0 && Math.abs(c - 0x4e00) > 2 && Math.abs(c - 0x9fff) > 2)) continue;
      const ch = String.fromCharCode(c);
      for (const next of ['推进分级诊疗制度建设', '年是开局之年', ',不断提高水平。', '一、总体要求']) {
        same(`${body}${ch}\n${next}`);
        if (c % 7 === 0) same(`${body}${ch}”\n\n${next}`);
      }
    }
  });
  it('on wrapped texts (a fixed width reveals the wrap rule)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...JOIN_PIECES), { minLength: 10, maxLength: 60 }), fc.integer({ min: 18, max: 40 }), (parts, width) => {
      const flat = parts.join('');
      const lines: string[] = [];
      for (let i = 0; i < flat.length; i += width) lines.push(flat.slice(i, i + width));
      same(lines.join('\n'));
    }), { numRuns: 1000 });
  });
  it('on the fixtures', () => {
    for (const { source } of fixtures()) same(normalizeBefore(MappedText.identity(source)).text);
  });
});

describe('dropRanges hands on the lines left when whole lines go', () => {
  const text = fc.array(fc.constantFrom('', 'a', '一、总体要求', ' ', 'bc d'), { minLength: 1, maxLength: 12 }).map((l) => l.join('\n'));
  it('as a fresh split finds them, for whole-line and other ranges', () => {
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(40), fc.nat(40), fc.boolean()), { maxLength: 4 }), (s, picks) => {
      const t = MappedText.identity(s);
      const lines = linesOfText(t);
      const ranges = picks.map(([a, b, x, y, whole]): [number, number] => {
        if (!whole) return [Math.min(x, y, s.length), Math.min(Math.max(x, y), s.length)];
        const first = Math.min(a, b) % lines.length, last = Math.max(a, b) % lines.length;
        return lineBlock(s, lines, Math.min(first, last), Math.max(first, last));
      });
      const dropped = dropRanges(t, ranges);
      expect(linesOfText(dropped)).toEqual(linesOf(dropped.text));
    }), { numRuns: 5000 });
  });
});

/** Runs a step that reports to a file, on a fresh file: its result and what it reported. */
function reported<T>(step: (t: MappedText, f: ParseFile) => T, s: string) {
  const file = new ParseFile('equivalence.txt');
  const out = step(MappedText.identity(s), file);
  return { out: out instanceof MappedText ? { text: out.text, at: positions(out) } : out, copies: file.copies, messages: file.messages };
}

/** Lines the other steps read: page markers, chunk numbers, article markers, lost characters, repeated blocks. */
const STEP_LINES = [
  ' - 3 -', '— 12 —', '-4-', '第 3 页', '第1页 / 共14页', '共14页', '3 / 14', 'Page 3 of 14', 'page 2', 'PAGE 7', '3', ' 4 ', '5', '12', '1234', 'p', '共同推进',
  '第三条 总则', '篇一:县域医共体建设的十大要点', '篇二:县域医共体建设的十大要点', ' 第三篇:范文', '篇', '第', '1、共计1', '2、0.4846万人,占农业人口94%。', '3、完成。',
  '1、' + '推进分级诊疗制度建设,完善县域医共体运行机制'.repeat(5), '2、' + '推进分级诊疗制度建设,完善县域医共体运行机制'.repeat(5), '3、' + '推进分级诊疗制度建设,完善县域医共体运行机制'.repeat(5),
  '?、完善医保?付政策', '为什么要改革?', '卫\uFFFD院', '', ' ', '一、总体要求', '坚持以人民健康为中心,深化医药卫生体制改革,推进健康城市建设。'.repeat(4),
  '深化公立医院综合改革,落实党委领导下的院长负责制,健全现代医院管理制度,推动公立医院高质量发展,强化公益性,完善绩效考核。'.repeat(3),
];

describe('page markers, seams, articles, mojibake and page copies: first-character gates find what the patterns did', () => {
  const pages = fc.array(fc.constantFrom(...STEP_LINES), { maxLength: 60 }).map((l) => l.join('\n'));
  it('on random texts', () => {
    fc.assert(fc.property(pages, (s) => {
      expect(findPageMarkers(linesOf(s))).toEqual(findPageMarkersBefore(linesOf(s)));
      expect(reported(repairSeams, s)).toEqual(reported(repairSeamsBefore, s));
      expect(reported(findRepeatedArticles, s)).toEqual(reported(findRepeatedArticlesBefore, s));
      expect(reported(reportMojibake, s)).toEqual(reported(reportMojibakeBefore, s));
      expect(reported(findPageCopies, s)).toEqual(reported(findPageCopiesBefore, s));
    }), { numRuns: 1500 });
  });
  it('on the fixtures', () => {
    for (const { source } of fixtures()) {
      const s = normalizeBefore(MappedText.identity(source)).text;
      expect(findPageMarkers(linesOf(s))).toEqual(findPageMarkersBefore(linesOf(s)));
      for (const [now, before] of [[repairSeams, repairSeamsBefore], [findRepeatedArticles, findRepeatedArticlesBefore], [reportMojibake, reportMojibakeBefore], [findPageCopies, findPageCopiesBefore]] as const) {
        expect(reported(now as (t: MappedText, f: ParseFile) => unknown, s)).toEqual(reported(before as (t: MappedText, f: ParseFile) => unknown, s));
      }
    }
  });
});

describe('reportMojibake: the lines that hold a "?" or U+FFFD, found by searching the text', () => {
  const pieces = ['?、完善医保?付政策', '为什么要改革?', '卫\uFFFD院?', '??', '一、总体要求', '', '?', 'a?b', '医保?付'];
  it('on random texts, past the hundred lines listed', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (picked) => {
      const s = picked.join('\n');
      expect(reported(reportMojibake, s)).toEqual(reported(reportMojibakeBefore, s));
    }), { numRuns: 500 });
  });
});

describe('findPageCopies: lines found by their head as by their whole text', () => {
  // Rows of a table that open alike (one head, many texts), repeated, short lines and flattened copies.
  const rows = Array.from({ length: 14 }, (_, k) => `各县(市、区)卫生健康局牵头负责落实的第${k}项任务,按期完成并报送进展情况和工作成效`);
  const pieces = [...rows, rows.slice(0, 6).join(''), rows.slice(3, 12).join(' '), '一、总体要求', '完成', '市卫健委', '2022年底', '',
    // The same rows with whitespace inside and around them: their keys are squeezed.
    ...rows.slice(0, 5).map((r) => `\u3000${r.slice(0, 9)} ${r.slice(9)}\t`), ...rows.slice(0, 5).map((r) => ` ${r}`)];
  it('on random texts of rows that open alike, runs of them repeated', () => {
    const runs = fc.array(fc.tuple(fc.nat(pieces.length - 1), fc.integer({ min: 1, max: 8 })), { maxLength: 14 });
    fc.assert(fc.property(runs, fc.array(fc.nat(25), { maxLength: 10 }), (picked, again) => {
      const lines = picked.flatMap(([from, n]) => pieces.slice(from, from + n));
      // Runs already met, met again.
      for (const k of again) lines.push(...lines.slice(k, k + 8));
      const s = lines.join('\n');
      expect(reported(findPageCopies, s)).toEqual(reported(findPageCopiesBefore, s));
    }), { numRuns: 2000 });
  });
});

describe('removeInnerSpaces: the marker pattern ahead of a space runs only where a marker can open', () => {
  const alphabet = [' ', '  ', '持', '续', '深化', '公立医院', '二、', '第三条', '篇一', '十、', '1', '2021', '年', '、', ',', '。', '\n', '科', '第', '篇', '十'];
  it('on random texts', () => {
    fc.assert(fc.property(textOf(alphabet, 40), (s) => sameMapped(removeInnerSpaces(MappedText.identity(s)), removeInnerSpacesBefore(MappedText.identity(s)))), { numRuns: 4000 });
  });
});

describe('clean as a whole: the same cleaned text, map, meta and reports as before', () => {
  const run = (step: typeof clean, s: string) => {
    const file = new ParseFile('equivalence.txt');
    const out = step(s, file);
    return { text: out.text.text, at: positions(out.text), meta: out.meta, lost: out.lostCharacters, copies: file.copies, messages: file.messages };
  };
  const pieces = [...CHROME_LINES, ...STEP_LINES, ...JOIN_PIECES];
  it('on random documents of chrome, markers, copies and broken lines', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...pieces), fc.nat(3)), { maxLength: 60 }), (rows) => {
      const s = rows.map(([a, b, k]) => (k === 0 ? a + b : k === 1 ? a : `${a}\n`)).join('\n');
      expect(run(clean, s)).toEqual(run(cleanBefore, s));
    }), { numRuns: 1500 });
  });
  it('on the fixtures', () => {
    for (const { source } of fixtures()) expect(run(clean, source)).toEqual(run(cleanBefore, source));
  });
});

describe('comparableShingles: the shingles of the comparable text, without making it', () => {
  const alphabet = ['深', '化', '医', '改', ',', '。', ' ', '\n', '—', '-', '𠀀', '😀', '\ud840', '\udc00', 'a', '1', '、', '“'];
  it('on random texts, and texts cut at MAX_CHARS inside a pair', () => {
    fc.assert(fc.property(textOf(alphabet, 200), (s) => {
      expect(comparableShingles(s)).toEqual(shingles(comparable(s, MAX_CHARS)));
    }), { numRuns: 2000 });
    for (const pad of [MAX_CHARS - 2, MAX_CHARS - 1, MAX_CHARS, MAX_CHARS + 1]) {
      for (const tail of ['𠀀𠀀', ',𠀀', '😀深', '深化']) {
        const s = '深'.repeat(pad) + tail + '医改'.repeat(5);
        expect(comparableShingles(s)).toEqual(shingles(comparable(s, MAX_CHARS)));
        const spaced = ' 深'.repeat(pad) + tail;
        expect(comparableShingles(spaced)).toEqual(shingles(comparable(spaced, MAX_CHARS)));
      }
    }
  });
});

describe('MinHash signatures: the SIMD module signs as the scalar loop does', () => {
  it('on random hashes of every length a signature reads, and beyond the module\'s page', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer(), (n, seed) => {
      let s = seed | 1;
      const hashes = new Uint32Array(n);
      for (let i = 0; i < n; i++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; hashes[i] = s >>> 0; }
      expect(signature(hashes)).toEqual(scalarSignature(hashes));
    }), { numRuns: 300 });
    for (const n of [0, 1, 15872, 15873, 20000]) {
      const hashes = Uint32Array.from({ length: n }, (_, i) => Math.imul(i + 1, 0x9e3779b9) >>> 0);
      expect(signature(hashes)).toEqual(scalarSignature(hashes));
    }
    // The extremes of the unsigned order.
    for (const v of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff]) expect(signature(Uint32Array.of(v, 0xffffffff - v))).toEqual(scalarSignature(Uint32Array.of(v, 0xffffffff - v)));
  });
});
