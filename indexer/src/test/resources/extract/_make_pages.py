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
