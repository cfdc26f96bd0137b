import { describe, expect, it } from 'vitest';
import { isSummaryTitle } from '../../src/extract/meta.js';
import { parse } from '../../src/parse.js';
import { fullWidth } from './helpers.js';

type Meta = { title?: string; docNumber?: string; issuer?: string; date?: string; year?: number };
type Row = { name: string; text: string; expect: Partial<Record<keyof Meta, unknown>>; year?: number };

/** Each row as written and with full-width punctuation; only the keys a row names are checked (undefined = absent). */
function table(title: string, rows: Row[]) {
  describe(title, () => {
    const both = rows.flatMap((r) => [{ ...r, width: 'ascii', input: r.text }, { ...r, width: 'full', input: fullWidth(r.text) }]);
    it.each(both)('$name ($width)', ({ input, expect: want, year }) => {
      const meta = parse(input, year ? { year } : {}).meta as Meta;
      for (const [k, v] of Object.entries(want)) expect(meta[k as keyof Meta], k).toEqual(v);
    });
  });
}

const NOTICE = [
  '定西市卫生健康委员会关于印发《2022年全市卫生健康工作要点》的通知',
  '定卫办发〔2022〕13号',
  '各县区卫生健康局,市直各医疗卫生健康单位:',
  '现将《2022年全市卫生健康工作要点》印发给你们,请结合实际,认真抓好贯彻落实。',
  '定西市卫生健康委员会',
  '2022年2月27日',
  '2022年全市卫生健康工作要点',
  '一、抓好疫情防控',
  '1.加强核酸检测能力建设。6月底前各县区完成实验室建设。',
].join('\n');

table('title', [
  { name: 'a 关于…的通知 line wins over the plan title it prints', text: NOTICE,
    expect: { title: '定西市卫生健康委员会关于印发《2022年全市卫生健康工作要点》的通知' } },
  { name: 'a plan title on its own', text: '2020年全县卫生健康工作要点\n一、打好健康扶贫攻坚战\n(一)精准推动政策落实。',
    expect: { title: '2020年全县卫生健康工作要点' } },
  { name: 'the site label 参考范文 is dropped', text: '2021年XX区深化医药卫生体制改革重点工作推进计划表参考范文\n一、深化医药卫生体制改革\n1.持续深化公立医院改革',
    expect: { title: '2021年XX区深化医药卫生体制改革重点工作推进计划表' } },
  { name: 'a site count "(7篇)" is dropped', text: '医改工作总结(7篇)\n篇一\n医改工作总结\n今年以来,我区认真落实医改任务。',
    expect: { title: '医改工作总结' } },
  { name: 'spaces inside the title line are removed', text: '2021 年 全市 医改 工作 要点\n一、总体要求\n(一)强化领导。',
    expect: { title: '2021年全市医改工作要点' } },
  { name: 'headings are not titles', text: '一、实施方案\n(一)工作要点\n各县区要加强领导。\n二、工作要求\n认真落实。',
    expect: { title: undefined } },
  { name: 'a sentence is not a title', text: '各县区要按照通知要求,认真制定实施方案。\n一、总体要求\n(一)强化领导。',
    expect: { title: undefined } },
  { name: 'a 关于…的意见 title under site chrome', text: '您当前的位置:首页 > 政府信息公开\n发布机构: 某市人民政府办公室\n某市人民政府办公室关于进一步深化医药卫生体制改革的实施意见\n一、总体要求\n(一)指导思想。',
    expect: { title: '某市人民政府办公室关于进一步深化医药卫生体制改革的实施意见' } },
  { name: 'a national notice with its 国办发 number', text: '国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知\n国办发〔2024〕31号\n各省、自治区、直辖市人民政府:\n现印发给你们。\n国务院办公厅\n2024年6月3日',
    expect: { title: '国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知' } },
  // A head flattened into one line: the title runs into the document number (issue 13, item 7).
  { name: 'a title run into its number on a flattened first line', text: '国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见国办发〔2020〕24号\n\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:党中央、国务院高度重视优化营商环境工作。现提出如下意见。一、提升投资建设便利度(一)优化再造投资项目前期审批流程。',
    expect: { title: '国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见', docNumber: '国办发〔2020〕24号' } },
  { name: 'a notice run into its number wins over the plan title below it', text: '国务院办公厅关于印发某某重点任务分工方案的通知国办发〔2020〕43号\n各省、自治区、直辖市人民政府:《某某重点任务分工方案》已经国务院同意,现印发给你们。国务院办公厅2020年11月1日\n某某重点任务分工方案\n为确保任务落到实处,现制定如下分工方案。一、深化改革(一)研究将好做法制度化。',
    expect: { title: '国务院办公厅关于印发某某重点任务分工方案的通知', docNumber: '国办发〔2020〕43号' } },
  { name: 'a whole document on one line, a space inside its title', text: '国务院办公厅关于印发国家组织药品 集中采购和使用试点方案的通知 国办发〔2019〕2号各省、自治区、直辖市人民政府: 《试点方案》已经国务院同意,现印发给你们。国务院办公厅 2019年1月1日 国家组织药品集中采购和使用试点方案 一、总体要求 (一)指导思想。以人民健康为中心。(二)基本原则。坚持改革创新。',
    expect: { title: '国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知', docNumber: '国办发〔2019〕2号' } },
  { name: 'a long body line naming a plan is not the title', text: '2022年卫生健康工作要点\n一、总体要求\n(一)按照《关于印发2022年全省卫生健康工作要点的通知》要求开展工作,认真完成年度任务。',
    expect: { title: '2022年卫生健康工作要点' } },
]);

