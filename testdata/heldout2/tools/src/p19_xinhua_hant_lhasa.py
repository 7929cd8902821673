from lib import esc, paras, fill, place, agreement

NAME = "19-xinhua-hant-lhasa"
TEMPLATE = "Traditional-script (zh-hk) edition of a 新华网-style story (`div#detail`, 來源 bar, dateline 新華社…電, 【責任編輯:…】, 【糾錯】, 簡/繁 switch)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "Traditional script; dateline with reporter in the lead; 組團式幫扶 signed 15日 (month from the dateline, year from the page); 中大醫院 short form of 东南大学附属中大医院; 【責任編輯:…】 credit; 援藏"
NAMED = "江蘇、南京 → 拉薩; 东南大学附属中大医院, 拉萨市人民医院"

URL = "http://big5.xinhua-news.example/gate/big5/www.xinhua-news.example/local/2023-08/16/c_1129806021.htm"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "東南大學附屬中大醫院組團式幫扶拉薩市人民醫院"
PUBLISHED = "2023-08-16"
SOURCE = "新華社"
AUTHOR = "德吉央宗 周敏"
SCRIPT = "Hant"
BODY = [
    "新華社拉薩8月16日電（記者 德吉央宗）東南大學附屬中大醫院與拉薩市人民醫院15日簽署組團式幫扶協議。中大醫院將從今年起連續三年，每年選派一支由10名專家組成的醫療隊，常駐拉薩市人民醫院開展幫扶。",
    "拉薩市人民醫院是江蘇省對口支援的醫院。根據協議，中大醫院醫療隊將重點幫助建設重症醫學科、急診科和腎內科，由專家擔任科室主任或副主任，直接參與科室管理和人才培養。",
    "高原地區急危重症發病急、轉運難。中大醫院院長表示，醫療隊要做的不僅是看病、做手術，更要把南京的急救體系和重症管理經驗留在拉薩。",
    "據了解，江蘇已累計選派醫療人才200餘人次參與組團式援藏，幫助拉薩市人民醫院新開展技術項目300餘項。",
]

PROVINCES = ["江苏省", "西藏自治区"]
HELPER_PROVINCES = ["江苏省"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("江苏省", "江苏省", role="helper"),
    place("南京", "江苏省", "南京市", role="helper"),
    place("拉萨", "西藏自治区", "拉萨市", role="recipient"),
]
HOSPITALS = ["东南大学附属中大医院", "拉萨市人民医院"]
AGREEMENTS = [
    agreement("组团式帮扶", [("东南大学附属中大医院", "helper"), ("拉萨市人民医院", "recipient")], "2023-08-15", "15日"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>@@TITLE@@-新華網</title>
<meta name="keywords" content="組團式援藏,拉薩">
<meta name="description" content="@@TITLE@@---東南大學附屬中大醫院與拉薩市人民醫院15日簽署組團式幫扶協議。">
<link rel="stylesheet" href="/gate/big5/www.xinhua-news.example/static/css/detail.css">
</head>
<body>
<div class="topbar"><a href="/gate/big5/www.xinhua-news.example/">新華網</a> | <a href="/gate/big5/www.xinhua-news.example/local/">地方</a> | <a href="/gate/big5/www.xinhua-news.example/health/">健康</a> <span class="lang"><a href="http://www.xinhua-news.example/local/2023-08/16/c_1129806021.htm">簡體</a> 繁體</span></div>
<div class="header"><div class="h-title">@@TITLE@@</div>
<div class="h-info"><span class="h-time">2023-08-16 14:37:05</span><span>來源：新華社</span></div></div>
<div id="detail">
@@BODY@@
<p class="p-editor">【責任編輯:周敏】</p>
</div>
<div class="fx"><a href="#" class="jiucuo">【糾錯】</a> <span>分享</span></div>
<div class="xgxw"><h3>相關新聞</h3><ul><li><a href="../15/c_1129804410.htm">西藏：高原病防治體系建設取得新進展</a></li><li><a href="../14/c_1129801872.htm">江蘇援藏幹部人才踐行「三個一」</a></li></ul></div>
<div class="foot">Copyright © 2000-2023 新華網 All Rights Reserved.</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
