from lib import esc, fill, place, annotate

NAME = "21-pinyin-lost-xinhua-hosp"
TEMPLATE = "hospital news page passed through a Traditional converter that adds pinyin readings and loses characters (column prefix 柔性援疆|… in `<title>`)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "pinyin annotations in the h1 headline, 發(fā)/時(shí)/來(lái) in the info line and body must be removed; ?? lost characters kept and flagged; column prefix in `<title>`; Traditional script"
NAMED = "江蘇 → 伊犁州; 苏州大学附属第一医院, 伊犁哈萨克自治州新华医院"

URL = "http://www.ylxhyy.example/Html/News/Articles/3127.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "蘇大附一院援疆專家助力伊犁州新華醫院開展首例經皮椎間孔鏡手術"
PUBLISHED = "2022-03-16"
SOURCE = "伊犁州新華醫院"
AUTHOR = "馬文靜"
SCRIPT = "Hant"
BODY = [
    "近日，在江蘇省援疆專家、蘇州大學附屬第一醫院骨科主任醫師陳立的指導下，伊犁州新華醫院脊柱外科成功為一名腰椎間盤突出症患者實施了經皮椎間孔鏡下髓核摘除術，這是該院首次獨立開展此類微創手術。",
    "患者今年52歲，是一名牧民，腰腿疼痛已有三年，近一個月來右腿麻木加重，行走不足百米就需要休息。入院檢查後，援疆專家與科室醫生共同研究，決定採用創傷小、恢復快的椎間孔鏡技術。手術切口不到1釐米，患者術後第二天即可下床活動。",
    "陳立介紹，椎間孔鏡手術對醫生的技術要求較高。來伊犁半年多??，他堅持「手把手」帶教，從模擬操作到??手術全程指導，幫助科室醫生逐步掌握了這項技術。",
    "伊犁州新華醫院負責人表示，近年來在江蘇援疆專家的幫扶下，醫院臨床??建設取得明顯成效，一批新技術填補了州內空白。醫院將繼續做好「傳幫帶」，把先進技術留在伊犁。",
]
PROVINCES = ["江苏省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["江苏省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("江苏省", "江苏省", None, None, "helper"),
    place("伊犁", "新疆维吾尔自治区", "伊犁哈萨克自治州", None, "recipient"),
]
HOSPITALS = ["苏州大学附属第一医院", "伊犁哈萨克自治州新华医院"]
AGREEMENTS = []

READINGS = {"發": "fā", "時": "shí", "來": "lái", "腿": "tuǐ", "鏡": "jìng"}

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>柔性援疆|@@TITLE@@</title>
<link href="/Css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="header"><div class="logo">伊犁州新華醫院</div><div class="menu"><a href="/">首頁</a> <a href="/Html/News/">新聞中心</a> <a href="/Html/Yjzl/">援疆專欄</a> <a href="/Html/Ksdh/">科室導航</a> <a href="/Html/Jyzn/">就醫指南</a></div></div>
<div id="container">
 <div class="location">您現在的位置：<a href="/">首頁</a> &gt;&gt; <a href="/Html/News/">新聞中心</a> &gt;&gt; 柔性援疆</div>
 <div class="news_title"><h1>@@HTITLE@@</h1></div>
 <div class="news_info">@@INFO@@</div>
 <div class="news_content">
@@BODY@@
 </div>
 <div class="news_tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">關閉</a>】</div>
 <div class="we">我們的微信 <img src="/Images/qrcode.jpg" alt=""></div>
</div>
<div id="footer">伊犁州新華醫院 版權所有　新ICP備11001234號</div>
</body>
</html>
"""


def html():
    info = annotate("發布時間：2022-03-16　來源：伊犁州新華醫院　作者：馬文靜　字號：大 中 小", READINGS)
    body = "\n".join("<p>　　%s</p>" % esc(annotate(l, READINGS)) for l in BODY)
    return fill(PAGE, TITLE=esc(TITLE), HTITLE=esc(annotate(TITLE, READINGS)), INFO=esc(info), BODY=body)
