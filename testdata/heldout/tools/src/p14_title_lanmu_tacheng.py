from lib import esc, paras, fill, place, agreement

NAME = "14-title-lanmu-tacheng"
TEMPLATE = "prefecture news portal (`<title>`标题_栏目_网站名, content_*.htm, 责任编辑 line)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "`<title>` with column and site suffix; signing dated 昨天 (resolved against the publish date); reporter and intern credits at the top, editor at the bottom"
NAMED = "辽宁 → 塔城地区塔城市、额敏县; 中国医科大学附属盛京医院, 塔城地区人民医院"

URL = "http://www.tcxw.example/yjdt/2023-07/06/content_38765.htm"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "盛京医院与塔城地区人民医院组建医联体"
PUBLISHED = "2023-07-06"
SOURCE = "塔城日报"
AUTHOR = "古丽娜 张宇 刘芳"
SCRIPT = "Hans"
BODY = [
    "昨天，中国医科大学附属盛京医院与塔城地区人民医院医联体合作签约仪式在塔城举行。盛京医院将以医联体为平台，在学科建设、人才培养、双向转诊和远程诊疗等方面对塔城地区人民医院给予全方位支持。",
    "辽宁省对口支援塔城地区以来，盛京医院先后派出多批援疆医生到塔城工作。根据新签订的协议，盛京医院将重点帮扶塔城地区人民医院的儿科、产科和新生儿重症监护病房建设，定期派出专家驻点带教，并为当地危重新生儿开通转诊绿色通道。",
    "塔城地区人民医院负责人介绍，近年来医院在辽宁援疆专家的帮助下，新生儿救治成功率明显提高。医联体建成后，医院将借助盛京医院的技术力量，力争把儿科打造成地区级重点专科。",
    "签约仪式后，盛京医院专家团队在塔城市、额敏县开展了儿童健康义诊，为三百余名儿童进行了健康检查。",
]
PROVINCES = ["辽宁省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["辽宁省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("辽宁省", "辽宁省", None, None, "helper"),
    place("塔城地区", "新疆维吾尔自治区", "塔城地区", None, "recipient"),
    place("塔城市", "新疆维吾尔自治区", "塔城地区", "塔城市", "recipient"),
    place("额敏县", "新疆维吾尔自治区", "塔城地区", "额敏县", "recipient"),
]
HOSPITALS = ["中国医科大学附属盛京医院", "塔城地区人民医院"]
AGREEMENTS = [agreement("医联体", [("中国医科大学附属盛京医院", "helper"), ("塔城地区人民医院", "recipient")],
                        "2023-07-05", "昨天")]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@_援疆动态_塔城新闻网</title>
<meta name="keywords" content="@@TITLE@@" />
<link href="/templets/tcxw/css/show.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topbar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a href="/">塔城新闻网首页</a></div>
<div class="head"><img src="/templets/tcxw/images/logo.png" alt="塔城新闻网" /></div>
<div class="menu"><a href="/">首页</a><a href="/tcyw/">塔城要闻</a><a href="/xsdt/">县市动态</a><a href="/yjdt/">援疆动态</a><a href="/msjj/">民生聚焦</a><a href="/tcws/">视频塔城</a><a href="/zt/">专题</a></div>
<div class="main">
 <div class="mainl">
  <div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/yjdt/">援疆动态</a> &gt; 正文</div>
  <div class="show">
   <h2 class="biaoti">@@TITLE@@</h2>
   <div class="xinxi">来源：塔城日报　　作者：记者 古丽娜 实习生 张宇　　时间：2023-07-06 11:20:05　　点击：<span id="hits">562</span></div>
   <div class="zhengwen">
@@BODY@@
   </div>
   <div class="bianji">责任编辑：刘芳</div>
   <div class="fenye"></div>
   <div class="sxp"><p>上一篇：<a href="/yjdt/2023-07/05/content_38750.htm">辽宁援疆干部人才赴托里县开展调研</a></p><p>下一篇：<a href="/yjdt/2023-07/07/content_38790.htm">裕民县举办辽塔两地文化交流演出</a></p></div>
  </div>
 </div>
 <div class="mainr"><div class="tit">图片新闻</div><ul><li><a href="/tcyw/2023-07/06/content_38760.htm"><img src="/uploads/2023/07/06/a.jpg" alt="" /><span>塔城市薰衣草进入盛花期</span></a></li></ul></div>
</div>
<div class="foot">塔城新闻网 版权所有 新ICP备09001234号 地址：塔城市新华路</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, '<p style="text-indent:2em">{}</p>'))
