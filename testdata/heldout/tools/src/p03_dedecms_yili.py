from lib import esc, paras, fill, place

NAME = "03-dedecms-yili"
TEMPLATE = "hospital site on DedeCMS (`div.content`, 时间/来源/作者/点击 line, count.php counter, 上一篇/下一篇)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "来源:未知 must give a null source; 点击 counter script; hospital called 我院 after first mention; 义诊 story without any agreement"
NAMED = "江苏 → 伊犁州伊宁县; 江苏省人民医院, 伊犁哈萨克自治州友谊医院, 伊宁县人民医院"

URL = "http://www.ylzyy.example/a/yiyuanxinwen/2023/0921/2186.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "江苏省人民医院专家团队赴伊宁县开展巡回义诊"
PUBLISHED = "2023-09-21"
SOURCE = None
AUTHOR = "李娜"
SCRIPT = "Hans"
BODY = [
    "9月18日至20日，江苏省人民医院援伊专家团队与伊犁州友谊医院医务人员组成巡回医疗队，深入伊宁县多个乡镇开展义诊活动，为当地农牧民群众送去优质医疗服务。",
    "义诊现场，来自心血管内科、内分泌科、眼科、骨科和儿科的专家耐心为群众测量血压、血糖，询问病史，解读检查报告，并就高血压、糖尿病等慢性病的日常管理进行详细讲解。对发现的白内障、关节病变等需要进一步治疗的患者，医疗队当场登记，协助预约到我院或伊宁县人民医院复诊。",
    "三天时间里，医疗队共接诊群众六百余人次，免费发放常用药品价值三万余元，发放双语健康宣传资料一千二百余份。",
    "义诊期间，专家们还走进伊宁县人民医院，开展教学查房和专题讲座三场，围绕急性心肌梗死早期识别、基层糖尿病规范用药等内容与县级医生深入交流，手把手传授临床经验。",
    "据了解，作为江苏对口支援伊犁的主力医院，江苏省人民医院已累计选派一百余名医疗骨干到伊犁州工作，帮助我院新建学科七个。下一步，双方将继续把优质医疗资源向县乡延伸，推动分级诊疗落地见效。",
]
PROVINCES = ["江苏省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["江苏省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("江苏", "江苏省", None, None, "helper"),
    place("伊犁州", "新疆维吾尔自治区", "伊犁哈萨克自治州", None, "recipient"),
    place("伊宁县", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县", "recipient"),
]
HOSPITALS = ["江苏省人民医院", "伊犁哈萨克自治州友谊医院", "伊宁县人民医院"]
AGREEMENTS = []

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@ - 伊犁哈萨克自治州友谊医院</title>
<meta name="keywords" content="义诊,江苏援疆,伊宁县" />
<meta name="description" content="9月18日至20日，江苏省人民医院援伊专家团队与伊犁州友谊医院医务人员组成巡回医疗队……" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="articleview">
<div class="header">
 <div class="top w960 center"><div class="title"><h2><a href="/"><img src="/templets/default/images/logo.gif" alt="伊犁哈萨克自治州友谊医院" /></a></h2></div>
  <div class="toplinks">急诊电话：0999-8021120 &nbsp; 预约挂号：0999-8021000</div></div>
 <div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
  <li><a href="/"><span>网站首页</span></a></li><li><a href="/a/yiyuangaikuang/"><span>医院概况</span></a></li>
  <li class="hover"><a href="/a/yiyuanxinwen/"><span>医院新闻</span></a></li><li><a href="/a/keshidaohang/"><span>科室导航</span></a></li>
  <li><a href="/a/zhuanjiajieshao/"><span>专家介绍</span></a></li><li><a href="/a/jiuyizhinan/"><span>就医指南</span></a></li><li><a href="/a/dangjianzhuanlan/"><span>党建专栏</span></a></li>
 </ul></div></div>
</div>
<div class="w960 center clear mt1">
 <div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/yiyuanxinwen/">医院新闻</a> &gt; </div>
  <div class="viewbox">
   <div class="title"><h2>@@TITLE@@</h2></div>
   <div class="info"><small>时间:</small>2023-09-21 10:12<small>来源:</small>未知 <small>作者:</small>李娜 <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=2186&amp;mid=1" type="text/javascript" language="javascript"></script>次</div>
   <div class="intro">9月18日至20日，江苏省人民医院援伊专家团队与伊犁州友谊医院医务人员组成巡回医疗队……</div>
   <div class="content">
    <table width="100%"><tr><td>
@@P12@@
<p style="text-align: center;"><img alt="" src="/uploads/allimg/230921/1-230921101233Q0.jpg" style="width: 600px; height: 400px;" /></p>
<p style="text-align: center;">专家为群众测量血压</p>
@@REST@@
    </td></tr></table>
   </div>
   <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
   <div class="handle">
    <div class="context"><ul>
     <li>上一篇：<a href="/a/yiyuanxinwen/2023/0919/2181.html">我院举办第二期住院医师规范化培训师资培训班</a></li>
     <li>下一篇：<a href="/a/yiyuanxinwen/2023/0925/2190.html">我院召开2023年第三季度医疗质量分析会</a></li>
    </ul></div>
    <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=2186" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=2186&amp;title=" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=2186" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
   </div>
  </div>
 </div>
 <div class="pright">
  <div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul class="d4">
   <li><a href="/a/yiyuanxinwen/2023/0906/2160.html">我院成功开展首例经导管主动脉瓣置换术</a><p>近日，在江苏援疆专家指导下，我院心血管内科团队成功……</p></li>
   <li><a href="/a/yiyuanxinwen/2023/0830/2151.html">伊犁州友谊医院举办“中国医师节”表彰大会</a><p>8月19日，我院举办庆祝第六个“中国医师节”……</p></li>
  </ul></dd></dl></div>
 </div>
</div>
<div class="footer w960 center mt1 clear">
 <p class="powered">地址：伊宁市斯大林街92号 &nbsp; 邮编：835000 &nbsp; 新ICP备12003456号</p>
 <p class="copyright">Copyright &copy; 2002-2023 伊犁哈萨克自治州友谊医院 版权所有</p>
</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), P12=paras(BODY[:2], "<p>　　{}</p>"), REST=paras(BODY[2:], "<p>　　{}</p>"))
