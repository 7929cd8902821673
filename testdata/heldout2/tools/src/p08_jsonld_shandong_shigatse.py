from lib import esc, paras, fill, place, agreement

NAME = "08-jsonld-shandong-shigatse"
TEMPLATE = "national health-news site built as a single-page app shell with server-rendered article (schema.org NewsArticle JSON-LD, `div.article-body`, 责任编辑 line, share bar, 推荐阅读)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "publish date only in JSON-LD datePublished (no visible date, no date in URL; dateModified later); abbreviation （以下简称“省立医院”）; 远程医疗 signed on a full written date; author from the byline and 责任编辑"
NAMED = "山东、济南 → 日喀则市、桑珠孜区; 山东省立医院, 日喀则市人民医院"

URL = "https://www.jkshibao.example/content/1795532048.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "跨越三千公里的远程会诊中心在日喀则启用"
PUBLISHED = "2024-09-14"
SOURCE = "健康时报"
AUTHOR = "孔令娟 张博"
SCRIPT = "Hans"
BODY = [
    "2024年9月12日，山东省立医院（以下简称“省立医院”）与日喀则市人民医院签署远程医疗合作协议，同日，设在日喀则市人民医院的山东—日喀则远程会诊中心正式启用。",
    "启用当天，省立医院心内科、神经内科专家通过高清视频，为日喀则市人民医院的两名危重患者进行了多学科会诊。一名来自桑珠孜区的高原心脏病患者调整治疗方案后，不必再转诊到拉萨。",
    "根据协议，省立医院将安排专人负责会诊排班，日喀则方面提出的常规会诊48小时内响应，急诊会诊30分钟内响应；双方还将通过远程平台开展病理诊断、影像诊断和业务培训。",
    "山东是对口支援日喀则的省份之一。省立医院已连续多年选派专家参加“组团式”援藏，此次远程会诊中心让专家“人回济南，服务还在日喀则”。",
]

PROVINCES = ["山东省", "西藏自治区"]
HELPER_PROVINCES = ["山东省"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("山东", "山东省", role="helper"),
    place("济南", "山东省", "济南市", role="helper"),
    place("日喀则", "西藏自治区", "日喀则市", role="recipient"),
    place("桑珠孜区", "西藏自治区", "日喀则市", "桑珠孜区", role="recipient"),
    place("拉萨", "西藏自治区", "拉萨市", role="mentioned"),
]
HOSPITALS = ["山东省立医院", "日喀则市人民医院"]
AGREEMENTS = [
    agreement("远程医疗", [("山东省立医院", "helper"), ("日喀则市人民医院", "recipient")], "2024-09-12", "2024年9月12日"),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>@@TITLE@@_健康时报网</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"@@TITLE@@","datePublished":"2024-09-14T08:20:00+08:00","dateModified":"2024-09-15T10:02:31+08:00","author":[{"@type":"Person","name":"孔令娟"}],"publisher":{"@type":"Organization","name":"健康时报","logo":{"@type":"ImageObject","url":"/static/logo.png"}},"mainEntityOfPage":"https://www.jkshibao.example/content/1795532048.html"}
</script>
<link rel="stylesheet" href="/static/css/app.9c1f2e.css">
</head>
<body>
<div id="app">
<nav class="nav"><a href="/">首页</a><a href="/channel/yiliao">医疗</a><a href="/channel/yuanzhu">援助帮扶</a><a href="/channel/kepu">科普</a><a href="/channel/video">视频</a></nav>
<main class="article">
<h1 class="article-title">@@TITLE@@</h1>
<div class="article-meta"><span class="source">健康时报</span><span class="author">记者 孔令娟</span><span class="views" data-id="1795532048"></span></div>
<div class="article-body">
@@BODY@@
<p class="editor">责任编辑：张博</p>
</div>
<div class="share-bar"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a><a class="link">复制链接</a></div>
<section class="recommend"><h3>推荐阅读</h3><ul>
<li><a href="/content/1795530117.html">秋季腹泻高发，家长要注意补液</a><time>09-13</time></li>
<li><a href="/content/1795528803.html">县级医院胸痛中心建设迎来新标准</a><time>09-12</time></li>
<li><a href="/content/1795521140.html">日喀则新建高原病研究所</a><time>09-09</time></li>
</ul></section>
</main>
<footer class="footer">健康时报网 版权所有 京ICP证000000号</footer>
</div>
<script src="/static/js/app.9c1f2e.js"></script>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
