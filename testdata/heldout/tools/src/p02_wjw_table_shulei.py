from lib import esc, paras, fill, place, agreement

NAME = "02-wjw-table-shulei"
TEMPLATE = "provincial 卫健委 page (art_*.html), 信息公开 table with 索引号/发布机构/信息来源/发布日期"
ENCODING_NOTE = "GBK bytes (header and meta say GBK); GBK-only character 喆"
TESTS = "date and source only in a metadata table; a GBK-only character (喆) in the author credit; abbreviation （以下简称“齐鲁医院”）; 托管 agreement dated 3月5日 with the year from the page"
NAMED = "济南 → 喀什地区疏勒县; 山东大学齐鲁医院, 疏勒县人民医院"

URL = "http://wsjkw.shandong.example/art/2024/3/7/art_107039_10298765.html"
CONTENT_TYPE = "text/html; charset=GBK"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = True

TITLE = "山东大学齐鲁医院全面托管疏勒县人民医院"
PUBLISHED = "2024-03-07"
SOURCE = "山东大学齐鲁医院"
AUTHOR = "王喆"
SCRIPT = "Hans"
BODY = [
    "3月5日，山东大学齐鲁医院（以下简称“齐鲁医院”）与喀什地区疏勒县人民医院托管协议签约仪式在疏勒县举行。根据协议，齐鲁医院将对疏勒县人民医院实行为期五年的全面托管，在医院管理、学科建设、人才培养和信息化建设等方面给予系统帮扶。",
    "按照协议安排，齐鲁医院选派一名副院长担任疏勒县人民医院执行院长，并从心血管内科、普外科、妇产科、儿科和重症医学科选派骨干医师，每批在疏勒驻点工作一年。托管期间，疏勒县人民医院的行政隶属关系、人员编制和财务管理体制保持不变。",
    "山东省援疆前方指挥部有关负责同志表示，托管是“组团式”医疗援疆的深化，目标是用五年时间帮助疏勒县人民医院达到三级医院服务能力，让当地群众在家门口享受到省级医院的诊疗服务。",
    "疏勒县人民医院院长表示，医院将借助托管契机，加快建设胸痛中心、卒中中心和危重孕产妇救治中心，同时选派年轻医生分批赴济南进修学习，力争早日实现从“输血”到“造血”的转变。",
    "签约当天，齐鲁医院专家还在疏勒县人民医院开展了义诊和教学查房，共接诊群众一百二十余人次。",
]
PROVINCES = ["山东省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["山东省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("山东省", "山东省", None, None, "helper"),
    place("济南", "山东省", "济南市", None, "helper"),
    place("喀什地区", "新疆维吾尔自治区", "喀什地区", None, "recipient"),
    place("疏勒县", "新疆维吾尔自治区", "喀什地区", "疏勒县", "recipient"),
]
HOSPITALS = ["山东大学齐鲁医院", "疏勒县人民医院"]
AGREEMENTS = [agreement("托管", [("山东大学齐鲁医院", "helper"), ("疏勒县人民医院", "recipient")],
                        "2024-03-05", "3月5日")]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>@@TITLE@@ 山东省卫生健康委员会</title>
<meta name="keywords" content="医疗援疆,托管,疏勒">
<link href="/module/jslib/bootstrap/css/bootstrap.css" rel="stylesheet" type="text/css">
<link href="/images/default/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/default/banner.jpg">&nbsp;</td></tr>
  <tr><td class="nav"><a href="/">网站首页</a> | <a href="/col/col107031/index.html">机构职能</a> | <a href="/col/col107039/index.html">工作动态</a> | <a href="/col/col107040/index.html">通知公告</a> | <a href="/col/col107055/index.html">政府信息公开</a> | <a href="/col/col107060/index.html">政民互动</a></td></tr>
  <tr><td class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col107039/index.html">工作动态</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td>
<!--信息公开表头-->
<table width="96%" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC" class="xxgk_table">
  <tr bgcolor="#FFFFFF">
    <td width="12%" align="right"><strong>索&nbsp;引&nbsp;号：</strong></td><td width="38%">11370000004164553J/2024-01123</td>
    <td width="12%" align="right"><strong>分&nbsp;&nbsp;&nbsp;&nbsp;类：</strong></td><td width="38%">卫生、体育;其他</td>
  </tr>
  <tr bgcolor="#FFFFFF">
    <td align="right"><strong>发布机构：</strong></td><td>山东省卫生健康委员会</td>
    <td align="right"><strong>信息来源：</strong></td><td>@@SOURCE@@</td>
  </tr>
  <tr bgcolor="#FFFFFF">
    <td align="right"><strong>成文日期：</strong></td><td>2024-03-06</td>
    <td align="right"><strong>发布日期：</strong></td><td>2024-03-07</td>
  </tr>
  <tr bgcolor="#FFFFFF">
    <td align="right"><strong>名&nbsp;&nbsp;&nbsp;&nbsp;称：</strong></td><td colspan="3">@@TITLE@@</td>
  </tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td align="center" class="title" style="padding:20px 0 10px 0;font-size:22px;font-weight:bold;color:#c00">@@TITLE@@</td></tr>
  <tr><td align="right" style="border-bottom:1px solid #ddd">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】 【<a href="javascript:window.print()">打印</a>】</td></tr>
  <tr><td id="zoom" class="bt_content" style="padding:15px 10px;line-height:30px;font-size:16px">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
@@BODY@@
<p style="text-align:right">（撰稿：王喆）</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
  </td></tr>
  <tr><td>分享到：<a class="bds_weixin" href="#">微信</a> <a class="bds_tsina" href="#">微博</a> <a class="bds_qzone" href="#">QQ空间</a></td></tr>
</table>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">山东省卫生健康委员会 主办 &nbsp;&nbsp; 地址：济南市历下区燕东新路9号 &nbsp;&nbsp; 邮编：250014<br>网站标识码：3700000057 &nbsp; 鲁ICP备05012345号</td></tr>
</table>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), SOURCE=esc(SOURCE), BODY=paras(BODY, "<p>　　{}</p>"))
