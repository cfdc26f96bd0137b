import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { ParseFile } from '../../src/file.js';
import { body, doc, inBothWidths, run, squeeze } from './helpers.js';

/** The lines of `doc()` that are content: whatever the chrome around them, they must all survive. */
const CONTENT = doc().split('\n');

interface Case {
  name: string;
  input: string;
  /** Text (as folded: ASCII punctuation) that must be gone from the cleaned text. */
  gone?: string[];
  /** Text that must still be there. */
  kept?: string[];
  meta?: Record<string, string>;
}

const chrome: Case[] = [
  {
    name: 'breadcrumb with 您当前的位置',
    input: doc(['您当前的位置:首页 > 政府信息公开 > 法定主动公开内容 > 政府文件 > 部门文件']),
    gone: ['您当前的位置', '法定主动公开内容'],
  },
  {
    name: 'breadcrumb split over two lines (首页 then >…)',
    input: doc(['您当前的位置:首页', ' > 政府信息公开 > 政府文件 > 部门文件']),
    gone: ['您当前的位置', '政府信息公开'],
  },
  {
    name: 'breadcrumb without a label: short navigation words between separators',
    input: doc(['首页 > 新闻中心 > 通知公告']),
    gone: ['新闻中心', '通知公告'],
  },
  {
    name: 'gov metadata block: parsed into meta, removed from the text',
    input: doc([
      '索引号: 11370000004/2022-00012 发布机构: 某某市卫生健康委员会',
      '公开方式: 主动公开 组配分类: 部门文件',
      '发文字号: 某卫发〔2022〕5号 成文时间: 2022年3月1日',
      '公文时效: 有效',
    ]),
    gone: ['索引号', '发布机构', '发文字号', '成文时间', '公文时效', '11370000004'],
    meta: { issuer: '某某市卫生健康委员会', docNumber: '某卫发〔2022〕5号', date: '2022-03-01' },
  },
  {
    name: 'gov metadata table as the HTML reader writes it: one row a line, cells apart by tabs',
    input: doc(['索引号\t11370000004/2022-00012\t发布机构\t某某市卫生健康委员会', '发文字号\t某卫发〔2022〕5号\t成文日期\t2022-03-01']),
    gone: ['索引号', '发布机构', '成文日期'],
    meta: { issuer: '某某市卫生健康委员会', docNumber: '某卫发〔2022〕5号', date: '2022-03-01' },
  },
  {
    name: "law database's bracketed attribute block, a label split over two lines",
    input: doc(['文章属性', '【制定机关】某某市卫生健康委员会', '【公布日期】2022.02.27', '【字', '号】某卫办发〔2022〕13号', '【效力等级】地方规范性文件', '正文']),
    gone: ['文章属性', '制定机关', '公布日期', '效力等级', '正文\n'],
    meta: { issuer: '某某市卫生健康委员会', docNumber: '某卫办发〔2022〕13号', date: '2022-02-27' },
  },
  { name: 'download prompt', input: doc([], ['文件下载:关于印发2022年全市卫生健康工作要点的通知.doc']), gone: ['文件下载', '.doc'] },
  { name: 'attachment download prompt', input: doc([], ['附件下载: 2022年重点任务清单.xlsx']), gone: ['附件下载', '.xlsx'] },
  {
    name: '信息来源 (feeds the issuer when nothing better is stated)',
    input: doc([], ['信息来源:某某市卫生健康委员会']),
    gone: ['信息来源'],
    meta: { issuer: '某某市卫生健康委员会' },
  },
  { name: '相关热词搜索', input: doc([], ['相关热词搜索: 县域医共体 工作要点 医改']), gone: ['相关热词搜索'] },
  { name: '推荐访问', input: doc([], ['推荐访问:例文 医药卫生 体制改革']), gone: ['推荐访问', '例文'] },
  { name: 'print and close line', input: doc([], ['打印本页 关闭窗口']), gone: ['打印本页', '关闭窗口'] },
  { name: 'bracketed print/close and share line', input: doc([], ['【打印】【关闭】', '扫一扫 分享到']), gone: ['【打印】', '扫一扫', '分享到'] },
  {
    name: "doc-sharing site's upload header",
    input: doc(['2021医改工作总结', '上传人:一招 文档编号:169780309 上传时间:2021-02-28 格式:DOCX 页数:14 大小:24.67KB', '返回 下载 相关 举报']),
    gone: ['上传人', '文档编号', '169780309', '返回 下载'],
    kept: ['2021医改工作总结'],
  },
  {
    name: "doc-sharing site's ID/大小/页数/时间 lines, then page thumbnails",
    input: doc(['2020年全县卫生健康工作要点', 'ID:43630196', '大小:24.90 KB', '页数:13页', '时间:2019-10-11', '2020年全县卫生健康工作要点_第1页', '2020年全县卫生健康工作要点_第2页']),
    gone: ['ID:', '43630196', '大小:', '页数:', '2019-10-11', '_第1页', '_第2页'],
    kept: ['2020年全县卫生健康工作要点'],
  },
  {
    name: 'page thumbnails alternating with page counters, then 点击查看更多>>',
    input: doc(['2021医改工作总结_第1页', '第1页 / 共14页', '2021医改工作总结_第3页', '第3页 / 共14页', '点击查看更多>>']),
    gone: ['_第1页', '第1页/共14页', '共14页', '点击查看更多'],
  },
  {
    name: "资源描述 and the site's blurb",
    input: doc(['资源描述', '《2021医改工作总结》由会员分享,可在线阅读,更多相关《2021医改工作总结(14页珍藏版)》请在金锄头文库上搜索。']),
    gone: ['资源描述', '由会员分享', '金锄头文库'],
  },
  {
    name: '当前文档最多预览五页 and 温馨提示 list',
    input: doc([], [
      '当前文档最多预览五页,下载文档查看全文',
      '此文档下载收益归作者所有',
      '温馨提示:',
      '1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。',
      '2. 本文档由用户上传,版权归属用户,天天文库负责整理代发布。如果您对本文档版权有争议请及时联系客服。',
      '3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向本站投诉处理。',
    ]),
    gone: ['最多预览', '下载收益', '温馨提示', '数学公式', '天天文库', '仔细阅读'],
  },
  {
    name: 'licence and ICP footer',
    input: doc([], ['当前位置:首页 > 办公文档 > 总结/报告', '电脑版 |金锄头文库版权所有', '经营许可证:蜀ICP备13022795号 | 川公网安备 51140202000112号']),
    gone: ['办公文档', '版权所有', 'ICP备', '公网安备'],
  },
  {
    name: 'gov site footer: 主办单位 next to the site identifier and ICP lines',
    input: doc([], ['主办单位:某某市人民政府办公室 承办单位:某某市大数据中心', '网站标识码:1234000001 京ICP备05070218号 京公网安备11010202000001号', 'Copyright © 2005-2022 某某市人民政府 版权所有']),
    gone: ['主办单位', '承办单位', '网站标识码', 'Copyright'],
  },
  {
    name: "an article's tool row under its title: read-aloud button, date, source, share button, view counter",
    input: doc(['当前位置:首页 > 政务服务 > 最新服务', '听全文', '2025-01-01', '来源:某某日报', '分享到', '-次']),
    gone: ['听全文', '2025-01-01', '来源:某某日报', '-次'],
  },
  { name: 'a date and a source under the title, nothing else near', input: doc(['2024-03-05 来源:某市卫生健康局']), gone: ['2024-03-05', '来源:某市'] },
  { name: 'a source naming two bodies next to the date', input: doc(['分享到', '2023-12-14', '来源:某市医疗保障局 某市政务服务数据管理局']), gone: ['2023-12-14', '来源:某市医疗保障局'] },
  { name: 'an info line with its labels run together', input: doc(['发表时间:2025-03-28 16:55:56信息来源:区卫生健康局浏览量:-']), gone: ['发表时间', '浏览量'], meta: { date: '2025-03-28' } },
  { name: 'a font-size switch', input: doc(['A+大 A+中 A+小']), gone: ['A+大'] },
  { name: 'search terms', input: doc(['搜索热词:公共服务 产业扶持政策 投资创业']), gone: ['搜索热词', '产业扶持政策'] },
  { name: 'empty related boxes and the QR prompt after the article', input: doc([], ['相关附件', '相关新闻', '扫一扫在手机打开当前页']), gone: ['相关附件', '相关新闻', '扫一扫'] },
  { name: 'widget controls after the footer', input: doc([], ['Copyright © 2005-2022 某某市人民政府 版权所有', '×', '↺']), gone: ['×', '↺'] },
  {
    name: "a share description: the start of the text's first paragraph cut short",
    input: doc([], ['坚持以人民健康为中心,深化医药卫生体制改革...']),
    gone: ['改革...'],
  },
  {
    name: "the tail of a footer: badges, app names and QR captions to the end",
    input: doc([], ['网站标识码:1234000001 京ICP备05070218号', '手机版', '某商通', '某好办APP', '关注 · 某市政府网']),
    gone: ['某商通', '某好办APP', '关注'],
  },
];

