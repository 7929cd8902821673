from lib import esc, paras, fill, place, agreement

NAME = "01-trs-xjwjw"
TEMPLATE = "TRS/WCM provincial health-commission CMS (meta ArticleTitle/PubDate/ContentSource, `div.TRS_Editor`)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "title in meta and h1 with site suffix in `<title>`; date and source in meta and in the info bar; image caption inside the editor div; 字体/打印/关闭 widgets; full signing date"
NAMED = "天津 → 和田地区; 天津医科大学总医院, 和田地区人民医院"

URL = "http://wjw.xinjiang.example/xjwjw/c108372/202306/3f2a9c1e8b7d4e05a1c2d3e4f5a6b7c8.shtml"
CONTENT_TYPE = "text/html; charset=UTF-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "天津医科大学总医院与和田地区人民医院签订远程医疗合作协议"
PUBLISHED = "2023-06-12"
SOURCE = "和田地区卫生健康委员会"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "2023年6月8日，天津医科大学总医院与和田地区人民医院远程医疗合作协议签约仪式在和田地区人民医院举行。天津市援疆前方指挥部、和田地区卫生健康委员会有关负责同志出席仪式。",
    "根据协议，双方将依托天津医科大学总医院远程医学中心，在和田地区人民医院建设远程会诊室，开通远程会诊、远程影像诊断、远程病理诊断和远程教学查房四项服务。和田地区人民医院遇到疑难危重病例，可随时申请天津专家在线会诊，患者不出和田就能得到天津知名专家的诊疗意见。",
    "签约仪式结束后，两院专家通过远程平台为一名疑似罕见病的患儿进行了首次联合会诊。天津医科大学总医院儿科、神经内科和医学影像科的五位专家在线阅片、讨论，为患儿制定了下一步检查和治疗方案。",
    "和田地区人民医院负责人介绍，近年来在天津援疆医疗人才的帮带下，医院新开展新技术、新项目六十余项。此次远程医疗合作将把优质医疗资源进一步延伸到南疆，医院还将把远程服务逐步延伸到县级医院，让更多基层群众受益。",
    "天津市援疆前方指挥部有关负责同志表示，将继续发挥天津医疗资源优势，推动“输血”与“造血”相结合，为和田培养一支带不走的医疗人才队伍。",
]
PROVINCES = ["天津市", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["天津市"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("天津市", "天津市", None, None, "helper"),
    place("和田地区", "新疆维吾尔自治区", "和田地区", None, "recipient"),
]
HOSPITALS = ["天津医科大学总医院", "和田地区人民医院"]
AGREEMENTS = [agreement("远程医疗", [("天津医科大学总医院", "helper"), ("和田地区人民医院", "recipient")],
                        "2023-06-08", "2023年6月8日")]

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@-新疆维吾尔自治区卫生健康委员会</title>
<meta name="SiteName" content="新疆维吾尔自治区卫生健康委员会" />
<meta name="SiteDomain" content="wjw.xinjiang.example" />
<meta name="SiteIDCode" content="6500000061" />
<meta name="ColumnName" content="地州动态" />
<meta name="ColumnType" content="工作动态" />
<meta name="ArticleTitle" content="@@TITLE@@" />
<meta name="PubDate" content="2023-06-12 10:26" />
<meta name="ContentSource" content="@@SOURCE@@" />
<meta name="Keywords" content="远程医疗,援疆,和田" />
<meta name="Author" content="" />
<meta name="Description" content="2023年6月8日，天津医科大学总医院与和田地区人民医院远程医疗合作协议签约仪式在和田地区人民医院举行。" />
<link rel="stylesheet" type="text/css" href="/xjwjw/xhtml/css/common.css" />
<link rel="stylesheet" type="text/css" href="/xjwjw/xhtml/css/article.css" />
<script type="text/javascript" src="/xjwjw/xhtml/js/jquery.min.js"></script>
</head>
<body>
<div class="top">
  <div class="top_bar w1200"><span class="fl">欢迎访问新疆维吾尔自治区卫生健康委员会网站！</span><span class="fr"><a href="/xjwjw/wza/">无障碍</a> | <a href="javascript:void(0)" id="jft">繁體</a> | <a href="/xjwjw/c108300/list.shtml">English</a></span></div>
  <div class="logo w1200"><img src="/xjwjw/xhtml/images/logo.png" alt="新疆维吾尔自治区卫生健康委员会" />
    <form action="/guestweb4/s" method="get" class="search"><input type="text" name="searchWord" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
</div>
<div class="nav"><ul class="w1200">
  <li><a href="/">首页</a></li><li><a href="/xjwjw/c108360/jggk.shtml">机构概况</a></li><li><a href="/xjwjw/c108361/zwgk.shtml">政务公开</a></li>
  <li><a href="/xjwjw/c108370/xwzx.shtml">新闻中心</a></li><li><a href="/xjwjw/c108380/bsfw.shtml">办事服务</a></li><li><a href="/xjwjw/c108390/hdjl.shtml">互动交流</a></li><li><a href="/xjwjw/c108395/ztzl.shtml">专题专栏</a></li>
</ul></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/xjwjw/c108370/xwzx.shtml">新闻中心</a> &gt; <a href="/xjwjw/c108372/list.shtml">地州动态</a></div>
<div class="w1200 article">
  <div class="xl_title"><h1>@@TITLE@@</h1></div>
  <div class="xl_info">
    <span>发布时间：2023-06-12 10:26</span>
    <span>来源：@@SOURCE@@</span>
    <span>浏览次数：<i id="hits">--</i></span>
    <span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
  </div>
  <div class="xl_content" id="zoom">
<!--<$[信息内容]>begin--><div class="view TRS_UEDITOR trs_paper_default trs_web"><div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN{font-family:宋体;font-size:12pt;}
</style>
@@P1@@
<p style="text-align: center;"><img src="./W020230612387561234567.jpg" title="签约现场" alt="签约现场" oldsrc="W020230612387561234567.jpg" /></p>
<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">签约仪式现场（和田地区卫健委供图）</span></p>
@@REST@@
</div></div><!--<$[信息内容]>end-->
  </div>
  <div class="xl_bottom">
    <span class="print"><a href="javascript:window.print()">【打印本页】</a></span>
    <span class="close"><a href="javascript:window.close()">【关闭窗口】</a></span>
  </div>
  <div class="xgwz"><h3>相关链接</h3>
    <ul><li><a href="../../c108372/202306/a1b2c3.shtml">和田地区启动基层卫生人才能力提升培训</a><span>2023-06-09</span></li>
    <li><a href="../../c108372/202306/d4e5f6.shtml">喀什地区开展夏季爱国卫生运动</a><span>2023-06-05</span></li></ul>
  </div>
</div>
<div class="footer"><div class="w1200">
  <p>主办单位：新疆维吾尔自治区卫生健康委员会 &nbsp; 地址：乌鲁木齐市天山区龙泉街191号</p>
  <p>网站标识码：6500000061 &nbsp; 新ICP备05001234号-1 &nbsp; <img src="/xjwjw/xhtml/images/gongan.png" alt="" />新公网安备 65010202000123号</p>
</div></div>
<script type="text/javascript">
$(function(){ $.get("/xjwjw/hits?id=3f2a9c1e", function(n){ $("#hits").text(n); }); });
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</body>
</html>
"""


def html():
    p = '<p style="text-indent: 2em;">{}</p>'
    return fill(PAGE, TITLE=esc(TITLE), SOURCE=esc(SOURCE), P1=paras(BODY[:1], p), REST=paras(BODY[1:], p))
