from lib import esc, paras, fill, place, agreement

NAME = "22-twconv-bingtuan"
TEMPLATE = "zh-TW converter mirror of a mainland news app (`lang=zh-TW`, 兩岸 column, `article#post`, 文章來源 line, 記者 byline, tags, 延伸閱讀 list, Taiwanese vocabulary such as 網路)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "Traditional script with Taiwanese vocabulary; 兵團 recipient (第三師 / 圖木舒克市, province-level 新疆生产建设兵团) next to mentioned 新疆 prefectures; 專科聯盟 signed 本月12日 (month and year from the publish date)"
NAMED = "廣東 → 兵團第三師圖木舒克市 (mentioned: 喀什地區, 克州, 烏魯木齊); 南方医科大学珠江医院, 新疆生产建设兵团第三师医院"

URL = "https://tw.nfxinwen.example/liangan/20250520/a6f83d.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "珠江醫院牽頭成立兵團第三師骨科專科聯盟"
PUBLISHED = "2025-05-20"
SOURCE = "南方+"
AUTHOR = "鄭曉燕"
SCRIPT = "Hant"
BODY = [
    "本月12日，南方醫科大學珠江醫院與新疆生產建設兵團第三師醫院簽署協議，共同成立第三師骨科專科聯盟，圖木舒克市及第三師各團場的醫院將陸續加入。",
    "第三師的團場分佈在喀什地區和克州之間，骨折、關節病患者過去大多要到喀什或烏魯木齊做手術。珠江醫院骨科是國家臨床重點專科，自2022年起每年派出骨科醫生參加廣東醫療援疆。",
    "根據協議，珠江醫院將幫助第三師醫院建設創傷骨科和關節外科，定期組織專家到團場醫院巡診，並透過網路平台開展遠程讀片和手術指導。",
    "廣東省援疆前方指揮部相關負責人表示，專科聯盟把廣東的優質醫療資源延伸到團場，職工群眾在家門口就能得到省級醫院專家的診治。",
]

PROVINCES = ["广东省", "新疆生产建设兵团", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["广东省"]
RECIPIENT_PROVINCES = ["新疆生产建设兵团"]
PLACES = [
    place("广东", "广东省", role="helper"),
    place("图木舒克市", "新疆生产建设兵团", None, "图木舒克市", role="recipient"),
    place("喀什地区", "新疆维吾尔自治区", "喀什地区", role="mentioned"),
    place("克州", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", role="mentioned"),
    place("乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", role="mentioned"),
]
HOSPITALS = ["南方医科大学珠江医院", "新疆生产建设兵团第三师医院"]
AGREEMENTS = [
    agreement("专科联盟", [("南方医科大学珠江医院", "helper"), ("新疆生产建设兵团第三师医院", "recipient")], "2025-05-12", "本月12日"),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<title>@@TITLE@@ | 兩岸 | 南方新聞繁體版</title>
<meta name="description" content="本月12日，南方醫科大學珠江醫院與新疆生產建設兵團第三師醫院簽署協議">
<meta property="og:title" content="@@TITLE@@">
<link rel="canonical" href="https://tw.nfxinwen.example/liangan/20250520/a6f83d.html">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<header class="site-header"><a class="brand" href="/">南方新聞繁體版</a><nav><a href="/yaowen/">要聞</a><a href="/liangan/">兩岸</a><a href="/caijing/">財經</a><a href="/jiankang/">健康</a><a href="https://www.nfxinwen.example/">简体版</a></nav></header>
<main>
<article id="post">
<div class="post-cat"><a href="/liangan/">兩岸</a></div>
<h1 class="post-title">@@TITLE@@</h1>
<div class="post-byline"><span class="reporter">記者 鄭曉燕</span><span class="time">2025/05/20 15:02</span></div>
<div class="post-body">
@@BODY@@
</div>
<p class="post-source">文章來源：南方+</p>
<div class="post-tags">標籤：<a href="/tag/yuanjiang/">醫療援疆</a><a href="/tag/zhuanke/">專科聯盟</a><a href="/tag/bingtuan/">兵團</a></div>
</article>
<aside class="more"><h2>延伸閱讀</h2><ul>
<li><a href="/liangan/20250515/9e21c0.html">廣東援疆醫生在伽師縣完成首例腹腔鏡胰十二指腸切除術</a><time>2025/05/15</time></li>
<li><a href="/liangan/20250508/7b34aa.html">喀什地區第一人民醫院與中山大學附屬第一醫院開展遠程會診</a><time>2025/05/08</time></li>
</ul></aside>
</main>
<footer class="site-footer">© 南方新聞繁體版｜本站內容由簡體自動轉換，僅供參考</footer>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