/** Lines that look like chrome (a label, a site word, a heading about time) but are the document's own. */
const content: Case[] = [
  {
    name: 'a notice body line 时间:…上午9时 inside a long body',
    input: doc([], [], 40).replace('21.', '二、会议安排\n时间:2022年3月1日上午9时\n地点:市政府三楼会议室\n21.'),
    kept: ['时间:2022年3月1日上午9时', '地点:市政府三楼会议室'],
  },
  {
    name: 'a short meeting notice: 一、会议时间 heading and a 时间: line with a plain date',
    input: '关于召开全市卫生健康工作会议的通知\n各县区卫生健康局:\n一、会议时间\n时间:2022年3月15日\n二、会议地点\n市政府三楼会议室\n三、参会人员\n各县区卫生健康局主要负责同志。\n请各单位按时参加。',
    kept: ['一、会议时间', '时间:2022年3月15日', '二、会议地点'],
  },
  {
    name: 'a meeting notice naming its 主办单位 and 承办单位',
    input: '关于举办全市基层卫生人才培训班的通知\n各县区卫生健康局:\n一、培训时间\n2022年4月6日至8日。\n二、主办单位:市卫生健康委员会\n承办单位:市人民医院\n三、培训内容\n基层常见病诊疗规范。\n请各单位按时参加。',
    kept: ['二、主办单位:市卫生健康委员会', '承办单位:市人民医院'],
  },
  {
    name: 'a policy sentence mentioning 下载 once',
    input: doc(['各单位要及时下载填报系统客户端,按要求报送数据。']),
    kept: ['各单位要及时下载填报系统客户端,按要求报送数据。'],
  },
  {
    name: 'a policy sentence with two words a sharing site also uses (投诉, 举报)',
    input: doc([], ['(三)加强医保基金监管,畅通投诉举报渠道,严厉打击欺诈骗保行为。']),
    kept: ['(三)加强医保基金监管,畅通投诉举报渠道,严厉打击欺诈骗保行为。'],
  },
  {
    name: 'a policy sentence about online reading and downloads of health records',
    input: doc(['推广电子健康档案在线浏览和下载服务,方便群众查询。']),
    kept: ['推广电子健康档案在线浏览和下载服务,方便群众查询。'],
  },
  { name: 'the title line', input: doc(), kept: ['关于印发2022年全市卫生健康工作要点的通知'] },
  { name: 'a line naming a source of funds (来源 inside a word)', input: doc(['资金来源:市财政专项资金']), kept: ['资金来源:市财政专项资金'] },
  { name: 'the signature and its date', input: doc(), kept: ['某某市卫生健康委员会\n2022年3月1日'] },
  {
    name: 'a paragraph that mentions 当前位置 (a breadcrumb word)',
    input: doc([], ['要准确把握我市卫生健康事业发展所处的当前位置:从全省看,我市基层医疗卫生服务能力仍然偏弱,公立医院改革任务依然繁重,群众看病就医负担还需进一步减轻,必须坚持以人民健康为中心,深化医药卫生体制改革,加快补齐短板弱项,推动卫生健康事业高质量发展,不断增强人民群众的获得感、幸福感和安全感,为建设健康城市提供有力支撑。']),
    kept: ['所处的当前位置:从全省看'],
  },
  { name: 'a sentence on copyright', input: doc(['加强知识产权保护,严厉打击侵犯版权行为。']), kept: ['加强知识产权保护,严厉打击侵犯版权行为。'] },
  { name: "a table's empty cells (\"-\") and dates, no chrome near", input: doc([], ['指标', '2020年', '-', '-', '2022-12-31', '5.2']), kept: ['-\n-\n2022-12-31'] },
  { name: 'a sentence naming a source and a date', input: doc([], ['2024-03-05 来源于各区上报的统计数据,已汇总。']), kept: ['来源于各区上报的统计数据'] },
  { name: 'a line ending in an ellipsis that repeats nothing', input: doc([], ['各地结合实际补充完善……']), kept: ['各地结合实际补充完善'] },
  { name: 'a tips heading of the article (no colon)', input: doc([], ['温馨提示', '(1)办理长期异地就医备案的职工参保人,有两种待遇享受方式可供选择。']), kept: ['温馨提示'] },
  { name: 'a short line after a sentence, no footer before it', input: doc([], ['附件:重点任务分工表']), kept: ['附件:重点任务分工表'] },
];

