from lib import esc, paras, fill, place

NAME = "22-big5-chinanews-jiashi"
TEMPLATE = "中新網 Big5 mirror (gate/big5 URL, `div.left_zw`, 【編輯:…】, (完))"
ENCODING_NOTE = "Big5 (header and meta big5)"
TESTS = "Big5 decoding; Traditional 中新網 dateline; screening and donation story (捐贈) without an agreement"
NAMED = "廣東、廣州 → 喀什地區伽師縣; 广州医科大学附属第一医院, 伽师县人民医院"

URL = "http://big5.chinanews.example/gate/big5/www.chinanews.example/sh/2024/02-20/10157321.shtml"
CONTENT_TYPE = "text/html; charset=big5"
CHARSET = "Big5"
ENCODING = "big5"
IS_ARTICLE = True

TITLE = "廣東援疆醫療隊在伽師縣開展先心病篩查"
PUBLISHED = "2024-02-20"
SOURCE = "中新網"
AUTHOR = "王小軍 張燕"
SCRIPT = "Hant"
BODY = [
    "中新網喀什2月20日電 (記者 王小軍)記者20日從廣東省援疆前方指揮部獲悉，廣東援疆醫療隊近日在喀什地區伽師縣開展兒童先天性心臟病篩查，為全縣3至14歲兒童逐一進行心臟超聲檢查。",
    "此次篩查由廣州醫科大學附屬第一醫院心血管專家牽頭，聯合伽師縣人民醫院超聲科、兒科醫生組成十支篩查小分隊，深入鄉鎮學校和村衛生室。截至目前，已篩查兒童兩萬餘名，初步發現疑似先心病患兒六十餘名。",
    "對確診需要手術的患兒，廣東將協調安排到廣州免費手術治療，並承擔患兒及一名陪護家長的往返交通和住宿費用。廣州醫科大學附屬第一醫院還向伽師縣人民醫院捐贈了兩台便攜式心臟超聲儀。",
    "伽師縣人民醫院院長說，過去受設備和技術限制，不少先心病患兒錯過了最佳治療時機，這次篩查讓孩子們有了及早發現、及早治療的機會。",
]
PROVINCES = ["广东省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["广东省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("广东省", "广东省", None, None, "helper"),
    place("广州", "广东省", "广州市", None, "helper"),
    place("喀什地区", "新疆维吾尔自治区", "喀什地区", None, "recipient"),
    place("伽师县", "新疆维吾尔自治区", "喀什地区", "伽师县", "recipient"),
]
HOSPITALS = ["广州医科大学附属第一医院", "伽师县人民医院"]
AGREEMENTS = []

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="keywords" content="廣東援疆,伽師縣,先心病">
<title>@@TITLE@@-中新網</title>
<base href="http://big5.chinanews.example/gate/big5/www.chinanews.example/">
<link href="/common/css/common.css" rel="stylesheet">
</head>
<body>
<div class="gate_bar">您現在瀏覽的是繁體版 <a href="http://www.chinanews.example/sh/2024/02-20/10157321.shtml">簡體版</a></div>
<div class="top_nav"><a href="/">首頁</a> <a href="/china/">時政</a> <a href="/society/">社會</a> <a href="/health/">健康</a> <a href="/sh/">生活</a> <a href="/difang/">地方</a></div>
<div class="con_left">
 <div class="content_maincontent_more">
  <h1 class="content_left_title">@@TITLE@@</h1>
  <div class="content_left_time">2024年02月20日 18:05　來源：中新網<span class="sharebox"> 參與互動 </span></div>
  <div class="left_zw" style="position:relative">
@@BODY@@
  </div>
  <div class="left_name"><div class="left_name">【編輯:張燕】</div></div>
  <div id="function_code_page"><a href="/common/jiucuo.shtml">【糾錯】</a></div>
 </div>
</div>
<div id="footer">本網站所刊載信息，不代表中新社和中新網觀點。</div>
</body>
</html>
"""


def html():
    lines = [esc(l) for l in BODY]
    lines[-1] += "(完)"
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(lines, "<p>　　{}</p>", escape=False))
