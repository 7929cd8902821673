from lib import esc, paras, fill, place

NAME = "23-hk-takungpao-qamdo"
TEMPLATE = "Hong Kong newspaper site in Traditional script (【大公報訊】記者…報道, 「」 quotes, 責任編輯 below)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "Traditional script with HK punctuation 「」; reporter credit inside the lead; abbreviation 重醫附一院; 援藏 medical first with no agreement"
NAMED = "重慶 → 昌都市; 重庆医科大学附属第一医院, 昌都市人民医院"

URL = "http://www.takungpao.example/news/232108/2022/0826/758432.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "重慶援藏醫生高原「破冰」 昌都首例心臟介入手術成功"
PUBLISHED = "2022-08-26"
SOURCE = "大公報"
AUTHOR = "王瑋 陳文"
SCRIPT = "Hant"
BODY = [
    "【大公報訊】記者王瑋報道：重慶援藏醫療隊日前傳來消息，在重慶醫科大學附屬第一醫院援藏專家的主導下，昌都市人民醫院成功完成當地首例冠狀動脈支架植入手術，標誌著昌都急性心肌梗死救治邁入介入治療時代。",
    "患者是一名58歲的藏族男性，因突發胸痛送至昌都市人民醫院急診。援藏專家、重醫附一院心內科副主任醫師周濤判斷為急性心肌梗死，立即帶領團隊開展急診介入手術，從患者入院到血管開通僅用時70分鐘。",
    "昌都市平均海拔3500米以上，此前當地醫院不具備心臟介入條件，急性心梗患者需轉運至數百公里外的醫院，往往錯失救治時機。重慶對口支援昌都以來，援藏醫療隊協助醫院建成導管室，並為當地培養了首批介入護士和技師。",
    "周濤表示，下一步將繼續帶教本地醫生，力爭讓昌都市人民醫院早日獨立開展心臟介入手術，讓高原群眾「病有良醫」。",
]
PROVINCES = ["重庆市", "西藏自治区"]
HELPER_PROVINCES = ["重庆市"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("重庆", "重庆市", None, None, "helper"),
    place("昌都市", "西藏自治区", "昌都市", None, "recipient"),
]
HOSPITALS = ["重庆医科大学附属第一医院", "昌都市人民医院"]
AGREEMENTS = []

PAGE = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<title>@@TITLE@@_大公網</title>
<meta name="keywords" content="援藏,昌都,心臟介入">
<meta name="description" content="重慶援藏醫療隊日前傳來消息，昌都市人民醫院成功完成當地首例冠狀動脈支架植入手術。">
<link rel="stylesheet" href="/static/css/news.css">
</head>
<body>
<div class="tkp-head"><a class="logo" href="/">大公網</a><nav><a href="/news/">新聞</a><a href="/news/232108/">內地</a><a href="/hongkong/">香港</a><a href="/finance/">財經</a><a href="/culture/">文化</a></nav></div>
<div class="tkp-main">
 <div class="tkp-crumb"><a href="/">首頁</a> &gt; <a href="/news/">新聞</a> &gt; <a href="/news/232108/">內地</a></div>
 <h1 class="tkp-title">@@TITLE@@</h1>
 <div class="tkp-meta"><span class="tkp-date">2022-08-26 04:12:38</span><span class="tkp-src">來源：大公報</span><span class="tkp-fs">字號 <a href="#">A+</a> <a href="#">A-</a></span></div>
 <div class="tkp-content">
  <div class="pic"><img src="/uploads/2022/08/26/qamdo.jpg" alt=""><p class="pic-note">▲援藏專家（右）為患者實施介入手術。</p></div>
@@BODY@@
 </div>
 <div class="tkp-editor">責任編輯：陳文</div>
 <div class="tkp-more"><h3>更多新聞</h3><ul><li><a href="/news/232108/2022/0825/758201.html">西藏今年新增一批高原病防治基地</a></li><li><a href="/news/232108/2022/0824/757990.html">川藏鐵路雅林段建設提速</a></li></ul></div>
</div>
<div class="tkp-foot">大公網版權所有 &copy; Ta Kung Pao</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "  <p>{}</p>"))
