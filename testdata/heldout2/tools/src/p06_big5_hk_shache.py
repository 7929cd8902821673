from lib import esc, paras, fill, place, agreement

NAME = "06-big5-hk-shache"
TEMPLATE = "Hong Kong news portal, old table layout in Big5 (`<title>`site - column - headline, 中通社 dateline, 來源 line and 責任編輯 under the body, 內地新聞 list in a side cell)"
ENCODING_NOTE = "Big5 (header and meta big5)"
TESTS = "Big5 decoding; Traditional script; site name and column before the headline in `<title>`; dateline with the reporter in the lead; 醫聯體 signed 昨日 (day before the publish date); 上海六院 short form for 上海市第六人民医院"
NAMED = "上海 → 新疆喀什地區莎車縣; 上海市第六人民医院, 莎车县人民医院"

URL = "http://www.gangshang.example/news/china/2023/04/21/143022.htm"
CONTENT_TYPE = "text/html; charset=big5"
CHARSET = "Big5"
ENCODING = "big5"
IS_ARTICLE = True

TITLE = "上海六院與莎車縣人民醫院簽署醫聯體協議"
PUBLISHED = "2023-04-21"
SOURCE = "中通社"
AUTHOR = "馬國強 鄭嘉敏"
SCRIPT = "Hant"
BODY = [
    "中通社喀什4月21日電（記者 馬國強）上海市第六人民醫院與莎車縣人民醫院昨日在莎車縣簽署緊密型醫聯體協議，上海六院將在骨科、內分泌科和急診醫學方面對莎車縣人民醫院進行長期幫扶。",
    "根據協議，兩院將實行專家共用、檢查結果互認和雙向轉診，莎車縣人民醫院的疑難病例可以通過遠程平台直接預約上海專家會診。上海六院每年接收莎車醫生赴滬進修不少於10人次，並在莎車設立骨科專家工作站。",
    "莎車縣隸屬喀什地區，人口超過90萬，是新疆人口最多的縣之一。上海對口支援莎車縣已有十餘年，當地縣級醫院的床位和設備條件大為改善，但專科人才仍然不足。",
    "上海援疆前方指揮部有關負責人表示，醫聯體協議把過去「一批一批來、一批一批走」的援助，變成兩家醫院之間長期固定的合作關係。",
]

PROVINCES = ["上海市", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["上海市"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("上海", "上海市", role="helper"),
    place("新疆", "新疆维吾尔自治区", role="recipient"),
    place("喀什地区", "新疆维吾尔自治区", "喀什地区", role="recipient"),
    place("莎车县", "新疆维吾尔自治区", "喀什地区", "莎车县", role="recipient"),
]
HOSPITALS = ["上海市第六人民医院", "莎车县人民医院"]
AGREEMENTS = [
    agreement("医联体", [("上海市第六人民医院", "helper"), ("莎车县人民医院", "recipient")], "2023-04-20", "昨日"),
]

PAGE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>港商網 - 內地新聞 - @@TITLE@@</title>
<link href="/css/news.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><a href="/"><img src="/images/logo.gif" border="0" alt="港商網"></a></td></tr>
<tr><td colspan="2" class="menu"><a href="/news/hk/">香港新聞</a> | <a href="/news/china/">內地新聞</a> | <a href="/news/world/">國際新聞</a> | <a href="/news/finance/">財經</a> | <a href="/news/health/">健康</a></td></tr>
<tr>
<td width="680" valign="top">
<table width="100%" border="0" cellpadding="8">
<tr><td class="path">首頁 &gt; 內地新聞</td></tr>
<tr><td align="center"><font size="5"><b>@@TITLE@@</b></font></td></tr>
<tr><td align="center"><font color="#666666" size="2">2023-04-21 16:42</font></td></tr>
<tr><td class="content">
@@BODY@@
<p><font size="2">來源：中通社</font></p>
<p><font size="2">責任編輯：鄭嘉敏</font></p>
</td></tr>
<tr><td><a href="javascript:window.print()">列印</a> | <a href="mailto:?subject=news">電郵給朋友</a> | <a href="javascript:history.back()">返回</a></td></tr>
</table>
</td>
<td width="280" valign="top" bgcolor="#F3F3F3">
<b>內地新聞</b><br>
<a href="/news/china/2023/04/21/143019.htm">粵港澳大灣區新增三條跨境巴士線</a><br>
<a href="/news/china/2023/04/20/142987.htm">西藏林芝桃花節開幕</a><br>
<a href="/news/china/2023/04/20/142975.htm">廣州白雲機場客流恢復至疫前九成</a><br>
</td>
</tr>
<tr><td colspan="2" align="center"><font size="2">版權所有 不得轉載 &copy; 港商網</font></td></tr>
</table>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
