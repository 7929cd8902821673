from lib import esc, paras, fill, place, agreement

NAME = "09-print-xiji"
TEMPLATE = "print-friendly page of a provincial news site (`onload=window.print()`, 打印本页/关闭窗口, no nav)"
ENCODING_NOTE = "GB2312 bytes (header and meta gb2312)"
TESTS = "bare print layout; 对口帮扶 agreement dated 近日 (date unknown, dateText kept); 闽宁协作 without naming 福建 in full"
NAMED = "福州 (福建) → 宁夏固原市西吉县; 福建省立医院, 西吉县人民医院"

URL = "http://www.fjsen.example/print.jsp?id=20220719_5957123"
CONTENT_TYPE = "text/html; charset=gb2312"
CHARSET = "GB18030"
ENCODING = "gb2312"
IS_ARTICLE = True

TITLE = "福建省立医院与西吉县人民医院签订对口帮扶协议"
PUBLISHED = "2022-07-19"
SOURCE = "福建日报"
AUTHOR = "林清 陈思远"
SCRIPT = "Hans"
BODY = [
    "近日，福建省立医院与宁夏固原市西吉县人民医院在西吉县签订对口帮扶协议。根据协议，福建省立医院将在今后三年对西吉县人民医院开展“一对一”帮扶，助力其提升县级医院综合服务能力。",
    "闽宁协作开展以来，福建省立医院已先后派出多批医疗专家到西吉县工作。此次签约后，帮扶将由以往的短期派驻转向系统化、长周期的“科室包干”：福建省立医院的普外科、骨科、妇产科、急诊科和检验科分别与西吉县人民医院对应科室结对，由结对科室负责制定年度帮扶计划，并定期考核帮扶成效。",
    "协议明确，福建省立医院每年将安排不少于十名专家到西吉县人民医院开展为期三个月以上的驻点帮扶，同时免费接收西吉县人民医院医护人员到福州进修，并通过远程会诊系统为西吉县疑难病例提供诊疗支持。",
    "西吉县人民医院负责人表示，将以此次签约为契机，用好福建专家资源，加快补齐学科短板，让群众看病就医少跑路。",
]
PROVINCES = ["福建省", "宁夏回族自治区"]
HELPER_PROVINCES = ["福建省"]
RECIPIENT_PROVINCES = ["宁夏回族自治区"]
PLACES = [
    place("福建", "福建省", None, None, "helper"),
    place("福州", "福建省", "福州市", None, "helper"),
    place("宁夏", "宁夏回族自治区", None, None, "recipient"),
    place("固原市", "宁夏回族自治区", "固原市", None, "recipient"),
    place("西吉县", "宁夏回族自治区", "固原市", "西吉县", "recipient"),
]
HOSPITALS = ["福建省立医院", "西吉县人民医院"]
AGREEMENTS = [agreement("对口帮扶", [("福建省立医院", "helper"), ("西吉县人民医院", "recipient")], None, "近日")]

PAGE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>打印页面</title>
<style type="text/css">
body{font-size:14px;line-height:28px;margin:20px 60px}
.ptitle{font-size:20px;font-weight:bold;text-align:center;padding:10px}
.pinfo{text-align:center;color:#666;border-bottom:1px solid #999;padding-bottom:6px}
.noprint{text-align:right}
@media print{.noprint{display:none}}
</style>
</head>
<body onload="window.print()">
<div class="noprint"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="ptitle">@@TITLE@@</div>
<div class="pinfo">发布时间：2022-07-19 08:45　　来源：福建日报　　作者：林清 陈思远</div>
<div class="pcontent">
@@BODY@@
</div>
<div class="noprint" style="text-align:center;margin-top:20px"><a href="javascript:window.close()">关闭</a></div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<P>　　{}</P>"))
