from lib import esc, paras, fill, place, agreement

NAME = "05-wxmirror-hant-hotan"
TEMPLATE = "WeChat-article mirror site in Traditional script (converted copy of a 公众号 post: account card, 發佈於 line, `div.rich_media_content`, 閱讀原文 / 掃碼關注, 文字/圖片/編輯 credit lines, 往期推薦)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "Traditional script produced by a converter; `<title>` carries the account name and mirror-site suffix; account name is neither source nor author; 文字/圖片/編輯 credits at the end; 組團式幫扶 signed 日前 (date unknown); 往期推薦 list with other dates"
NAMED = "北京 → 和田地區、和田市 (mentioned: 烏魯木齊); 首都医科大学附属北京安贞医院, 和田地区人民医院"

URL = "https://wx.fantiyuedu.example/s/20240516/mp_3f8e1c0a77.html"
CONTENT_TYPE = "text/html; charset=UTF-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "北京安貞醫院組團式幫扶和田地區人民醫院協議簽署"
PUBLISHED = "2024-05-16"
SOURCE = "北京市援疆和田指揮部"
AUTHOR = "王磊 陳曉 李想"
SCRIPT = "Hant"
BODY = [
    "日前，首都醫科大學附屬北京安貞醫院與和田地區人民醫院在和田市簽署組團式幫扶協議。根據協議，安貞醫院將在今後三年內成建制選派心臟外科、心血管內科、麻醉科和重症醫學科專家，分批常駐和田地區人民醫院，幫助建設區域心血管病診療中心。",
    "和田地區的心血管病患者以往需要長途轉診到烏魯木齊或北京。近兩年，北京援疆醫生在當地開展了心臟介入手術，但外科力量仍較薄弱，體外循環下的心臟手術尚不能獨立完成。",
    "按照「團隊帶團隊」的思路，安貞醫院專家將與當地醫生結成一對一師徒關係，每批帶教週期不少於一年半。北京市援疆和田指揮部將為專家團隊提供住房和交通保障，並安排專項資金用於購置心臟外科設備。",
    "和田地區人民醫院院長表示，希望通過三年的組團式幫扶，讓醫院能夠獨立開展常見先心病手術和冠脈搭橋手術，讓各族群眾在家門口就能做心臟手術。",
]

PROVINCES = ["北京市", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["北京市"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("北京", "北京市", role="helper"),
    place("和田地区", "新疆维吾尔自治区", "和田地区", role="recipient"),
    place("和田市", "新疆维吾尔自治区", "和田地区", "和田市", role="recipient"),
    place("乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", role="mentioned"),
]
HOSPITALS = ["首都医科大学附属北京安贞医院", "和田地区人民医院"]
AGREEMENTS = [
    agreement("组团式帮扶", [("首都医科大学附属北京安贞医院", "helper"), ("和田地区人民医院", "recipient")], None, "日前"),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>@@TITLE@@ | 京和同心 | 微信文章繁體閱讀</title>
<meta property="og:title" content="@@TITLE@@">
<meta property="og:site_name" content="微信文章繁體閱讀">
<link rel="stylesheet" href="/static/css/mirror.css">
</head>
<body>
<div class="topbar"><a href="/">微信文章繁體閱讀</a> <a href="/hot/">熱門</a> <a href="/cat/health/">健康</a> <a href="/cat/news/">時事</a> <span class="switch"><a href="/zh-cn/s/20240516/mp_3f8e1c0a77.html">简体</a> | 繁體</span></div>
<div class="container">
<div class="account-card"><img src="/static/avatar/mp_3f8e1c.jpg" alt=""><div><b>京和同心</b><p>北京對口支援和田醫療工作資訊平臺</p></div><a class="follow" href="#qr">掃碼關注</a></div>
<h1 class="rich_media_title">@@TITLE@@</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta_nickname">京和同心</span> <span class="publish_time">發佈於 2024-05-16 18:30</span> <span class="read">閱讀 2316</span></div>
<div class="rich_media_content" id="js_content">
<p style="text-align:center;"><span style="color:#888;font-size:14px;">點擊上方藍字 關注我們</span></p>
@@BODY@@
<p style="text-align:center;"><img data-src="/img/mp/3f8e1c0a77_1.jpg"></p>
<p style="text-align:center;"><span style="font-size:13px;color:#888;">▲簽約現場</span></p>
<p style="font-size:13px;color:#888;">來源：北京市援疆和田指揮部</p>
<p style="font-size:13px;color:#888;">文字：王磊　圖片：陳曉</p>
<p style="font-size:13px;color:#888;">編輯：李想</p>
</div>
<div class="mirror-note">本頁為公眾號文章的繁體轉換版本，版權歸原作者所有。<a href="#" class="origin">閱讀原文</a></div>
<div class="qr" id="qr"><img src="/static/qr/mp_3f8e1c.png" alt=""><p>長按識別二維碼關注「京和同心」</p></div>
<div class="more"><h3>往期推薦</h3><ul>
<li><a href="/s/20240509/mp_3f8e1c0a61.html">北京援疆醫生在墨玉縣開展白內障篩查</a><span>2024-05-09</span></li>
<li><a href="/s/20240427/mp_3f8e1c0a52.html">洛浦縣人民醫院新生兒病房啟用</a><span>2024-04-27</span></li>
</ul></div>
</div>
<div class="foot">© 微信文章繁體閱讀 · 僅供學習交流</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, '<p style="line-height:1.75em;">{}</p>'))
