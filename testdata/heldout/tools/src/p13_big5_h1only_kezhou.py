from lib import esc, paras, fill, place, agreement

NAME = "13-big5-h1only-kezhou"
TEMPLATE = "繁體 version of a prefecture hospital site: `<title>` is only the site name, headline only in `<h1>`, no date anywhere"
ENCODING_NOTE = "Big5 (header and meta big5)"
TESTS = "Big5 decoding; title must come from h1, not `<title>`; no publish date on the page or in the URL (published null, agreement date null with dateText 3月12日); aliases 南京鼓樓醫院 / 克州人民醫院 / 我院"
NAMED = "江蘇 → 克州阿圖什市、阿克陶縣; 南京大学医学院附属鼓楼医院, 克孜勒苏柯尔克孜自治州人民医院"

URL = "http://www.kzrmyy.example/big5/news/show.php?itemid=1287"
CONTENT_TYPE = "text/html; charset=big5"
CHARSET = "Big5"
ENCODING = "big5"
IS_ARTICLE = True

TITLE = "南京鼓樓醫院與我院簽署專科聯盟協議"
PUBLISHED = None
SOURCE = None
AUTHOR = "阿依努爾 王海"
SCRIPT = "Hant"
BODY = [
    "3月12日，南京鼓樓醫院與克州人民醫院專科聯盟簽約儀式在我院學術報告廳舉行。根據協議，兩院將在呼吸與危重症醫學、內分泌代謝和康復醫學三個專科組建專科聯盟，由南京鼓樓醫院牽頭，我院作為成員單位。",
    "江蘇省對口支援克州以來，南京鼓樓醫院先後選派數十名醫療骨幹來我院工作，幫助建成了克州首個呼吸內鏡中心。本次組建專科聯盟，將把以往以個人為主的援助，轉變為專科對專科的長期合作。",
    "按照協議，南京鼓樓醫院將為聯盟專科提供技術指導、人才培養和質量控制支持，每季度派出專家來克州開展查房、手術和講座，並開放進修名額；我院將按照聯盟標準規範診療流程，帶動阿圖什市、阿克陶縣等縣市醫院同步提升。",
    "我院院長在簽約儀式上表示，專科聯盟的建立，讓克州群眾在家門口就能享受到東部大醫院的專科服務，醫院將珍惜合作機會，努力打造區域醫療中心。",
]
PROVINCES = ["江苏省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["江苏省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("江苏省", "江苏省", None, None, "helper"),
    place("克州", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", None, "recipient"),
    place("阿图什市", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", "阿图什市", "recipient"),
    place("阿克陶县", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", "阿克陶县", "recipient"),
]
HOSPITALS = ["南京大学医学院附属鼓楼医院", "克孜勒苏柯尔克孜自治州人民医院"]
AGREEMENTS = [agreement("专科联盟", [("南京大学医学院附属鼓楼医院", "helper"), ("克孜勒苏柯尔克孜自治州人民医院", "recipient")],
                        None, "3月12日")]

PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>克孜勒蘇柯爾克孜自治州人民醫院</title>
<link href="/big5/skin/default/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="top"><div class="lang"><a href="/news/show.php?itemid=1287">簡體中文</a> | 繁體中文</div>
 <div class="logo"><img src="/big5/skin/default/logo.gif" alt="克孜勒蘇柯爾克孜自治州人民醫院"></div></div>
<div id="menu"><a href="/big5/">首頁</a><a href="/big5/about/">醫院概況</a><a href="/big5/news/">新聞動態</a><a href="/big5/dept/">科室介紹</a><a href="/big5/doctor/">專家介紹</a><a href="/big5/guide/">就醫指南</a><a href="/big5/yuanjiang/">援疆專欄</a></div>
<div id="main">
 <div class="left_box">
  <div class="pos">當前位置：<a href="/big5/">首頁</a> &raquo; <a href="/big5/news/">新聞動態</a> &raquo; 正文</div>
  <div id="article">
   <h1>@@TITLE@@</h1>
   <div class="info">文：阿依努爾　圖：王海　瀏覽：<span id="hits">1024</span> 次</div>
   <div class="content" id="content">
@@BODY@@
<p align="center"><img src="/file/upload/img/152233871.jpg" border="0"></p>
<p align="center">簽約儀式現場</p>
   </div>
   <div class="b10"></div>
   <div class="tools">[<a href="javascript:window.print();">列印本文</a>] [<a href="javascript:window.close();">關閉窗口</a>]</div>
  </div>
 </div>
 <div class="right_box"><div class="box_head">最新動態</div><ul>
  <li><a href="show.php?itemid=1290">我院開展學雷鋒志願服務活動</a></li>
  <li><a href="show.php?itemid=1284">我院召開年度護理工作會議</a></li>
 </ul></div>
</div>
<div id="footer">地址：新疆阿圖什市光明路 &nbsp; 電話：0908-4221234<br>版權所有：克孜勒蘇柯爾克孜自治州人民醫院</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
