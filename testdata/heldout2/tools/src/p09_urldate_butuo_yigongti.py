from lib import esc, paras, fill, place, agreement

NAME = "09-urldate-butuo-yigongti"
TEMPLATE = "county government portal (工作动态 column, TRS-style `/202311/t20231108_…` URL, `div.zw` text, 信息来源 line, 扫一扫在手机打开 / 打印 / 关闭 tools, no date printed anywhere)"
ENCODING_NOTE = "GB2312 bytes (header and meta gb2312)"
TESTS = "publish date only in the URL (t20231108); signing written 11月6日 with the year only from the URL; bare 县中医医院 qualified by the county; 医共体 where both sides are in the same county; a province (浙江省湖州市德清县) mentioned only in passing"
NAMED = "凉山州布拖县 (both sides; mentioned: 浙江省湖州市德清县); 布拖县人民医院, 布拖县中医医院"

URL = "http://www.butuo.example/zwgk/gzdt/202311/t20231108_2619437.html"
CONTENT_TYPE = "text/html; charset=gb2312"
CHARSET = "GB18030"
ENCODING = "gb2312"
IS_ARTICLE = True

TITLE = "我县两个紧密型县域医共体挂牌运行"
PUBLISHED = "2023-11-08"
SOURCE = "布拖县卫生健康局"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "11月6日，布拖县紧密型县域医疗卫生共同体建设推进会召开。会上，布拖县人民医院与县中医医院签订医共体建设协议，两家医院分别牵头组建“县人民医院医共体”和“县中医医院医共体”，全县30个乡镇卫生院按照就近原则分别加入。",
    "根据协议，医共体内实行人员统筹使用、药品统一采购、检查结果互认。县人民医院将每周派出内科、儿科、妇产科医生到成员单位坐诊，县中医医院重点在乡镇推广针灸、推拿等中医适宜技术。",
    "布拖县地处凉山州东部，群众居住分散，不少乡镇卫生院只有几名医生，常见病也要跑到县城看。今年7月，县卫健局组织人员赴浙江省湖州市德清县学习医共体建设经验，结合本县实际制定了实施方案。",
    "县卫健局负责人介绍，下一步将建设医共体远程影像和心电中心，让乡镇拍片、做心电图，县级医院出报告，力争到2025年县域内就诊率达到90%以上。",
]

PROVINCES = ["四川省", "浙江省"]
HELPER_PROVINCES = ["四川省"]
RECIPIENT_PROVINCES = ["四川省"]
PLACES = [
    place("布拖县", "四川省", "凉山彝族自治州", "布拖县", role="recipient"),
    place("凉山州", "四川省", "凉山彝族自治州", role="recipient"),
    place("浙江省", "浙江省", role="mentioned"),
    place("湖州市", "浙江省", "湖州市", role="mentioned"),
    place("德清县", "浙江省", "湖州市", "德清县", role="mentioned"),
]
HOSPITALS = ["布拖县人民医院", "布拖县中医医院"]
AGREEMENTS = [
    agreement("医共体", [("布拖县人民医院", "helper"), ("布拖县中医医院", "recipient")], "2023-11-06", "11月6日"),
]

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>布拖县人民政府</title>
<link href="../../../images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../images/jquery.min.js"></script>
</head>
<body>
<div class="head"><div class="logo"><img src="../../../images/logo.png" alt="布拖县人民政府" /></div>
<div class="daohang"><a href="../../../">首页</a><a href="../../../zjbt/">走进布拖</a><a href="../../">政务公开</a><a href="../../../zmhd/">政民互动</a><a href="../../../bsfw/">办事服务</a></div></div>
<div class="dqwz">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt; <a href="../">工作动态</a></div>
<div class="nr">
<div class="bt">@@TITLE@@</div>
<div class="xx">信息来源：布拖县卫生健康局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="count">--</span></div>
<div class="zw">
@@BODY@@
</div>
<div class="gj"><span class="ewm">扫一扫在手机打开当前页<img src="../../../images/ewm.png" /></span> <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="foot">主办单位：布拖县人民政府办公室　承办单位：布拖县政务服务和公共资源交易服务中心<br />蜀ICP备00000000号　川公网安备 00000000000000号　网站标识码：5134290000</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, '<p style="text-indent:2em;">{}</p>'))