table('docNumber', [
  { name: 'the number under the title', text: NOTICE, expect: { docNumber: '定卫办发〔2022〕13号' } },
  { name: 'a number cited in the body is not it',
    text: '2021年XX区深化医药卫生体制改革重点工作推进计划表\n为贯彻落实《国务院办公厅关于印发深化医药卫生体制改革2021年重点工作任务的通知》(国办发〔2021〕20号)文件精神,制定本计划。\n一、深化医药卫生体制改革\n1.持续深化公立医院改革',
    expect: { docNumber: undefined } },
  { name: '…国办发〔2021〕20号文件精神 in a line of its own is not it either',
    text: '2021年全区医改工作要点\n一、总体要求\n按照国办发〔2021〕20号文件精神,结合实际制定本要点。\n(一)强化领导。',
    expect: { docNumber: undefined } },
  { name: 'the number from the site\'s 发文字号 label', text: '发文字号: 阿卫健法规字〔2021〕162号 成文时间: 2021-06-21\n关于开展活动的通知\n各旗(区)卫生健康委:\n现就有关事项通知如下。',
    expect: { docNumber: '阿卫健法规字〔2021〕162号' } },
  { name: 'a 【字号】 label', text: '【字号】定卫办发〔2022〕13号\n【公布日期】2022.02.27\n关于印发工作要点的通知\n各县区卫生健康局:\n现印发给你们。',
    expect: { docNumber: '定卫办发〔2022〕13号' } },
  { name: 'spaces inside the number', text: '关于做好2022年家庭医生签约服务工作的通知\n定卫办发 〔2022〕 15 号\n各县区卫生健康局:\n现就有关事项通知如下。',
    expect: { docNumber: '定卫办发〔2022〕15号' } },
  { name: 'a national number', text: '国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知\n国办发〔2024〕31号\n各省、自治区、直辖市人民政府:\n现印发给你们。',
    expect: { docNumber: '国办发〔2024〕31号' } },
  { name: 'no number at all', text: '2020年全县卫生健康工作要点\n一、打好健康扶贫攻坚战\n(一)精准推动政策落实。', expect: { docNumber: undefined } },
  { name: 'a site file ID is no number', text: '文档编号:169780309\n2021医改工作总结\n今年以来,我区认真落实医改任务。', expect: { docNumber: undefined } },
  { name: 'the number under the title, site lines and blank lines between', text: '某市人民政府办公厅关于印发养老服务管理办法的通知\n2022-09-16\n\n来源:某市人民政府办公厅\n\n-次\n\n某府办规〔2022〕13号\n某市人民政府办公厅关于印发养老服务管理办法的通知\n各区人民政府:\n现印发给你们。',
    expect: { docNumber: '某府办规〔2022〕13号' } },
  { name: 'the number just above the title', text: '定卫办发〔2022〕16号\n定西市卫生健康委员会关于开展卫生健康宣传周活动的通知\n各县区卫生健康局:\n现就有关事项通知如下。',
    expect: { docNumber: '定卫办发〔2022〕16号' } },
]);

