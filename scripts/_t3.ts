import { coresOf } from '@/utils/analysis/cores';
const core = (category: any, text: string, lang: 'zh' | 'en' = 'zh') =>
  coresOf(text, { start: 0, end: text.length, category, lang }).map((s) => text.slice(s.start, s.end));
for (const [c, t] of [
  ['obligation', '第十八条　各地要加强农村产权交易平台信息化建设，2027年底前实现省市县乡四级交易数据互联互通。'],
  ['obligation', '电网企业要优化新型储能并网流程，确保项目并网接入时间压缩至30个工作日以内。'],
  ['obligation', '要加快推进高标准农田建设，年内新建和改造提升高标准农田400万亩。'],
  ['target', '到2027年，全省新型储能产业营业收入达到1万亿元以上，培育5家以上具有国际竞争力的龙头企业。'],
  ['target', '按照部署，到2029年中华人民共和国成立80周年时，要完成党的二十届三中全会提出的各项改革任务。'],
  ['obligation', '该负责人介绍，条例要求各级商务主管部门会同市场监管等部门建立预付卡信用监管机制。'],
]) console.log(c, JSON.stringify(core(c, t)));
