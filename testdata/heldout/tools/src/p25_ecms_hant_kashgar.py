from lib import esc, paras, fill, place, agreement

NAME = "25-ecms-hant-kashgar"
TEMPLATE = "繁體 mirror of a 援疆 news portal on 帝国CMS (EmpireCMS: `/e/public/ViewClick/` counter, 發佈時間/來源/作者 line, `div#text`)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "Traditional script; 組團式幫扶 signing dated 昨日 (resolved against the publish date); abbreviation （以下簡稱「喀什二院」）with 「」 quotes"
NAMED = "上海 → 喀什地區; 复旦大学附属华山医院, 喀什地区第二人民医院"

URL = "http://big5.xjyj.example/yjdt/2023-03-29/5678.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "華山醫院「組團式」幫扶喀什二院 首批專家到崗"
PUBLISHED = "2023-03-29"
SOURCE = "天山網"
AUTHOR = "熱依拉"
SCRIPT = "Hant"
BODY = [
    "昨日，復旦大學附屬華山醫院與喀什地區第二人民醫院（以下簡稱「喀什二院」）在喀什簽署「組團式」幫扶協議，華山醫院首批8名管理和技術專家同日到崗。",
    "根據協議，華山醫院將以神經外科、神經內科、皮膚科和感染科為重點，採取「一個學科對一個學科」的方式，對喀什二院開展為期五年的幫扶。華山醫院派駐專家將分別擔任相關科室主任，牽頭制定學科發展規劃。",
    "上海市對口支援喀什地區以來，已有多家上海三甲醫院參與喀什醫療援疆。喀什二院負責人表示，醫院將依託華山醫院的學科優勢，力爭在三年內建成南疆區域神經疾病診療中心。",
    "簽約儀式後，華山醫院專家在喀什二院開展了首次聯合查房，並為一名疑似腦炎的患兒進行了會診。",
]
PROVINCES = ["上海市", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["上海市"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("上海市", "上海市", None, None, "helper"),
    place("喀什地区", "新疆维吾尔自治区", "喀什地区", None, "recipient"),
]
HOSPITALS = ["复旦大学附属华山医院", "喀什地区第二人民医院"]
AGREEMENTS = [agreement("组团式帮扶", [("复旦大学附属华山医院", "helper"), ("喀什地区第二人民医院", "recipient")],
                        "2023-03-28", "昨日")]

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@ - 援疆動態 - 援疆在線</title>
<meta name="keywords" content="華山醫院,喀什,組團式" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><span>援疆在線</span> <a href="http://www.xjyj.example/yjdt/2023-03-29/5678.html">简体</a> | 繁體</div>
<div class="nav"><a href="/">首頁</a><a href="/yjdt/">援疆動態</a><a href="/yljy/">醫療援疆</a><a href="/jyyj/">教育援疆</a><a href="/cyyj/">產業援疆</a><a href="/yjrw/">援疆人物</a></div>
<div class="main">
 <div class="position">現在的位置：<a href="/">首頁</a>&nbsp;>&nbsp;<a href="/yjdt/">援疆動態</a></div>
 <div class="box">
  <h1 class="title">@@TITLE@@</h1>
  <div class="info">發佈時間：2023-03-29 09:40:11　來源：天山網　作者：記者 熱依拉　點擊：<script src=/e/public/ViewClick/?classid=3&id=5678&addclick=1></script></div>
  <div class="content" id="text">
@@BODY@@
  </div>
  <div class="pages"></div>
  <div class="prenext">上一篇：<a href="/yjdt/2023-03-28/5671.html">滬喀兩地簽署新一輪教育合作協議</a><br />下一篇：<a href="/yjdt/2023-03-30/5690.html">莎車縣新建鄉鎮衛生院投入使用</a></div>
 </div>
</div>
<div class="footer">Powered by EmpireCMS &copy; 援疆在線 版權所有</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
