from lib import esc, paras, fill, place, agreement

NAME = "17-print-jiangsu-hainanzhou"
TEMPLATE = "print view of a provincial news site (`print.php?id=`, `onload=window.print()`, 标题/来源/作者/发布日期 header block, 打印本页/关闭窗口, no nav)"
ENCODING_NOTE = "GBK bytes; header says charset=gbk, no meta"
TESTS = "bare print layout; abbreviation （以下简称“省人医”）; 海南州 is 青海's 海南藏族自治州, not 海南省; 对口帮扶 signed 12月3日 (year from the page); 援青"
NAMED = "江苏、南京 → 青海海南州共和县 (mentioned: 西宁); 江苏省人民医院, 海南藏族自治州人民医院"

URL = "http://www.jsxwb.example/print.php?id=5520931"
CONTENT_TYPE = "text/html; charset=gbk"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = True

TITLE = "江苏省人民医院与海南州人民医院签订新一轮对口帮扶协议"
PUBLISHED = "2023-12-05"
SOURCE = "新华日报"
AUTHOR = "吴倩 唐文斌"
SCRIPT = "Hans"
BODY = [
    "12月3日，江苏省人民医院（以下简称“省人医”）与海南州人民医院在共和县签订新一轮对口帮扶协议。省人医将在今后三年继续帮助海南州人民医院提升高原常见病、多发病的诊治能力。",
    "江苏对口支援青海海南州以来，省人医累计派出援青医生60余人次，帮助海南州人民医院建成了血液透析室、重症监护室，开展新技术50余项。",
    "新协议提出“一科一策”：省人医的心内科、呼吸科、儿科、妇产科分别与海南州人民医院对应科室结对，各自制定三年帮扶目标；省人医每年安排不少于10名海南州医护人员到南京免费进修。",
    "海南州卫生健康委员会负责人说，过去很多患者得去西宁看病，希望通过新一轮帮扶，让更多的病在州内就能看好。",
]

PROVINCES = ["江苏省", "青海省"]
HELPER_PROVINCES = ["江苏省"]
RECIPIENT_PROVINCES = ["青海省"]
PLACES = [
    place("江苏", "江苏省", role="helper"),
    place("南京", "江苏省", "南京市", role="helper"),
    place("青海", "青海省", role="recipient"),
    place("海南州", "青海省", "海南藏族自治州", role="recipient"),
    place("共和县", "青海省", "海南藏族自治州", "共和县", role="recipient"),
    place("西宁", "青海省", "西宁市", role="mentioned"),
]
HOSPITALS = ["江苏省人民医院", "海南藏族自治州人民医院"]
AGREEMENTS = [
    agreement("对口帮扶", [("江苏省人民医院", "helper"), ("海南藏族自治州人民医院", "recipient")], "2023-12-03", "12月3日"),
]

PAGE = """<html>
<head>
<title>@@TITLE@@ - 打印</title>
<style>body{font-size:14px;width:660px;margin:0 auto}h1{font-size:20px;text-align:center}.meta{text-align:center;color:#555;border-bottom:1px solid #999;padding-bottom:6px}.ctrl{text-align:right}</style>
</head>
<body onload="window.print()">
<div class="ctrl"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
<h1>@@TITLE@@</h1>
<div class="meta">来源：新华日报　作者：吴倩 唐文斌　发布日期：2023-12-05 07:30</div>
<div class="text">
@@BODY@@
</div>
<div class="meta">本文网址：www.jsxwb.example/news/5520931.html</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