describe('the tail after a footer', () => {
  it.each(inBothWidths([{ name: 'a sentence after the footer stops the tail' }]))('$name ($width)', ({ write }) => {
    const r = run(write(doc([], ['网站标识码:1234000001 京ICP备05070218号', '某商通', '各单位要认真贯彻落实,确保取得实效。'])));
    expect(r.text).toContain('某商通');
    expect(r.text).toContain('各单位要认真贯彻落实');
  });
});

describe('site chrome is removed and reported', () => {
  it.each(inBothWidths(chrome))('$name ($width)', ({ input, gone = [], kept = [], meta, write }) => {
    const r = run(write(input));
    for (const g of gone) expect(r.text).not.toContain(g);
    for (const k of kept) expect(r.text).toContain(k);
    for (const line of CONTENT) expect(squeeze(r.text)).toContain(squeeze(line));
    expect(r.file.copies.some((c) => c.kind === 'boilerplate')).toBe(true);
    if (meta) expect(r.meta).toMatchObject(meta);
  });
});

describe('content that looks like chrome is kept', () => {
  it.each(inBothWidths(content))('$name ($width)', ({ input, kept = [], write }) => {
    const r = run(write(input));
    for (const k of kept) expect(r.text).toContain(k);
    expect(r.removed('boilerplate')).toEqual([]);
  });
});

describe('meta from chrome', () => {
  it('prefers 成文时间 over 发布日期, and 发布机构 over 信息来源', () => {
    const r = run(doc(['发布机构: 某某市卫生健康委员会 发布日期: 2022-03-05', '成文时间: 2022-03-01'], ['信息来源:某某市人民政府网']));
    expect(r.meta).toMatchObject({ issuer: '某某市卫生健康委员会', date: '2022-03-01' });
  });
  it('takes no date from a site upload time', () => {
    const r = run(doc(['上传人:一招 文档编号:169780309 上传时间:2021-02-28 格式:DOCX 页数:14 大小:24.67KB']));
    expect(r.meta.date).toBeUndefined();
    expect(r.meta.docNumber).toBeUndefined();
  });
  it('meta given by the source (HTML markup) wins over chrome', () => {
    const cleaned = clean(doc(['发布机构: 某某市卫生健康委员会']), new ParseFile('t.html'), { issuer: '某某市人民政府' });
    expect(cleaned.meta.issuer).toBe('某某市人民政府');
  });
  it('a body without chrome gives no meta', () => {
    expect(run(body(8)).meta).toEqual({});
  });
});
