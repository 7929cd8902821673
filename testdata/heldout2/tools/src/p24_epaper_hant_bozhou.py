from lib import esc, paras, fill, place, agreement

NAME = "24-epaper-hant-bozhou"
TEMPLATE = "Hong Kong newspaper e-paper article view (版面 A12 中國新聞, issue date in the header, 【本報訊】記者…報道, previous/next article on the page, 版面導航)"
ENCODING_NOTE = "UTF-8 (header only; no meta charset)"
TESTS = "Traditional script; publish date is the e-paper issue date (2024年9月4日 星期三); 【本報訊】 resolves to the paper's own name; hospital's second name in brackets (湖北省人民醫院) and abbreviation （以下簡稱「博州醫院」）; 對口幫扶 signed 9月2日"
NAMED = "湖北、武漢 → 博州博樂市; 武汉大学人民医院, 博尔塔拉蒙古自治州人民医院"

URL = "http://epaper.xiangjiang-daily.example/html/2024-09/04/content_91823.htm"
CONTENT_TYPE = "text/html; charset=UTF-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "武漢大學人民醫院對口幫扶博州醫院 首批專家抵博樂"
PUBLISHED = "2024-09-04"
SOURCE = "香江日報"
AUTHOR = "鄧穎詩"
SCRIPT = "Hant"
BODY = [
    "【本報訊】記者鄧穎詩報道：武漢大學人民醫院（湖北省人民醫院）與博爾塔拉蒙古自治州人民醫院（以下簡稱「博州醫院」）9月2日在博樂市簽署對口幫扶協議，首批8名專家同日到崗。",
    "根據協議，武漢大學人民醫院將在三年內幫助博州醫院建設呼吸與危重症醫學科、心血管內科和腫瘤科，並由專家擔任科室主任。博州醫院每年可選派15名醫生到武漢進修。",
    "博州是湖北省對口支援的地區。湖北援疆前方指揮部負責人表示，這次幫扶由「派專家」轉為「建學科」，希望三年後博州醫院能獨立開展更多高難度手術。",
    "據悉，博州醫院去年門診量約70萬人次，其中呼吸系統疾病佔兩成以上，每逢冬春季節病床常常不夠用。",
]

PROVINCES = ["湖北省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["湖北省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("湖北省", "湖北省", role="helper"),
    place("武汉", "湖北省", "武汉市", role="helper"),
    place("博州", "新疆维吾尔自治区", "博尔塔拉蒙古自治州", role="recipient"),
    place("博乐市", "新疆维吾尔自治区", "博尔塔拉蒙古自治州", "博乐市", role="recipient"),
]
HOSPITALS = ["武汉大学人民医院", "博尔塔拉蒙古自治州人民医院"]
AGREEMENTS = [
    agreement("对口帮扶", [("武汉大学人民医院", "helper"), ("博尔塔拉蒙古自治州人民医院", "recipient")], "2024-09-02", "9月2日"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<title>香江日報電子版</title>
<link rel="stylesheet" href="../../../css/epaper.css">
</head>
<body>
<div class="ep-head"><img src="../../../images/masthead.png" alt="香江日報"><span class="ep-date">2024年9月4日 星期三</span><a href="../../../html/2024-09/03/node_1.htm">往期回顧</a></div>
<div class="ep-wrap">
<div class="ep-nav"><b>版面導航</b><ul><li><a href="node_1.htm">A01 要聞</a></li><li><a href="node_8.htm">A08 香港</a></li><li class="on"><a href="node_12.htm">A12 中國新聞</a></li><li><a href="node_15.htm">A15 國際</a></li></ul></div>
<div class="ep-article">
<div class="ep-ban">第A12版：中國新聞</div>
<h1>@@TITLE@@</h1>
<div class="ep-text">
@@BODY@@
</div>
<div class="ep-pn"><a href="content_91822.htm">上一篇：粵港澳大灣區中醫藥人才培訓班開班</a> <a href="content_91824.htm">下一篇：西藏林芝新建高原醫學研究站</a></div>
</div>
</div>
<div class="ep-foot">香江日報 版權所有 不得轉載</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
