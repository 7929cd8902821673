import json
from lib import esc, paras, fill, place

NAME = "11-jsonld-shigatse"
TEMPLATE = "modern news app page with schema.org NewsArticle JSON-LD (datePublished, dateModified, publisher) and no visible date"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "publish date only in JSON-LD datePublished (dateModified is later); 捐赠 (donation) story with 日前 but no agreement; 组团式 mentioned without a signing"
NAMED = "上海 → 日喀则市; 复旦大学附属中山医院, 日喀则市人民医院"

URL = "https://www.shobserver.example/news/detail?id=612345"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "上海援藏医疗队向日喀则市人民医院捐赠一批医疗设备"
PUBLISHED = "2023-10-11"
SOURCE = "上观新闻"
AUTHOR = "顾晨"
SCRIPT = "Hans"
BODY = [
    "记者从上海市援藏干部联络组获悉，复旦大学附属中山医院日前向日喀则市人民医院捐赠了一批价值约三百万元的医疗设备，包括一台高流量呼吸湿化治疗仪、两台床旁超声仪和一套腔镜手术系统，用于提升医院重症救治和微创手术能力。",
    "日喀则市平均海拔四千米以上，高原缺氧环境下危重症患者救治难度大。上海“组团式”援藏医疗队进驻日喀则市人民医院以来，帮助医院通过了三级甲等医院评审，但部分专科设备仍显不足。",
    "此次捐赠的腔镜手术系统到位后，援藏医疗队将联合本地医生开展腹腔镜胆囊切除、疝修补等微创手术，让当地患者术后恢复更快、住院时间更短。",
    "复旦大学附属中山医院相关负责人表示，设备捐赠只是第一步，医院还将通过“师带徒”和远程教学，帮助当地医生尽快掌握新设备的使用，真正留下一支带不走的医疗队伍。",
    "据悉，上海已连续多年选派医疗人才赴日喀则开展“组团式”援藏，累计帮助日喀则市人民医院开展新技术、新项目三百余项。",
]
PROVINCES = ["上海市", "西藏自治区"]
HELPER_PROVINCES = ["上海市"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("上海市", "上海市", None, None, "helper"),
    place("日喀则市", "西藏自治区", "日喀则市", None, "recipient"),
]
HOSPITALS = ["复旦大学附属中山医院", "日喀则市人民医院"]
AGREEMENTS = []

LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "headline": TITLE,
    "image": ["https://img.shobserver.example/news/612345/cover.jpg"],
    "datePublished": "2023-10-11T08:30:00+08:00",
    "dateModified": "2023-10-12T16:02:11+08:00",
    "author": [{"@type": "Person", "name": "顾晨"}],
    "publisher": {"@type": "Organization", "name": "上观新闻",
                  "logo": {"@type": "ImageObject", "url": "https://www.shobserver.example/static/logo.png"}},
}

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@ | 上观新闻</title>
<meta name="description" content="复旦大学附属中山医院日前向日喀则市人民医院捐赠了一批价值约三百万元的医疗设备。">
<link rel="canonical" href="https://www.shobserver.example/news/detail?id=612345">
<script type="application/ld+json">
@@LD@@
</script>
<link rel="stylesheet" href="/static/css/detail.9c1d2e.css">
</head>
<body>
<div id="app">
 <nav class="topbar"><a href="/" class="brand">上观新闻</a><a href="/channel/politics">政情</a><a href="/channel/city">城事</a><a href="/channel/health">健康</a><a href="/channel/tibet">援建</a><a class="login" href="/login">登录</a></nav>
 <main class="detail">
  <div class="crumbs"><a href="/channel/tibet">援建</a> / 正文</div>
  <h1 class="detail-title">@@TITLE@@</h1>
  <div class="detail-author"><img class="avatar" src="/static/img/avatar.png" alt=""><span class="name">上观新闻 记者 顾晨</span><button class="follow">+关注</button></div>
  <div class="detail-body" data-id="612345">
@@P1@@
   <div class="pic"><img src="https://img.shobserver.example/news/612345/1.jpg" alt=""><p class="pic-desc">援藏医生调试捐赠的床旁超声仪。 受访者供图</p></div>
@@REST@@
  </div>
  <div class="detail-tools"><span class="read">阅读 2.3万</span><span class="zan">点赞 118</span><span class="share">转发</span></div>
  <div class="copyright-note">本文为上观新闻原创稿件，转载请注明出处。</div>
  <section class="recommend"><h3>猜你喜欢</h3>
   <a href="/news/detail?id=612301">沪藏合作共建高原病研究中心</a>
   <a href="/news/detail?id=612288">上海第十批援藏干部人才抵达拉萨</a>
  </section>
 </main>
</div>
<script src="/static/js/detail.4f8a2b.js"></script>
</body>
</html>
"""


def html():
    ld = json.dumps(LD, ensure_ascii=False, indent=1)
    return fill(PAGE, TITLE=esc(TITLE), LD=ld, P1=paras(BODY[:1], "   <p>{}</p>"), REST=paras(BODY[1:], "   <p>{}</p>"))
