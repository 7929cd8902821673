from lib import esc, paras, fill, place, agreement

NAME = "07-mobile-hant-baise"
TEMPLATE = "Macau news app's mobile page in Traditional script (`meta viewport`, `<article>`, relative time 3天前 with the full date only in `time@datetime`, 文／ credit, 打開APP banner, 猜你喜歡 feed)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "visible date is relative (3天前), full date only in `datetime`; reprint credit 來源：南方日報; 合作共建 signed 上月 (no day: date unknown); a province (貴州, 畢節) mentioned only in passing; 東西部協作 廣東 → 廣西"
NAMED = "廣東、廣州 → 廣西百色市 (mentioned: 南寧, 貴州畢節); 南方医科大学南方医院, 百色市人民医院"

URL = "https://m.aoya-news.example/article/20241108/a9d27c41.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "南方醫院與百色市人民醫院合作共建區域醫療中心"
PUBLISHED = "2024-11-08"
SOURCE = "南方日報"
AUTHOR = "黃雅婷"
SCRIPT = "Hant"
BODY = [
    "上月，南方醫科大學南方醫院與百色市人民醫院簽訂合作共建協議，雙方將共建百色市區域醫療中心，重點發展腫瘤、神經外科和兒科。",
    "按照協議，南方醫院每年派出不少於12名高年資醫生駐點百色，擔任學科帶頭人或科室副主任，並向百色市人民醫院開放病理、基因檢測等平台。百色市每年選送20名骨幹醫生到廣州進修。",
    "不少百色患者過去需要到南寧或廣州就醫。廣東與廣西開展東西部協作以來，兩地醫院已結成80多對幫扶關係，廣西的縣級醫院大多有了廣東的「對口醫院」。",
    "南方醫院此前已在貴州畢節開展類似的共建項目。院方表示，將把畢節的做法用到百色，先把病理和影像兩塊「短板」補上，再逐步發展介入治療。",
]

PROVINCES = ["广东省", "广西壮族自治区", "贵州省"]
HELPER_PROVINCES = ["广东省"]
RECIPIENT_PROVINCES = ["广西壮族自治区"]
PLACES = [
    place("广东", "广东省", role="helper"),
    place("广州", "广东省", "广州市", role="helper"),
    place("广西", "广西壮族自治区", role="recipient"),
    place("百色市", "广西壮族自治区", "百色市", role="recipient"),
    place("南宁", "广西壮族自治区", "南宁市", role="mentioned"),
    place("贵州", "贵州省", role="mentioned"),
    place("毕节", "贵州省", "毕节市", role="mentioned"),
]
HOSPITALS = ["南方医科大学南方医院", "百色市人民医院"]
AGREEMENTS = [
    agreement("合作共建", [("南方医科大学南方医院", "helper"), ("百色市人民医院", "recipient")], None, "上月"),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-Hant-MO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>@@TITLE@@ - 澳亞新聞</title>
<meta property="og:title" content="@@TITLE@@">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/m/css/article.css?v=3.2.1">
</head>
<body>
<div class="app-banner"><img src="/m/img/logo-s.png" alt=""><span>澳亞新聞APP 看更多</span><a href="/download">打開APP</a></div>
<header class="m-head"><a class="back" href="javascript:history.back()">&lt;</a><span>內地</span></header>
<article class="m-article">
<h1>@@TITLE@@</h1>
<div class="m-meta"><span class="src">來源：南方日報</span><time datetime="2024-11-08T07:55:00+08:00">3天前</time></div>
<div class="m-author">文／黃雅婷</div>
<section class="m-content">
@@BODY@@
</section>
<div class="m-stat"><span>閱讀 1.2萬</span><span class="like">讚 86</span></div>
</article>
<div class="m-open"><a href="/download">打開APP，閱讀全文及更多評論</a></div>
<section class="m-recommend"><h2>猜你喜歡</h2>
<a class="item" href="/article/20241110/b17e20d3.html"><p>澳門巴士新增兩條夜間路線</p><span>1天前</span></a>
<a class="item" href="/article/20241109/f03c9e12.html"><p>深中通道通車後周末車流創新高</p><span>2天前</span></a>
<a class="item" href="/article/20241107/e88a31b9.html"><p>秋冬進補 中醫教你吃對湯水</p><span>4天前</span></a>
</section>
<footer class="m-foot">© 澳亞新聞 版權所有</footer>
<script>window.__ARTICLE__={id:"a9d27c41",channel:"china"};</script>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