table('issuer', [
  { name: 'the signature line above the date', text: NOTICE, expect: { issuer: '定西市卫生健康委员会' } },
  { name: 'the site\'s 发布机构', text: '索引号 152900000000017/2021-01664 发布机构: 阿拉善盟卫生健康委员会\n发文字号: 阿卫健法规字〔2021〕162号 成文时间: 2021-06-21\n关于开展活动的通知\n各旗(区)卫生健康委:\n现就有关事项通知如下。',
    expect: { issuer: '阿拉善盟卫生健康委员会' } },
  { name: 'the site\'s 制定机关', text: '制定机关: 某市卫生健康委员会\n成文日期: 2023-03-01\n关于印发实施方案的通知\n各县区:\n现印发给你们。', expect: { issuer: '某市卫生健康委员会' } },
  { name: 'the site\'s 发文机关', text: '发文机关: 某省人民政府办公厅\n关于印发实施方案的通知\n各市州人民政府:\n现印发给你们。', expect: { issuer: '某省人民政府办公厅' } },
  { name: 'a signature on the date\'s line', text: 'xxx卫生局年医改工作总结报告\n今年以来,我局认真落实医改任务,取得明显成效。\nxxx卫生局 二0一0年8月3日', expect: { issuer: 'xxx卫生局' } },
  { name: 'a national signature', text: '国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知\n国办发〔2024〕31号\n各省、自治区、直辖市人民政府:\n现印发给你们,请认真组织实施。\n国务院办公厅\n2024年6月3日\n(此件公开发布)',
    expect: { issuer: '国务院办公厅' } },
  { name: 'no signature, no chrome', text: '2020年全县卫生健康工作要点\n一、打好健康扶贫攻坚战\n(一)精准推动政策落实。', expect: { issuer: undefined } },
  { name: 'a sentence before a date is no signature', text: '2022年工作要点\n一、重点任务\n(一)各县区要认真落实。会议定于2022年3月5日\n召开。', expect: { issuer: undefined } },
  { name: 'the addressee line is not the issuer', text: '关于印发工作要点的通知\n各县区卫生健康局:\n现印发给你们,请认真落实。\n某市卫生健康委员会\n2022年3月1日', expect: { issuer: '某市卫生健康委员会' } },
  { name: 'a site source with no body name is no issuer', text: '来源:本站原创 时间:2021-10-15 11:22:28\n2021年XX区卫生健康工作计划\n一、总体要求\n(一)强化领导。', expect: { issuer: undefined } },
]);

table('date', [
  { name: 'the signature date', text: NOTICE, expect: { date: '2022-02-27' } },
  { name: '成文时间', text: '发布机构: 阿拉善盟卫生健康委员会\n发文字号: 阿卫健法规字〔2021〕162号 成文时间: 2021-06-21\n关于开展活动的通知\n各旗(区)卫生健康委:\n现就有关事项通知如下。',
    expect: { date: '2021-06-21' } },
  { name: '公布日期', text: '【字号】定卫办发〔2022〕13号\n【公布日期】2022.02.27\n关于印发工作要点的通知\n各县区卫生健康局:\n现印发给你们。', expect: { date: '2022-02-27' } },
  { name: '成文日期 wins over the site\'s 发布日期', text: '成文日期: 2023-03-01 发布日期: 2023-03-08\n关于印发实施方案的通知\n各县区:\n现印发给你们。', expect: { date: '2023-03-01' } },
  { name: 'the signature date wins over the site\'s 发布日期', text: '发布日期: 2022-09-16\n某市人民政府办公厅关于印发养老服务管理办法的通知\n各区人民政府:\n现印发给你们,请认真贯彻执行。\n某市人民政府办公厅\n2022年9月6日', expect: { date: '2022-09-06' } },
  { name: 'a signature year written 二0一0', text: 'xxx卫生局年医改工作总结报告\n今年以来,我局认真落实医改任务。\nxxx卫生局 二0一0年8月3日', expect: { date: '2010-08-03' } },
  { name: 'a signature year written 二〇二二 with Chinese month and day', text: '关于印发工作要点的通知\n各县区:\n现印发给你们。\n某市卫生健康委员会\n二〇二二年三月十五日', expect: { date: '2022-03-15' } },
  { name: 'a signature year written 二零二一', text: '关于开展督查的通知\n各县区:\n现就有关事项通知如下。\n某县卫生健康局\n二零二一年十二月三十日', expect: { date: '2021-12-30' } },
  { name: 'a site upload time is not the date', text: '时间:2021-10-15 11:22:28\n2021年XX区深化医药卫生体制改革重点工作推进计划表\n一、深化医药卫生体制改革\n1.持续深化公立医院改革', expect: { date: undefined } },
  { name: 'a sharing site\'s 上传时间 is not the date', text: '上传时间:2019-10-11 浏览次数:62\n2020年全县卫生健康工作要点\n一、打好健康扶贫攻坚战\n(一)精准推动政策落实。', expect: { date: undefined } },
  { name: 'a deadline is not the date', text: '2022年工作要点\n一、重点任务\n(一)各县区要于2022年6月30日前完成建设。', expect: { date: undefined } },
  { name: 'a past event in the body is not the date', text: '2021医改工作总结\n2021年3月5日,市政府召开医改工作会议,部署全年工作。\n一、主要成效\n(一)公立医院改革稳步推进。', expect: { date: undefined } },
]);

