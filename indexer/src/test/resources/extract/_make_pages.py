#!/usr/bin/env python3
"""Writes the extraction fixtures: pages/<name>.html (raw bytes in the page's own encoding) and
expected/<name>.json (held-out format + fetchedAt). Seed texts come from /work/shared/seeds; the
templates and the other articles are our own. Run from this directory; the output is committed."""
import json, os, html

SEEDS = '/work/shared/seeds'
def seed(n):
    name = [f for f in os.listdir(SEEDS) if f.startswith('%03d_' % n)][0]
    with open(os.path.join(SEEDS, name), encoding='utf-8') as f:
        return [l.rstrip('\n') for l in f]

def esc(s):
    return html.escape(s, quote=False)

def write(name, text, encoding, expected):
    os.makedirs('pages', exist_ok=True); os.makedirs('expected', exist_ok=True)
    data = text.encode(encoding, errors='xmlcharrefreplace')
    with open('pages/%s.html' % name, 'wb') as f:
        f.write(data)
    with open('expected/%s.json' % name, 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write('\n')

def strip_pinyin(s):
    import re
    return re.sub(r'(?<=[\u4e00-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\)', lambda m: '' if any(c in 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ' for c in m.group(1)) else m.group(0), s)

# ---------------------------------------------------------------- 000: hospital CMS, UTF-8 bytes, meta says gb2312
s = seed(0)
title_raw = s[0]
paras = s[2:]
page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(title_raw)}-浙江大學醫學院附屬杭州市西溪醫院</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">var _hmt = _hmt || []; function goSearch(){{ return false; }}</script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="杭州市西溪醫院" /></div>
<div class="top-search"><form action="/search.aspx"><input type="text" name="kw" /><input type="submit" value="搜索" /></form></div></div>
<div class="menu"><ul><li><a href="/">網站首頁</a></li><li><a href="/yygk/">醫院概況</a></li><li><a href="/xwzx/">新聞中心</a></li><li><a href="/ksdh/">科室導航</a></li><li><a href="/zjjs/">專家介紹</a></li><li><a href="/jzzn/">就診指南</a></li><li><a href="/dwgz/">黨建工作</a></li><li><a href="/rxyj/">柔性援疆</a></li></ul></div>
<div class="main">
 <div class="left">
  <div class="lm-title">新聞中心</div>
  <ul class="lm-list"><li><a href="/xwzx/yyxw/">醫院新聞</a></li><li><a href="/xwzx/mtbd/">媒體報道</a></li><li><a href="/rxyj/">柔性援疆</a></li><li><a href="/xwzx/tzgg/">通知公告</a></li></ul>
 </div>
 <div class="right">
  <div class="weizhi">當前位置：<a href="/">首頁</a> &gt; <a href="/xwzx/">新聞中心</a> &gt; <a href="/rxyj/">柔性援疆</a></div>
  <div class="news-show">
   <h2 class="news-title">{esc(title_raw)}</h2>
   <div class="news-info">{esc(s[1])}</div>
   <div class="news-content" id="zoom">
{chr(10).join('    <p>&nbsp;&nbsp;&nbsp;&nbsp;' + esc(p) + '</p>' for p in paras)}
   </div>
   <div class="news-page"><p>上一篇：<a href="/rxyj/show-1522.html">我院援疆專家在阿克蘇開展義診活動</a></p><p>下一篇：<a href="/rxyj/show-1524.html">杭阿兩地醫院開展遠程會診</a></p></div>
  </div>
 </div>
</div>
<div class="footer"><p>版權所有：浙江大學醫學院附屬杭州市西溪醫院 地址：杭州市西湖區古墩路1號</p><p>浙ICP備05000000號-1 技術支持：某某網絡</p></div>
</body>
</html>
'''
write('s000-hospital-utf8-gb2312label', page, 'utf-8', {
    'url': 'http://www.xixi-hospital.example/rxyj/show-1523.html',
    'contentType': 'text/html',
    'fetchedAt': '2021-06-02T03:00:00Z',
    'charset': 'UTF-8', 'isArticle': True,
    'title': strip_pinyin(title_raw.split('|', 1)[1]),
    'published': '2021-05-28', 'source': None, 'author': None, 'script': 'Hant',
    'body': '\n'.join(strip_pinyin(p) for p in paras),
    'lostCharacters': True,
})

# ---------------------------------------------------------------- 001: news portal channel, Big5 bytes, HTTP says gb2312, no meta
s = seed(1)
title = strip_pinyin(s[4])
nav = s[1]
lines = [l.strip('\u3000 ') for l in s[9:]]
content = []
body = []
for l in lines:
    if not l:
        continue
    if l == '圖片':
        content.append('<p style="text-align:center"><img src="/2022/06-20/U123P7T3D1234F11DT20220620190544.jpg" alt="" /></p><p align="center">圖片</p>')
        continue
    if l.startswith('(編輯'):
        continue
    content.append('<p>\u3000\u3000' + esc(l) + '</p>')
    body.append(strip_pinyin(l))
navlinks = ''.join('<a href="/%d/">%s</a>|' % (i, esc(x)) for i, x in enumerate(nav.split('|')))
page = f'''<!DOCTYPE html>
<html>
<head>
<title>{esc(s[4])}-中新網</title>
<meta name="keywords" content="援疆,阿克蘇,杭州" />
<meta name="description" content="{esc(strip_pinyin(body[0])[:60])}" />
</head>
<body>
<div id="top_nav"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="中新網" />中新網</a></div>
<div class="province_bar">{navlinks[:-1]}</div></div>
<div class="weixin"><img src="/images/qr.jpg" alt="" /><span>我們的微信</span></div>
<div class="content">
 <div class="left-t">
  <h1>{esc(s[4])}</h1>
  <div class="left-time">{esc(s[6].split('來源')[0])}來源:<a href="/">中新網新疆</a></div>
  <div class="fontsize">字號(hào):  <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></div>
 </div>
 <div class="left_zw">
{chr(10).join(content)}
 </div>
 <div class="adEditor"><div class="left_name"><span>(編輯:阿麗婭)</span></div></div>
 <div class="share"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a></div>
 <div class="related"><h3>相關新聞</h3><ul><li><a href="/a/1.shtml">阿克蘇地區開展醫療下鄉活動</a></li><li><a href="/a/2.shtml">浙江援疆專家完成首例手術</a></li><li><a href="/a/3.shtml">新疆各地加強夏季防暑工作</a></li></ul></div>
</div>
<div id="footer"><p>關於我們 | 聯繫我們 | 網站地圖</p><p>本網站所刊載信息，不代表中新社和中新網觀點。 刊用本網站稿件，務經書面授權。</p><p>Copyright ©1999-2022 chinanews.com. All Rights Reserved</p></div>
</body>
</html>
'''
write('s001-news-big5-wronghttp', page, 'big5hkscs', {
    'url': 'http://www.xj.chinanews.example/dizhou/detail-ihazfkyi5412345.shtml',
    'contentType': 'text/html; charset=gb2312',
    'fetchedAt': '2022-06-21T02:00:00Z',
    'charset': 'Big5', 'isArticle': True,
    'title': title, 'published': '2022-06-20', 'source': '中新網新疆', 'author': '馮勇 阿麗婭', 'script': 'Hant',
    'body': '\n'.join(body), 'lostCharacters': True,
})

# ---------------------------------------------------------------- 002: regional portal, GBK bytes, meta gbk, spam keyword line inside the article
s = seed(2)
spam = s[0]
title = strip_pinyin(s[4])
info = s[6]
raw = [l.strip('\u3000 ') for l in s[8:]]
content = ['<p>' + esc(spam) + '</p>']
body = []
import re
for l in raw:
    if not l:
        continue
    if re.search(r'\(圖\d\)$', l):
        content.append('<p align="center"><img src="/uploadfile/2022/0126/2022012601.jpg" alt="%s" /></p><p align="center">%s</p>' % (esc(l), esc(l)))
        continue
    if l.startswith('編輯') or l.startswith('關') or l.startswith('長'):
        continue
    content.append('<p>\u3000\u3000' + esc(l) + '</p>')
    b = strip_pinyin(l)
    b = re.sub(r'\(來源:健康西南.*\)$', '', b)
    body.append(b)
page = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(s[4])}_頭條_川南在線</title>
<meta name="keywords" content="西南醫大附院,敘永,醫聯體">
</head>
<body>
<div class="header"><div class="slogan">{esc(s[2])}</div>
<div class="nav"><a href="/">首頁</a> <a href="/tt/">頭條</a> <a href="/lz/">瀘州</a> <a href="/yb/">宜賓</a> <a href="/zg/">自貢</a> <a href="/ns/">內江</a> <a href="/ws/">文化</a> <a href="/jk/">健康</a></div></div>
<table width="960" align="center"><tr><td width="680" valign="top">
<div class="article">
<h1 class="art-title">{esc(s[4])}</h1>
<div class="art-info">{esc(info)}</div>
<div class="art-body">
{chr(10).join(content)}
</div>
<div class="art-editor">{esc([l for l in s if l.startswith('編輯')][0])}</div>
<div class="wx"><p>{esc([l for l in s if l.startswith('關')][0])}</p><p><img src="/images/wxqr.jpg"></p><p>{esc([l for l in s if l.startswith('長')][0])}</p></div>
</div>
</td><td width="260" valign="top"><div class="sidebar"><h3>熱門文章</h3><ul><li><a href="/a/11.html">瀘州老窖舉辦文化節</a></li><li><a href="/a/12.html">宜賓新增兩條公交線路</a></li><li><a href="/a/13.html">自貢燈會即將開幕</a></li></ul></div></td></tr></table>
<div class="foot">川南在線 版權所有 蜀ICP備12000000號</div>
</body></html>
'''
write('s002-portal-gbk-meta', page, 'gbk', {
    'url': 'http://www.cnzx.example/html/toutiao/56789.html',
    'contentType': 'text/html',
    'fetchedAt': '2022-01-27T01:00:00Z',
    'charset': 'GB18030', 'isArticle': True,
    'title': title, 'published': '2022-01-26', 'source': '健康西南', 'author': '尹麗 林夢媛 梁婷 李永鑫', 'script': 'Hant',
    'body': '\n'.join(body), 'lostCharacters': False,
})

# ---------------------------------------------------------------- 003: provincial hospital news, GBK bytes, no label anywhere, no title
s = seed(3)
paras = [l for l in s if l.strip()]
page = '''<html>
<head>
<title>新闻动态-甘肃省中医院</title>
<style>.con p{line-height:28px;text-indent:2em}</style>
</head>
<body>
<div class="head"><img src="/images/banner.jpg"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/yyjj/">医院简介</a></li><li><a href="/xwdt/">新闻动态</a></li><li><a href="/ksjs/">科室介绍</a></li><li><a href="/zjfc/">专家风采</a></li><li><a href="/hlyd/">护理园地</a></li></ul></div>
<div class="wrap">
 <div class="con">
''' + '\n'.join('<p>' + esc(p) + '</p>' for p in paras) + '''
 </div>
 <div class="fenye"><a href="/xwdt/3520.html">上一条</a> <a href="/xwdt/3522.html">下一条</a></div>
</div>
<div class="bottom">地址：兰州市七里河区瓜州路418号 &nbsp; 陇ICP备05000000号</div>
</body>
</html>
'''
write('s003-hospital-gbk-nolabel', page, 'gbk', {
    'url': 'http://www.gszyy.example/xwdt/3521.html',
    'contentType': 'text/html',
    'fetchedAt': '2022-01-20T02:00:00Z',
    'charset': 'GB18030', 'isArticle': True,
    'title': None, 'published': '2022-01-18', 'source': None, 'author': None, 'script': 'Hant',
    'body': '\n'.join(strip_pinyin(p) for p in paras), 'lostCharacters': True,
})

# ---------------------------------------------------------------- 004: content farm copy, UTF-8 with correct header
s = seed(4)
h1 = s[0]
dateline = s[2]
copied_title = s[4]
end = s.index('- END -')
article = [l for l in s[6:end] if l.strip()]
trailing = [l for l in s[end + 1:] if l.strip()]
content = ['<p>' + esc(copied_title) + '</p>']
body = []
for l in article:
    if l == '受访者供图':
        content.append('<p style="text-align:center"><img src="https://img.example/u/2025/05/13/a.jpg"></p><p style="text-align:center">受访者供图</p>')
        continue
    content.append('<p>' + esc(l) + '</p>')
    if not l.startswith('【'):
        body.append(l)
content.append('<p><br/></p><p>- END -</p>')
items = []
i = 1
while i < len(trailing):
    t = trailing[i]
    items.append(t)
    i += 1
rel = []
for k in range(1, len(trailing) - 2, 3):
    rel.append('<div class="item"><a href="/xiuxian/%d.html"><h4>%s</h4></a><p>%s</p><p>%s</p></div>' % (k, esc(trailing[k]), esc(trailing[k + 1]), esc(trailing[k + 2])))
page = f'''<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(copied_title)}</title>
<script>window.dataLayer=[];</script>
</head>
<body>
<header class="site-head"><a class="brand" href="/">百事资讯网</a><nav><a href="/">首页</a><a href="/xiuxian/">休闲</a><a href="/youxi/">游戏</a><a href="/shenghuo/">生活</a></nav></header>
<main>
<article class="post">
<h1 class="post-title">{esc(h1)}</h1>
<div class="post-meta"><span>{esc(dateline.split(' - ')[0])}</span> - <a href="/xiuxian/">休闲</a></div>
<div class="post-content">
{chr(10).join(content)}
<p class="views">{esc(trailing[0])}</p>
</div>
</article>
<section>
{chr(10).join(rel)}
</section>
</main>
<footer>© 2025 百事资讯网</footer>
</body>
</html>
'''
write('s004-farm-utf8', page, 'utf-8', {
    'url': 'https://www.baishi-zixun.example/xiuxian/20250513/8841.html',
    'contentType': 'text/html; charset=utf-8',
    'fetchedAt': '2025-05-20T02:00:00Z',
    'charset': 'UTF-8', 'isArticle': True,
    'title': '广州市八医院团队到疏附县调研交流,共推医疗援疆工作',
    'published': '2025-05-13', 'source': '南方农村报', 'author': '广州援疆', 'script': 'Hans',
    'body': '\n'.join(body), 'lostCharacters': False,
})

# ================================================================ our own articles (written for these fixtures)
def paras_html(ps, indent='\u3000\u3000'):
    return '\n'.join('<p>' + indent + esc(p) + '</p>' for p in ps)

# ---------------------------------------------------------------- A: TRS-style government table layout, GBK, no charset anywhere, 镕
a_title = '浙江第十批援藏医疗队抵达那曲'
a_body = [
    '8月14日，浙江省第十批“组团式”援藏医疗队一行28人抵达那曲，将在那曲市人民医院开展为期一年的医疗帮扶工作。',
    '医疗队由来自省内12家三级医院的临床、护理和管理骨干组成，涵盖心血管内科、儿科、麻醉科、检验科等15个专业。队长王镕介绍，队员出发前已与受援科室逐一对接，明确了“一人一科一计划”的帮扶任务。',
    '那曲市卫生健康委员会负责人表示，前九批浙江医疗队帮助当地医院新建了8个临床专科，开展新技术新项目60余项，高原群众在家门口就能看上病、看好病。',
    '按照计划，本批医疗队将重点推进胸痛中心和危重孕产妇救治中心建设，并通过远程会诊平台把浙江专家资源延伸到县级医院。',
]
page = f'''<html>
<head>
<title>{a_title}_工作动态_浙江省卫生健康委员会</title>
<meta name="ArticleTitle" content="{a_title}">
<meta name="PubDate" content="2023-08-15 10:20">
<meta name="ContentSource" content="浙江省卫生健康委员会">
<meta name="Author" content="">
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="1000" height="120"></td></tr></table>
<table width="1000" align="center"><tr>
<td width="220" valign="top" class="left"><table><tr><td><a href="/col/col1.html">工作动态</a></td></tr><tr><td><a href="/col/col2.html">通知公告</a></td></tr><tr><td><a href="/col/col3.html">政策解读</a></td></tr><tr><td><a href="/col/col4.html">卫生健康统计</a></td></tr></table></td>
<td width="780" valign="top">
<table width="100%"><tr><td class="bt_title" align="center"><font size="5"><b>{a_title}</b></font></td></tr>
<tr><td align="center">信息来源：浙江省卫生健康委员会&nbsp;&nbsp;发布日期：2023-08-15&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="bt_content" id="zoom">
{paras_html(a_body)}
<p align="right">责任编辑：李文</p>
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center">主办单位：浙江省卫生健康委员会 网站标识码：3300000001 浙ICP备00000000号</td></tr></table>
</body>
</html>
'''
write('own-a-trs-gbk-nocharset', page, 'gbk', {
    'url': 'https://wsjkw.zj.example/art/2023/8/16/art_1202101_58934.html',
    'contentType': 'text/html',
    'fetchedAt': '2023-09-01T00:00:00Z',
    'charset': 'GB18030', 'isArticle': True, 'title': a_title, 'published': '2023-08-15',
    'source': '浙江省卫生健康委员会', 'author': '李文', 'script': 'Hans', 'body': '\n'.join(a_body), 'lostCharacters': False,
})

# ---------------------------------------------------------------- B: column list page, GBK with correct header
items = ['市卫健委召开二季度医疗质量分析会', '我市启动基层卫生人才能力提升培训', '援疆医生在喀什开展白内障复明手术',
         '市中心医院与三县医院签订医共体协议', '夏季食品安全知识宣传进社区', '市妇幼保健院获评省级爱婴医院',
         '我市新增两家互联网医院', '市急救中心开展应急演练', '医联体专家团队赴山区义诊', '市疾控中心发布夏季传染病提示',
         '全市家庭医生签约服务推进会召开', '市人民医院胸痛中心通过国家认证', '卫生监督所开展游泳场所专项检查',
         '市中医院举办膏方节', '对口帮扶医院远程会诊突破千例', '市卫健委召开安全生产工作会议',
         '我市开展无偿献血月活动', '县级医院重点专科建设推进会召开', '市第二人民医院新院区启用', '全市卫生健康系统作风建设大会召开']
lis = '\n'.join('<li><a href="/art/2023/6/%d/art_1_%d.html" title="%s">%s</a><span>2023-06-%02d</span></li>' % (
    28 - i, 900 + i, esc(t), esc(t), 28 - i) for i, t in enumerate(items))
page = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>工作动态_某市卫生健康委员会</title></head>
<body><div class="top"><img src="/img/logo.png"></div>
<div class="nav"><a href="/">首页</a> <a href="/col/1.html">机构概况</a> <a href="/col/2.html">工作动态</a> <a href="/col/3.html">政务公开</a></div>
<div class="main"><div class="crumb">当前位置：首页 &gt; 工作动态</div>
<div class="list"><ul>
{lis}
</ul></div>
<div class="page"><a href="index.html">首页</a> <a href="index.html">上一页</a> <a href="index_2.html">下一页</a> <a href="index_9.html">尾页</a> 共9页</div>
</div><div class="footer">版权所有：某市卫生健康委员会</div></body></html>
'''
write('own-b-list-gbk', page, 'gbk', {
    'url': 'http://wjw.example.gov.cn/col/2/index_1.html', 'contentType': 'text/html; charset=GBK',
    'fetchedAt': '2023-07-01T00:00:00Z', 'charset': 'GB18030', 'isArticle': False,
})

# ---------------------------------------------------------------- D: Big5 with a wrong HTTP header (utf-8) and a right meta; <time datetime>
d_title = '港深兩地醫院簽署專科聯盟協議 共建遠程會診平台'
d_body = [
    '香港一家公立醫院聯網與深圳市一所三甲醫院昨日在深圳簽署專科聯盟合作協議，雙方將在腫瘤、兒科及急症醫學三個專科開展長期合作。',
    '根據協議，兩院將共同建設遠程會診平台，香港專科醫生每月定期為深圳的疑難病例提供會診意見，深圳方面則安排年輕醫生赴港進修。',
    '深圳醫院院長表示，專科聯盟不是簡單的掛牌，而是要在人才培養、臨床研究和病人轉介上形成制度化安排。香港方面負責人亦指出，合作有助兩地病人在大灣區內獲得更便捷的診療服務。',
]
page = f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{d_title} - 大灣區新聞網</title></head>
<body>
<div id="header"><a href="/">大灣區新聞網</a><ul id="menu"><li><a href="/hk/">香港</a></li><li><a href="/sz/">深圳</a></li><li><a href="/gz/">廣州</a></li><li><a href="/health/">健康</a></li></ul></div>
<div id="article">
<h1>{d_title}</h1>
<p class="byline">記者 陳家明 <time datetime="2024-03-08T09:30:00+08:00">2024年3月8日</time></p>
<div class="article-body">
{paras_html(d_body, '')}
</div>
<div class="comments"><h3>讀者留言</h3><p>陳先生 2024-03-09：希望盡快落實！</p></div>
</div>
<div id="footer">© 2024 大灣區新聞網 版權所有</div>
</body></html>
'''
write('own-d-big5-wronghttp-meta', page, 'big5', {
    'url': 'https://news.gba.example/health/article/88231.html', 'contentType': 'text/html; charset=utf-8',
    'fetchedAt': '2024-03-09T00:00:00Z', 'charset': 'Big5', 'isArticle': True, 'title': d_title,
    'published': '2024-03-08', 'source': None, 'author': '陳家明', 'script': 'Hant', 'body': '\n'.join(d_body),
    'lostCharacters': False,
})

# ---------------------------------------------------------------- E: UTF-8, JSON-LD in UTC crossing midnight in Shanghai, off topic
e_title = '城市马拉松明日开跑 部分道路实施交通管制'
e_body = [
    '第十届城市马拉松将于明天早上7时30分鸣枪起跑，全程、半程和健康跑共吸引三万余名跑者参加。',
    '为保障赛事顺利进行，交警部门将在比赛期间对沿线十余条道路实施分段交通管制，请市民提前规划出行路线，尽量选择地铁出行。',
    '组委会提醒参赛选手合理安排赛前饮食和作息，比赛当天注意补充水分，身体不适时及时停止比赛并向沿途工作人员求助。',
]
page = f'''<!doctype html><html><head><meta charset="utf-8"><title>{e_title} | 城市晚报</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e_title}","datePublished":"2024-11-30T18:45:00Z"}}</script>
</head><body>
<nav class="top-nav"><a href="/">首页</a><a href="/city">城事</a><a href="/sports">体育</a></nav>
<article><h1>{e_title}</h1><div class="meta">城市晚报 2024-12-01 02:45</div>
<div class="text">{paras_html(e_body, '')}</div>
<div class="share-bar">分享到：微信 微博</div></article>
<aside><h3>热门</h3><ol><li><a href="/1">冬季供暖今起开始</a></li><li><a href="/2">新开通两条公交线路</a></li></ol></aside>
<footer>城市晚报 版权所有</footer></body></html>
'''
write('own-e-utf8-jsonld-offtopic', page, 'utf-8', {
    'url': 'https://www.citynews.example/sports/2024/marathon.html', 'contentType': 'text/html; charset=UTF-8',
    'fetchedAt': '2024-12-01T06:00:00Z', 'charset': 'UTF-8', 'isArticle': True, 'title': e_title,
    'published': '2024-12-01', 'source': None, 'author': None, 'script': 'Hans', 'body': '\n'.join(e_body),
    'lostCharacters': False,
})

# ---------------------------------------------------------------- F: WeChat-style article, UTF-8, og:title, empty <title>, follow prompts and a back-issue list
f_title = '对口支援 | 我院专家团队完成疏勒县首例腹腔镜手术'
f_body = [
    '近日，我院第五批援疆专家团队在疏勒县人民医院成功完成该院首例腹腔镜胆囊切除手术，患者术后第二天即可下床活动。',
    '据了解，此前当地群众做此类手术需要前往数百公里外的地区医院。援疆专家到岗后，先后为科室医生开展了十余次理论授课和模拟操作培训。',
    '“我们不仅要把手术做下来，更要把技术留下来。”援疆专家组组长说，下一步将帮助科室建立微创手术规范，让更多患者就近得到治疗。',
]
page = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>
<meta property="og:title" content="{f_title}"></head>
<body><div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">{f_title}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname">某某人民医院</span> <em id="publish_time">2023-11-15 08:30</em></div>
<div class="rich_media_content" id="js_content">
<section><img data-src="https://mmbiz.example/1.jpg"></section>
{paras_html(f_body, '')}
<p><img data-src="https://mmbiz.example/2.jpg"></p>
<p>图为援疆专家在手术中</p>
<p>文字：宣传科 张敏</p>
<p>编辑：刘洋</p>
<p>审核：陈刚</p>
<p>- END -</p>
<p>往期回顾</p>
<p><a href="https://mp.example/s/1">我院举办护士节表彰大会</a></p>
<p><a href="https://mp.example/s/2">冬季流感高发，专家教你做好防护</a></p>
<p>长按识别二维码关注我们</p>
</div>
<div class="rich_media_tool"><span>阅读 2031</span> <span>在看 12</span></div>
</div></body></html>
'''
write('own-f-wechat-utf8', page, 'utf-8', {
    'url': 'https://mp.weixin.example/s/AbCdEf123', 'contentType': 'text/html; charset=utf-8',
    'fetchedAt': '2023-11-20T00:00:00Z', 'charset': 'UTF-8', 'isArticle': True,
    'title': '我院专家团队完成疏勒县首例腹腔镜手术', 'published': '2023-11-15', 'source': None,
    'author': '张敏 刘洋 陈刚', 'script': 'Hans', 'body': '\n'.join(f_body), 'lostCharacters': False,
})

# ---------------------------------------------------------------- G: header says gb2312, bytes are GBK with 喆 and Traditional characters
g_title = '市人民医院牵头组建紧密型医共体 六家乡镇卫生院加入'
g_body = [
    '4月11日，市人民医院与六家乡镇卫生院签署紧密型县域医共体建设协议，标志着我市医共体建设进入实质运行阶段。',
    '根据协议，市人民医院将向成员单位派驻业务院长和科室主任，统一人员调配、统一药品耗材采购、统一信息系统。院长魏喆表示，医共体内将推行“基层检查、上级诊断”，让群众少跑路。',
    '活动现场还为六家成员单位授牌，并举行了首批下沉专家出征仪式。',
]
page = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{g_title}-医院动态-某市人民医院</title></head>
<body><div class="header"><span>某市人民医院</span></div>
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/yydt/">医院动态</a></div>
<div class="article"><div class="title">{g_title}</div>
<div class="info">发布日期：2023-04-12 &nbsp; 浏览次数：356</div>
<div class="content">{paras_html(g_body)}</div>
<div class="prevnext"><a href="/yydt/202304/t20230410_880.html">上一篇：我院开展世界卫生日义诊</a></div></div>
<div class="copyright">Copyright 某市人民医院 地址：人民路1号</div></body></html>
'''
write('own-g-gb2312label-gbkbytes', page, 'gbk', {
    'url': 'http://www.shiyiyuan.example/yydt/202304/t20230412_889.html', 'contentType': 'text/html; charset=gb2312',
    'fetchedAt': '2023-05-01T00:00:00Z', 'charset': 'GB18030', 'isArticle': True, 'title': g_title,
    'published': '2023-04-12', 'source': None, 'author': None, 'script': 'Hans', 'body': '\n'.join(g_body),
    'lostCharacters': False,
})

# ---------------------------------------------------------------- H: Word-pasted paragraphs (span/font soup), pictures with captions, long dated sidebar, reader comments
h_title = '省人民医院专家团队赴阿里地区开展“组团式”医疗帮扶'
h_body = [
    '为深入落实“组团式”医疗援藏工作部署，7月3日至12日，省人民医院组织心内科、妇产科、眼科等8个专业的专家赴阿里地区人民医院开展为期十天的集中帮扶。',
    '帮扶期间，专家团队共接诊患者1200余人次，完成手术46台，其中包括当地首例经皮冠状动脉介入治疗。',
    '专家们还深入科室开展教学查房和病例讨论，手把手指导当地医生规范操作，并就重点专科建设与受援医院签订了为期三年的帮扶协议。',
    '阿里地区人民医院院长表示，专家团队不仅带来了先进技术，更带来了先进的管理理念，希望双方以专科共建为纽带，持续深化合作。',
    '据悉，省人民医院自2015年承担援藏任务以来，已累计选派援藏医疗人才90余人次，帮助受援医院建成5个区级重点专科。',
]
def soup(p):
    # what Word leaves behind: nested spans and fonts around every few characters
    parts = [p[i:i + 7] for i in range(0, len(p), 7)]
    return '<p class="MsoNormal" style="text-indent:2em"><span style="font-family:宋体"><font size="3">' + ''.join(
        '<span lang="EN-US" style="font-size:12pt">%s</span>' % esc(x) for x in parts) + '</font></span></p>'
h_content = []
for k, p in enumerate(h_body):
    h_content.append(soup(p))
    if k in (0, 2):
        h_content.append('<p style="text-align:center"><img src="/u/2024/07/%d.jpg" width="600"></p><p style="text-align:center"><span style="font-size:10pt">专家团队在阿里地区人民医院开展教学查房（%s摄）</span></p>' % (k, '王明'))
side = '\n'.join('<li><a href="/xw/2024/07%02d/%d.html">%s</a><span class="date">2024-07-%02d</span></li>' % (
    d, d, t, d) for d, t in zip(range(1, 16), ['医院召开党委理论学习中心组会议', '我院获批省级临床重点专科', '护理部开展急救技能竞赛',
    '我院举行新职工入职培训', '医院开展消防安全演练', '我院专家获省科技进步奖', '医院召开医疗质量安全会议', '我院与社区卫生服务中心共建',
    '儿科开设暑期门诊', '医院举办健康讲座进社区', '我院完成首例机器人辅助手术', '医院召开行风建设会议', '我院开展院感防控督查',
    '医院图书馆新增电子资源', '我院召开科研工作推进会']))
page = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{h_title}_医院要闻_某省人民医院</title></head><body>
<div class="header"><div class="logo">某省人民医院</div><div class="search"><input></div></div>
<div class="container"><div class="col-left"><div class="article">
<h3 class="art-title">{h_title}</h3>
<div class="art-attr">来源：医务部 &nbsp; 作者：周洁 &nbsp; 发布时间：2024-07-15 &nbsp; 浏览：1088次</div>
<div class="art-text">
{chr(10).join(h_content)}
</div></div>
<div class="pinglun"><h4>网友评论</h4><div class="c"><p>网友A：专家们辛苦了，向援藏医生致敬！希望这样的活动能多开展，让边远地区的群众也能享受到优质的医疗服务。</p><p>网友B：感谢省医的专家，我父亲的心脏病就是这次看好的，非常感谢你们不远千里来到阿里。</p></div></div>
</div>
<div class="col-right"><h4>最新动态</h4><ul>
{side}
</ul></div></div>
<div class="foot">地址：某省某市某路1号 电话：0000-12345678 邮编：000000 版权所有 某省人民医院</div></body></html>
'''
write('own-h-wordsoup-utf8', page, 'utf-8', {
    'url': 'https://www.srmyy.example/xw/2024/0715/4411.html', 'contentType': 'text/html; charset=utf-8',
    'fetchedAt': '2024-07-20T00:00:00Z', 'charset': 'UTF-8', 'isArticle': True, 'title': h_title,
    'published': '2024-07-15', 'source': '医务部', 'author': '周洁', 'script': 'Hans', 'body': '\n'.join(h_body),
    'lostCharacters': False,
})

# ---------------------------------------------------------------- I: <br>-separated text in a table cell, GB18030 bytes with a gbk label, long address footer
i_title = '我县与对口支援医院签署托管协议'
i_body = [
    '日前，我县人民政府与省第二人民医院在县行政中心签署县人民医院托管协议，托管期限为五年。',
    '根据协议，省第二人民医院将选派一名副院长担任县人民医院执行院长，并派驻内科、外科、护理等专业骨干常驻工作，负责医院日常运营管理。',
    '县政府负责人表示，托管是提升县级医院服务能力的重要举措，县里将在人员编制、财政投入等方面给予全力保障，确保托管工作取得实效。',
    '省第二人民医院院长介绍，医院将把成熟的管理制度和诊疗规范引入县人民医院，力争三年内帮助其达到二级甲等医院标准。',
]
page = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{i_title}</title></head>
<body bgcolor="#ffffff"><table width="778" border="0" align="center"><tr><td><img src="/images/head.gif"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xwzx/">新闻中心</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></td></tr></table>
<table width="778" align="center"><tr><td align="center" height="40"><b><font color="#cc0000" size="4">{i_title}</font></b></td></tr>
<tr><td align="center"><font color="#666666">时间：2019-3-6 9:15:32　 来源：县卫生健康局</font></td></tr>
<tr><td class="zw">{'<br>'.join(chr(0x3000) * 2 + esc(p) for p in i_body)}<br><br></td></tr></table>
<table width="778" align="center"><tr><td align="center">主办：某县人民政府办公室　承办：某县信息中心<br>地址：某县人民路88号，邮编：000000，电话：0000-1234567，传真：0000-7654321。<br>建议使用1024×768分辨率浏览本站，本站已通过安全检测。</td></tr></table>
</body></html>
'''
write('own-i-br-table-gb18030', page, 'gb18030', {
    'url': 'http://www.somexian.example.gov.cn/xwzx/show.asp?id=2231', 'contentType': 'text/html',
    'fetchedAt': '2019-03-10T00:00:00Z', 'charset': 'GB18030', 'isArticle': True, 'title': i_title,
    'published': '2019-03-06', 'source': '县卫生健康局', 'author': None, 'script': 'Hans', 'body': '\n'.join(i_body),
    'lostCharacters': False,
})

# ---------------------------------------------------------------- J: lead paragraph in its own summary box, then the text; Big5 with big5 header
j_title = '醫療隊赴偏遠鄉鎮義診 三日服務逾千人次'
j_lead = '由區內多家公立醫院醫護人員組成的志願醫療隊，上週末連續三天深入偏遠鄉鎮開展義診，累計服務居民逾千人次。'
j_body = [
    '醫療隊此行涵蓋內科、骨科、眼科及中醫等專科，並攜帶便攜式超聲設備，為行動不便的長者提供上門檢查。',
    '帶隊醫生表示，當地居民就醫路途遙遠，不少慢性病患者長期未有覆診，醫療隊已為需要跟進的病人建立檔案，並安排遠程會診。',
    '鄉鎮衛生院負責人感謝醫療隊的支援，並希望日後能與城區醫院建立長期的對口幫扶關係，定期派員到院培訓。',
]
page = f'''<html><head><meta charset="big5"><title>{j_title}｜健康｜社區日報</title></head><body>
<div class="topbar"><a href="/">社區日報</a> <a href="/local/">本地</a> <a href="/health/">健康</a></div>
<div class="story"><h1>{j_title}</h1><div class="dateline">2023年10月16日 星期一</div>
<div class="summary"><p>{esc(j_lead)}</p></div>
<div class="story-body">{paras_html(j_body, '')}</div>
<div class="tags">標籤：義診 醫療隊 鄉鎮</div></div>
<div class="bottom-links"><a href="/about">關於我們</a> <a href="/ads">廣告查詢</a></div></body></html>
'''
write('own-j-lead-box-big5', page, 'big5', {
    'url': 'https://www.community-daily.example/health/20231016/a1234.html', 'contentType': 'text/html; charset=big5',
    'fetchedAt': '2023-10-20T00:00:00Z', 'charset': 'Big5', 'isArticle': True, 'title': j_title,
    'published': '2023-10-16', 'source': None, 'author': None, 'script': 'Hant', 'body': '\n'.join([j_lead] + j_body),
    'lostCharacters': False,
})

# ---------------------------------------------------------------- K: a short notice beside a long plain-text (unlinked) list of documents with dates
k_title = '关于公布第二批紧密型医联体建设试点单位的通知'
k_body = [
    '各市卫生健康委、省直各医疗机构：经单位申报、专家评审和公示，确定以下12家医院牵头的医联体为第二批紧密型医联体建设试点单位，现予公布。',
    '请各试点单位按照建设方案要求，于本年底前完成管理架构调整和信息平台对接，省卫生健康委将适时组织评估。',
]
docs = ['2023年度卫生健康统计公报', '基层医疗卫生机构绩效考核办法', '医疗机构依法执业自查工作方案', '县域医共体建设评价标准',
        '远程医疗服务管理规范', '对口支援工作考核细则', '紧密型医联体建设试点方案', '二级医院评审标准实施细则',
        '护理质量控制指标', '医疗质量安全核心制度要点', '院前急救管理办法', '卫生健康信息化建设指南']
klist = '\n'.join('<li><span>%s</span><em>2023-%02d-%02d</em></li>' % (esc(t), m + 1, 10 + m) for m, t in enumerate(docs))
page = f'''<!doctype html><html><head><meta charset="utf-8"><title>{k_title}-某省卫生健康委员会</title></head><body>
<div class="hd"><span>某省卫生健康委员会</span></div>
<div class="main"><div class="doc"><h1>{k_title}</h1><div class="info">发布日期：2023-12-05</div>
<div class="doc-content">{paras_html(k_body, '')}<p style="text-align:right">某省卫生健康委员会</p><p style="text-align:right">2023年12月4日</p></div></div>
<div class="wenjian"><h4>政策文件</h4><ul>
{klist}
</ul></div></div></body></html>
'''
write('own-k-short-notice-list-beside', page, 'utf-8', {
    'url': 'https://wsjkw.sheng.example/tzgg/2023/1205/notice.html', 'contentType': 'text/html; charset=utf-8',
    'fetchedAt': '2023-12-10T00:00:00Z', 'charset': 'UTF-8', 'isArticle': True, 'title': k_title,
    'published': '2023-12-05', 'source': None, 'author': None, 'script': 'Hans', 'body': '\n'.join(k_body + ['某省卫生健康委员会', '2023年12月4日']),
    'lostCharacters': False,
})

# ---------------------------------------------------------------- L: a list page whose items carry summaries (prose enough to look like an article)
l_items = [('我院专家赴阿克苏开展义诊', '7月3日，我院组织心内科、儿科等专家赴阿克苏地区开展义诊，共接诊群众三百余人次。'),
           ('医院召开医疗质量安全分析会', '会议通报了上半年医疗质量安全情况，分析存在问题，部署下一阶段重点工作。'),
           ('护理部举办急救技能竞赛', '来自全院各病区的四十余名护士参加比赛，比赛内容包括心肺复苏、除颤仪使用等。'),
           ('我院与县人民医院签订帮扶协议', '双方将在学科建设、人才培养、远程会诊等方面开展为期三年的合作。'),
           ('医院开展消防安全演练', '演练模拟病房突发火情，检验了各部门的应急处置能力和协同配合能力。'),
           ('我院新增两个省级临床重点专科', '经省卫生健康委评审，我院神经内科和康复医学科入选省级临床重点专科建设项目。'),
           ('医院举办新职工岗前培训', '培训内容涵盖医院文化、医疗法规、院感防控等，为期一周。'),
           ('我院完成首例机器人辅助手术', '手术历时两个半小时，患者术后恢复良好，标志着我院微创外科迈上新台阶。')]
lhtml = '\n'.join('<div class="item"><h3><a href="/yyxw/2024/07%02d/%d.html">%s</a></h3><p>%s</p><span class="date">2024-07-%02d</span></div>' % (
    20 - k, 100 + k, esc(t), esc(x), 20 - k) for k, (t, x) in enumerate(l_items))
page = f'''<!doctype html><html><head><meta charset="utf-8"><title>医院新闻_某市人民医院</title></head><body>
<div class="hd">某市人民医院</div><div class="crumb">首页 &gt; 医院新闻</div>
<div class="newslist">
{lhtml}
</div>
<div class="pager"><a href="index_1.html">下一页</a></div></body></html>
'''
write('own-l-list-with-summaries', page, 'utf-8', {
    'url': 'https://www.shirenmin.example/yyxw/index.html', 'contentType': 'text/html; charset=utf-8',
    'fetchedAt': '2024-07-21T00:00:00Z', 'charset': 'UTF-8', 'isArticle': False,
})

# ================================================================ written after the rules above, measured once before any fix
# (first run: body F1 0.9887; p3 lost precision to an unmarked caption under a picture and a （院辦 供稿） line)
t1 = '新疆维吾尔自治区人民医院与浙江大学附属第一医院共建远程会诊中心'
b1 = ['记者5月27日从自治区人民医院获悉，该院与浙江大学医学院附属第一医院共同建设的远程会诊中心日前投入使用，两院专家可通过高清视频系统实时讨论疑难病例。',
      '据介绍，远程会诊中心已覆盖心血管、肿瘤、神经外科等12个学科，预计每年可完成远程会诊1000例以上。',
      '自治区人民医院相关负责人表示，借助对口支援平台，当地患者不出疆就能享受到国内一流医院的诊疗服务。']
page = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{t1}-新华网</title>
<meta name="keywords" content="远程会诊"><meta name="description" content="{b1[0][:50]}"></head><body>
<div class="top"><a href="/">新华网</a> <a href="/politics/">时政</a> <a href="/local/">地方</a> <a href="/health/">健康</a></div>
<div class="header"><div class="head-line"><span class="title">{t1}</span></div>
<div class="header-time"><span class="year"><em> 2023</em></span><span class="day"><em> 05</em>/<em>28</em></span><span class="time"> 09:12:35</span></div>
<div class="source">来源：新华网</div></div>
<div class="main"><div id="detail">{''.join('<p>　　'+esc(p)+'</p>' for p in b1)}
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);">【纠错】</a></span><span class="editor">【责任编辑:王小明 】</span></div></div>
<div class="nextpage"><a href="/x/1.htm">新疆多地开展夏季卫生宣传</a></div></div>
<div class="foot">Copyright © 2000-2023 XINHUANET.com All Rights Reserved.</div></body></html>'''
write('p1-xinhua-style', page, 'utf-8', {'url':'http://www.news.example/local/2023-05/28/c_1129651234.htm','contentType':'text/html','fetchedAt':'2023-06-01T00:00:00Z',
  'charset':'UTF-8','isArticle':True,'title':t1,'published':'2023-05-28','script':'Hans','body':'\n'.join(b1)})

t2 = '援疆医生帮助墨玉县医院开展首例关节置换手术'
b2 = ['近日，在北京援疆医生的指导下，墨玉县人民医院骨科成功为一名67岁患者实施了人工全膝关节置换手术，这是该院首例此类手术。',
      '患者多年受膝关节疼痛困扰，行走困难。援疆医生在详细评估后制定了手术方案，并带领当地医生完成手术全过程。',
      '术后第三天，患者已能在助行器帮助下下地行走。“以前要去乌鲁木齐才能做的手术，现在在县里就能做了。”患者家属说。',
      '墨玉县人民医院院长表示，将以此为契机，继续在援疆专家帮助下开展新技术，提升县域医疗服务能力。']
page = f'''<html><head><meta charset="gb2312"><title>{t2}--新疆频道--人民网</title></head><body>
<div class="nav"><a href="/">人民网首页</a>|<a href="/xj/">新疆频道</a>|<a href="/xj/news/">新闻</a>|<a href="/xj/health/">健康</a></div>
<div class="layout rm_txt"><div class="col col-1">
<h1>{t2}</h1>
<div class="col-1-1 fl">2023年06月01日08:26 | 来源：人民网－新疆频道</div>
<div class="rm_txt_con cf">{''.join('<p style="text-indent: 2em;">'+esc(p)+'</p>' for p in b2)}
<p style="text-align: center;"><img src="/NMediaFile/2023/0601/a.jpg" width="600"></p>
<p style="text-align: center;">援疆医生指导当地医生手术。人民网发（墨玉县人民医院供图）</p>
<div class="edit cf">(责编：李娜、张伟)</div></div>
<div class="box_news"><h2>相关新闻</h2><ul><li><a href="/n1">和田地区开展健康义诊</a></li><li><a href="/n2">北京援疆干部人才座谈会召开</a></li></ul></div>
</div></div><div class="footer">人民网版权所有，未经书面授权禁止使用</div></body></html>'''
write('p2-people-style', page, 'gbk', {'url':'http://xj.people.example/n2/2023/0601/c186332-40438888.html','contentType':'text/html','fetchedAt':'2023-06-05T00:00:00Z',
  'charset':'GB18030','isArticle':True,'title':t2,'published':'2023-06-01','script':'Hans','body':'\n'.join(b2)})

t3 = '縣醫院加入省級心血管專科聯盟'
b3 = ['本月十二日，縣人民醫院與省心血管病醫院簽訂專科聯盟合作協議，正式成為該聯盟成員單位。',
      '加入聯盟後，省心血管病醫院將定期派遣專家到縣醫院坐診、查房和開展手術示範，並為縣醫院醫生提供免費進修名額。',
      '縣醫院負責人說，心血管疾病是本地居民的主要健康威脅，加入專科聯盟將有效提升胸痛患者的救治成功率。']
page = f'''<html><head><meta http-equiv="content-type" content="text/html;charset=big5"><title>{t3}</title></head>
<body><table width=980 align=center><tr><td><img src=/img/banner.jpg></td></tr><tr><td>
<a href=/>首頁</a> <a href=/news/>院務新聞</a> <a href=/dept/>科室介紹</a> <a href=/guide/>就醫指南</a></td></tr></table>
<table width=980 align=center><tr><td width=200 valign=top><a href=/news/>院務新聞</a><br><a href=/notice/>公告</a></td>
<td valign=top id=zoom><div align=center><strong>{t3}</strong></div><div align=center>發布日期：2022/08/15　點閱：120</div><hr>
{''.join('<p>　　'+esc(p)+'</p>' for p in b3)}
<p align=center><img src=/up/1.jpg></p><p align=center>簽約現場</p>
<p align=right>（院辦 供稿）</p>
<div align=center><a href=javascript:window.print()>【列印】</a> <a href=javascript:window.close()>【關閉】</a></div></td></tr></table>
<div align=center>地址：某縣中山路一號　電話：(00)1234-5678</div></body></html>'''
write('p3-table-big5', page, 'big5', {'url':'http://www.countyhosp.example/news/show.php?id=812','contentType':'text/html','fetchedAt':'2022-08-20T00:00:00Z',
  'charset':'Big5','isArticle':True,'title':t3,'published':'2022-08-15','script':'Hant','body':'\n'.join(b3)})

# ================================================================ a second batch written after tuning, measured once before any fix
# (first run: body F1 0.9866; 本文来源： and 回上一頁 lines were kept)
q1t = '县人民医院与省肿瘤医院共建肿瘤专科联盟'
q1b = ['1月4日，县人民医院与省肿瘤医院肿瘤专科联盟签约暨揭牌仪式举行，县人民医院正式成为省肿瘤医院专科联盟成员单位。',
       '根据协议，省肿瘤医院将在肿瘤规范化诊疗、多学科会诊、人才培养等方面给予县人民医院全方位支持，每月安排专家来县坐诊。',
       '县卫健局局长在仪式上表示，专科联盟的建立将让全县肿瘤患者在家门口享受到省级专家的诊疗服务，减轻群众就医负担。',
       '仪式结束后，省肿瘤医院专家在县人民医院开展了义诊和教学查房活动。']
nav = ''.join('<li><a href="/col/%d/">%s</a></li>' % (i, n) for i, n in enumerate(['首页','走进某县','政务公开','政务服务','互动交流','专题专栏','县情概况','领导信息','机构职能','政策文件','规划计划','财政资金','人事信息','统计信息','应急管理','建议提案','乡村振兴','卫生健康','教育体育','民生保障','生态环境','公共资源','审计信息','重点项目','政府会议','新闻发布','政策解读','依申请公开','年度报告','信息公开指南','信息公开制度','网站地图','无障碍','长者模式','English','微信','微博','抖音','客户端','邮箱']))
page = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县人民政府</title>
<meta name="SiteName" content="某县人民政府"><meta name="ColumnName" content="部门动态"></head><body>
<div class="header"><div class="logo">某县人民政府</div><ul class="mainnav">{nav}</ul></div>
<div class="container"><div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/1/">部门动态</a></div>
<div class="detail"><div class="title">{q1t}</div>
<div class="property"><span>2024-01-05 10:00:00</span> <span>来源：某县融媒体中心</span> <span>作者：张三</span> <span>编辑：李四</span> <span>浏览量：<script>document.write(123)</script></span></div>
<div class="TRS_Editor"><style>.TRS_Editor P{{margin-top:5px}}</style><div class="Custom_UnionStyle">{''.join('<p>'+esc(p)+'</p>' for p in q1b)}</div></div>
<div class="share"><span>分享：</span><a>微信</a><a>微博</a></div></div></div>
<div class="footer"><p>主办：某县人民政府办公室</p><p>网站标识码：0000000000 某ICP备00000000号</p></div></body></html>'''
write('q1-county-trs', page, 'utf-8', {'url':'http://www.mouxian.example.gov.cn/art/2024/1/5/art_1229_3456.html','contentType':'text/html; charset=utf-8','fetchedAt':'2024-01-10T00:00:00Z',
  'charset':'UTF-8','isArticle':True,'title':q1t,'published':'2024-01-05','script':'Hans','body':'\n'.join(q1b)})

q2t = '跨省医联体让山区孩子看病不再难'
q2b = ['在某县妇幼保健院的儿科诊室里，来自省儿童医院的专家正在为一名患儿会诊。这样的场景，如今每周都会出现。',
       '一纸协议连起两地',
       '去年，省儿童医院与县妇幼保健院签订医联体协议，明确由省儿童医院派出专家团队常驻，帮助县里建设新生儿重症监护室。',
       '人才留下来了',
       '一年来，省儿童医院累计派出专家36人次，为县妇幼保健院培养了12名骨干医生，县域内儿科患者外转率下降了三成。',
       '本文来源：某某日报']
body2 = ''.join(('<p><strong>'+esc(p)+'</strong></p>') if len(p) < 12 else '<p>'+esc(p)+'</p>' for p in q2b)
page = f'''<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{q2t}</title></head><body>
<div class="m-top"><a href="/">某某新闻</a><a class="download" href="/app">打开APP</a></div>
<section class="article"><header><h1>{q2t}</h1><div class="info"><span class="src">某某日报</span><span class="t">2023-12-01 07:30</span></div></header>
<div class="content">{body2}</div>
<div class="actions"><span>点赞</span> <span>收藏</span> <span>分享</span></div></section>
<section class="recommend"><h3>推荐阅读</h3><a href="/1">冬季儿童呼吸道疾病高发，专家支招</a><a href="/2">县医院新增夜间门诊</a></section></body></html>'''
write('q2-mobile', page, 'utf-8', {'url':'https://m.news.example/a/8812345','contentType':'text/html; charset=utf-8','fetchedAt':'2023-12-02T00:00:00Z',
  'charset':'UTF-8','isArticle':True,'title':q2t,'published':'2023-12-01','script':'Hans','body':'\n'.join(q2b[:-1])})

q3t = '兩地醫院締結姊妹醫院 推動遠距醫療合作'
q3b = ['本院與對岸一家區域醫學中心於上週五正式締結姊妹醫院，雙方將在遠距醫療、人才交流及臨床研究三方面展開合作。',
       '院長在簽約典禮致詞時表示，透過視訊會診平台，兩院醫師能即時討論複雜病例；未來也將推動護理人員短期交換，互相學習照護經驗。',
       '合作備忘錄有效期三年，期滿後將視成效續約。']
page = f'''<html lang="zh-Hant"><head><meta charset="UTF-8"><title>{q3t} | 最新消息 | 某某紀念醫院</title>
<meta property="og:title" content="{q3t}"></head><body>
<header class="site-header"><a href="/">某某紀念醫院</a><nav><a href="/news">最新消息</a><a href="/dept">門診科別</a><a href="/reg">網路掛號</a></nav></header>
<main><div class="breadcrumb"><a href="/">首頁</a> / <a href="/news">最新消息</a></div>
<article class="news-detail"><h2 class="news-title">{q3t}</h2><p class="news-date">發佈時間：2024-04-22　撰文：公關室 林怡君</p>
<div class="editor-content">{''.join('<p>'+esc(p)+'</p>' for p in q3b)}<figure><img src="/u/sign.jpg"><figcaption>締約典禮合影</figcaption></figure></div>
<a class="btn-back" href="/news">回上一頁</a></article></main>
<footer>版權所有 © 2024 某某紀念醫院 地址：某市某路100號</footer></body></html>'''
write('q3-hant-utf8', page, 'utf-8', {'url':'https://www.memorial-hosp.example/news/detail/1205','contentType':'text/html; charset=utf-8','fetchedAt':'2024-04-25T00:00:00Z',
  'charset':'UTF-8','isArticle':True,'title':q3t,'published':'2024-04-22','script':'Hant','body':'\n'.join(q3b)})
