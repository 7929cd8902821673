from lib import esc, paras, fill, place, agreement

NAME = "12-ogtime-ganzi-hant"
TEMPLATE = "Hong Kong online newspaper page in Traditional script (Open Graph `article:published_time`/`modified_time`, 【文匯網訊】, 責任編輯)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "Traditional script; publish date only in article:published_time while the page shows only the later 更新時間; 【…網訊】 gives the source; in-province assistance (四川 → 四川)"
NAMED = "成都 → 甘孜州康定; 四川大學華西醫院 (四川大学华西医院), 甘孜州人民醫院 (甘孜藏族自治州人民医院)"

URL = "https://www.wenweipo.example/a/202304/21/AP6442a1b2e4b0f1c2d3e4f5a6.html"
CONTENT_TYPE = "text/html; charset=UTF-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "華西醫院與甘孜州人民醫院簽約 遠程醫療覆蓋高原"
PUBLISHED = "2023-04-21"
SOURCE = "文匯網"
AUTHOR = "李曉陽 張敏"
SCRIPT = "Hant"
BODY = [
    "【文匯網訊】（記者 李曉陽）四川大學華西醫院與甘孜藏族自治州人民醫院4月19日在康定簽署遠程醫療合作協議。按照協議，華西醫院將在甘孜州人民醫院設立遠程醫學分中心，為當地提供遠程會診、遠程影像、遠程心電和遠程病理診斷服務。",
    "甘孜州地處川西高原，面積逾15萬平方公里，不少牧區群眾到州府康定看病仍需奔波數百公里。華西醫院有關負責人表示，遠程醫療可讓偏遠地區患者在當地就能得到華西專家的診療意見，減少長途轉診的風險和負擔。",
    "據介紹，華西醫院遠程醫學網絡已連接省內外數百家醫療機構。此次合作還將延伸至甘孜州各縣，由甘孜州人民醫院統籌，逐步構建州、縣兩級遠程診療網絡。",
    "簽約當日，兩院專家通過遠程平台為一名高原肺水腫患者進行了會診。甘孜州人民醫院院長說，過去這類危重病例往往需要轉診到成都，如今借助遠程系統，患者在康定就能得到及時救治。",
]
PROVINCES = ["四川省"]
HELPER_PROVINCES = ["四川省"]
RECIPIENT_PROVINCES = ["四川省"]
PLACES = [
    place("成都", "四川省", "成都市", None, "helper"),
    place("甘孜州", "四川省", "甘孜藏族自治州", None, "recipient"),
    place("康定", "四川省", "甘孜藏族自治州", "康定市", "recipient"),
]
HOSPITALS = ["四川大学华西医院", "甘孜藏族自治州人民医院"]
AGREEMENTS = [agreement("远程医疗", [("四川大学华西医院", "helper"), ("甘孜藏族自治州人民医院", "recipient")],
                        "2023-04-19", "4月19日")]

PAGE = """<!DOCTYPE html>
<html lang="zh-Hant-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@TITLE@@ - 內地 - 文匯網</title>
<meta name="description" content="四川大學華西醫院與甘孜藏族自治州人民醫院4月19日在康定簽署遠程醫療合作協議。">
<meta property="og:type" content="article">
<meta property="og:title" content="@@TITLE@@">
<meta property="og:site_name" content="文匯網">
<meta property="og:url" content="https://www.wenweipo.example/a/202304/21/AP6442a1b2e4b0f1c2d3e4f5a6.html">
<meta property="article:published_time" content="2023-04-21T14:05:00+08:00">
<meta property="article:modified_time" content="2023-04-22T09:30:00+08:00">
<meta property="article:section" content="內地">
<link rel="stylesheet" href="/static/css/article.css">
</head>
<body>
<header class="site-header"><a class="logo" href="/">文匯網</a>
 <ul class="menu"><li><a href="/hk">香港</a></li><li><a href="/mainland">內地</a></li><li><a href="/world">國際</a></li><li><a href="/finance">財經</a></li><li><a href="/culture">文化</a></li><li><a href="/sports">體育</a></li></ul>
 <div class="lang"><a href="/sc/">简</a> | <span>繁</span></div></header>
<div class="container">
 <div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/mainland">內地</a></div>
 <div class="article-header">
  <h1 class="title">@@TITLE@@</h1>
  <div class="info"><span class="update">更新時間：2023-04-22 09:30</span> <span class="font-size">字體：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a></span></div>
 </div>
 <div class="article-content" id="article-content">
  <div class="image"><img src="https://img.wenweipo.example/2023/04/21/ganzi.jpg" alt=""><div class="caption">圖為簽約儀式現場。受訪者供圖</div></div>
@@BODY@@
  <p class="editor">責任編輯：張敏</p>
 </div>
 <div class="share-bar">分享：<a class="facebook" href="#">Facebook</a> <a class="whatsapp" href="#">WhatsApp</a> <a class="wechat" href="#">微信</a></div>
 <div class="related"><h3>相關新聞</h3><ul>
  <li><a href="/a/202304/18/AP6440.html">四川啟動新一輪醫療衞生人才幫扶計劃</a> <span>2023-04-18</span></li>
 </ul></div>
</div>
<footer>版權所有 不得轉載 Copyright &copy; Wen Wei Po Ltd. All rights reserved.</footer>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "  <p>{}</p>"))