table('year', [
  { name: 'the title\'s year, not the signature\'s', text: '某市卫生健康委员会关于印发2022年全市卫生健康工作要点的通知\n各县区:\n现印发给你们。\n某市卫生健康委员会\n2021年12月30日', expect: { year: 2022 } },
  { name: 'the signature\'s year when the title has none', text: '关于开展督查的通知\n各县区:\n请于6月底前完成自查。\n某县卫生健康局\n2021年3月2日', expect: { year: 2021 } },
  { name: 'the dominant year when nothing else says', text: '卫生健康工作要点\n一、重点任务\n(一)2023年6月底前完成建设。(二)2023年底前完成验收。(三)巩固2022年成果。', expect: { year: 2023 } },
  { name: 'a site label year later than the signature is not the plan year', text: '2021医改工作总结\n今年以来,我局认真落实医改任务。\nxxx卫生局 二0一0年8月3日', expect: { year: 2010 } },
  { name: 'the --year option overrides the title', text: '2020年全县卫生健康工作要点\n一、重点任务\n(一)6月底前完成。', year: 2021, expect: { year: 2021 } },
  { name: 'the --year option when nothing states a year', text: '卫生健康工作要点\n一、重点任务\n(一)6月底前完成。', year: 2024, expect: { year: 2024 } },
  { name: 'a title year written in Chinese digits', text: '二〇二二年全县卫生健康工作要点\n一、重点任务\n(一)6月底前完成。', expect: { year: 2022 } },
  { name: 'a national plan\'s year from its title', text: '国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知\n国办发〔2024〕31号\n各省、自治区、直辖市人民政府:\n现印发给你们。\n国务院办公厅\n2024年6月3日', expect: { year: 2024 } },
  { name: 'no year anywhere', text: '卫生健康工作要点\n一、重点任务\n(一)6月底前完成。', expect: { year: undefined } },
  { name: 'a span of years in the title gives its first year', text: '某市卫生健康事业发展规划(2021-2025年)\n一、发展基础\n(一)成效显著。', expect: { title: '某市卫生健康事业发展规划(2021-2025年)', year: 2021 } },
  { name: 'a span of years with a long dash', text: '某县健康促进行动计划(2023—2025年)\n一、总体要求\n(一)到2025年建成健康促进县。', expect: { title: '某县健康促进行动计划(2023-2025年)', year: 2023 } },
]);

describe('isSummaryTitle', () => {
  it.each([
    { title: '2021医改工作总结', summary: true },
    { title: '医改工作总结工作总结', summary: true },
    { title: '子长县医改工作情况汇报', summary: true },
    { title: 'xxx卫生局年医改工作总结报告', summary: true },
    { title: '改革落实情况汇报材料', summary: true },
    // a plan follows the summary: its tasks are work to be done
    { title: '2021年上半年工作总结及下半年工作计划', summary: false },
    { title: '2022年全市卫生健康工作要点', summary: false },
    { title: '某县深化医药卫生体制改革实施方案', summary: false },
    { title: '关于开展2021年公立医院书记和院长活动的通知', summary: false },
    { title: '关于印发2022年医改工作总结报告模板的通知', summary: false },
    { title: '深化医药卫生体制改革2024年重点工作任务', summary: false },
    { title: '2021年XX区深化医药卫生体制改革重点工作推进计划表', summary: false },
    { title: undefined, summary: false },
  ])('$title → $summary', ({ title, summary }) => {
    expect(isSummaryTitle(title)).toBe(summary);
  });
});

describe('metadata of a gov HTML page', () => {
  // The central government site's layout: a metadata table above the article, the title and number
  // repeated in the article, the signature and its date; the 发布日期 is the site's, not the document's.
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知_卫生、体育_中国政府网</title>
<meta name="PubDate" content="2024-06-06 16:00"></head><body>
<div class="header">首页 | 简 | 繁 | EN | 登录 | 邮箱 | 无障碍</div>
<table class="bd1">
<tr><td><b>索 引 号：</b></td><td>000014349/2024-00045</td><td><b>主题分类：</b></td><td>卫生、体育\\医药管理</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2024年06月03日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>国办发〔2024〕29号</td><td><b>发布日期：</b></td><td>2024年06月06日</td></tr>
</table>
<div id="UCAP-CONTENT">
<p style="text-align:center">国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知</p>
<p style="text-align:center">国办发〔2024〕29号</p>
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>　　《深化医药卫生体制改革2024年重点工作任务》已经国务院同意，现印发给你们，请结合实际，认真组织实施。</p>
<p style="text-align:right">国务院办公厅</p>
<p style="text-align:right">2024年6月3日</p>
<p>　　（此件公开发布）</p>
</div><div class="footer">【我要纠错】 责任编辑：王某某</div></body></html>`;

  it('reads title, number, issuer and 成文日期 — not the 发布日期', () => {
    expect(parse(page, { inputFormat: 'html' }).meta).toEqual({
      title: '国务院办公厅关于印发深化医药卫生体制改革2024年重点工作任务的通知',
      docNumber: '国办发〔2024〕29号',
      issuer: '国务院办公厅',
      date: '2024-06-03',
      year: 2024,
    });
  });
});
