from lib import esc, paras, fill, place

NAME = "15-related-above-qiannan"
TEMPLATE = "prefecture daily's site with a dated 延伸阅读 list between the headline and the body, and a dated sidebar earlier in source order"
ENCODING_NOTE = "GB18030 (header and meta gb18030)"
TESTS = "编辑 credit next to 二审/三审 reviewer lines; several other dates above the body (sidebar first in source order, related list under the headline); 远程会诊 story with no signing; 东西部协作 广东 → 贵州"
NAMED = "广州 → 黔南州; 广州医科大学附属第二医院, 黔南布依族苗族自治州人民医院"

URL = "http://www.qnrb.example/content/2023-11/30/content_128874.html"
CONTENT_TYPE = "text/html; charset=GB18030"
CHARSET = "GB18030"
ENCODING = "gb18030"
IS_ARTICLE = True

TITLE = "广州专家远程会诊 黔南危重患儿转危为安"
PUBLISHED = "2023-11-30"
SOURCE = "黔南日报"
AUTHOR = "杨梅 罗丹 黄晓"
SCRIPT = "Hans"
BODY = [
    "11月27日晚，黔南州人民医院儿科重症监护室收治了一名重症肺炎合并呼吸衰竭的两岁患儿，病情迅速恶化。值班医生随即通过东西部协作远程会诊平台，向广州医科大学附属第二医院发出会诊申请。",
    "半小时后，广州医科大学附属第二医院儿童重症医学科专家团队上线，仔细查看患儿的胸部影像、血气分析等检查结果后，建议调整呼吸机参数，并及时开展纤维支气管镜肺泡灌洗治疗。在两地医生的共同努力下，患儿病情逐步稳定，目前已转入普通病房。",
    "广州对口帮扶黔南以来，两院建立了常态化远程会诊机制，广州专家每周固定时间在线参与疑难病例讨论。今年以来，双方已完成远程会诊二百余例，开展远程教学查房四十余次。",
    "黔南州人民医院儿科负责人说，远程会诊让基层医生在关键时刻有了“主心骨”，许多过去需要转往省外的患儿，现在在本地就能得到有效救治。",
]
PROVINCES = ["广东省", "贵州省"]
HELPER_PROVINCES = ["广东省"]
RECIPIENT_PROVINCES = ["贵州省"]
PLACES = [
    place("广州", "广东省", "广州市", None, "helper"),
    place("黔南州", "贵州省", "黔南布依族苗族自治州", None, "recipient"),
]
HOSPITALS = ["广州医科大学附属第二医院", "黔南布依族苗族自治州人民医院"]
AGREEMENTS = []

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>@@TITLE@@ - 黔南日报</title>
<link rel="stylesheet" href="/static/css/content.css">
</head>
<body>
<div class="header"><a href="/"><img src="/static/img/logo.png" alt="黔南日报"></a>
 <div class="nav"><a href="/">首页</a> <a href="/node_2.htm">黔南要闻</a> <a href="/node_3.htm">县市新闻</a> <a href="/node_5.htm">协作帮扶</a> <a href="/node_8.htm">健康</a> <a href="/epaper/">数字报</a></div></div>
<div class="wrap">
 <div class="side" style="float:right;width:300px">
  <div class="side-box"><h3>最新动态</h3><ul>
   <li><span class="d">2023-11-29</span><a href="/content/2023-11/29/content_128851.html">黔南州推进紧密型县域医共体建设</a></li>
   <li><span class="d">2023-11-28</span><a href="/content/2023-11/28/content_128830.html">都匀市开展冬季爱国卫生专项行动</a></li>
   <li><span class="d">2023-11-26</span><a href="/content/2023-11/26/content_128802.html">广州黔南两地签订劳务协作协议</a></li>
  </ul></div>
 </div>
 <div class="article" style="float:left;width:860px">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/node_5.htm">协作帮扶</a></div>
  <h1>@@TITLE@@</h1>
  <div class="meta">2023-11-30 09:18　来源：黔南日报　记者 杨梅 通讯员 罗丹</div>
  <div class="yanshen"><h4>延伸阅读</h4><ul>
   <li><a href="/content/2023-10/18/content_127512.html">广州医科大学附属第二医院专家团队到黔南开展巡回医疗</a> 2023-10-18</li>
   <li><a href="/content/2023-09/05/content_126240.html">黔南州人民医院远程会诊中心升级启用</a> 2023-09-05</li>
   <li><a href="/content/2023-06/21/content_124377.html">东西部协作：广州为黔南培训基层医生五百人次</a> 2023-06-21</li>
   <li><a href="/content/2022-12/02/content_118905.html">黔南州首例儿童体外膜肺氧合救治成功</a> 2022-12-02</li>
   <li><a href="/content/2022-10/14/content_117266.html">黔南州人民医院获批省级儿科临床重点专科</a> 2022-10-14</li>
   <li><a href="/content/2022-08/09/content_115830.html">广州黔南签署新一轮卫生健康协作协议</a> 2022-08-09</li>
   <li><a href="/content/2022-05/20/content_113412.html">都匀：家庭医生签约服务覆盖全部乡镇</a> 2022-05-20</li>
   <li><a href="/content/2021-11/30/content_108871.html">广州专家赴黔南开展先心病患儿筛查</a> 2021-11-30</li>
  </ul></div>
  <div class="text" id="ozoom">
@@BODY@@
  </div>
  <div class="editor">编辑：黄晓 | 二审：陈红 | 三审：吴刚</div>
 </div>
</div>
<div class="footer">黔南日报社 版权所有　贵ICP备05001234号</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY, "<p>　　{}</p>"))
