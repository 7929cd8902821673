from lib import esc, fill

NAME = "19-list-kashgar"
TEMPLATE = "column index page of a prefecture health-commission site (援疆动态 list with dates and pager)"
ENCODING_NOTE = "GBK bytes declared gb2312 (header and meta); holds a GBK-only character (喆) outside GB2312"
TESTS = "a list/index page must be recognised as not an article; declared gb2312 but needs GBK"
NAMED = "(list of headlines only)"

URL = "http://wjw.kashi.example/yjdt/index_2.html"
CONTENT_TYPE = "text/html; charset=gb2312"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = False

ITEMS = [
    ("2024-03-06", "山东援疆医疗队在疏勒县开展“送医下乡”活动"),
    ("2024-03-01", "援疆医生王喆：把腔镜技术留在喀什"),
    ("2024-02-26", "上海援疆专家为莎车县培训基层医生"),
    ("2024-02-20", "广东援疆医疗队在伽师县开展先心病筛查"),
    ("2024-02-08", "喀什地区第一人民医院与深圳市人民医院签订专科联盟协议"),
    ("2024-01-30", "疏附县人民医院新建血液透析中心投入使用"),
    ("2024-01-22", "喀什地区召开2024年医疗援疆工作座谈会"),
    ("2024-01-15", "巴楚县人民医院成功完成首例腹腔镜胃癌根治术"),
    ("2024-01-09", "英吉沙县开展冬季送温暖健康义诊"),
    ("2024-01-03", "泽普县人民医院通过二级甲等医院复审"),
]

PAGE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>援疆动态 - 喀什地区卫生健康委员会</title>
<link href="/css/list.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="top"><img src="/images/banner.jpg" alt="喀什地区卫生健康委员会"></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/gzdt/">工作动态</a><a href="/yjdt/">援疆动态</a><a href="/tzgg/">通知公告</a><a href="/bsfw/">办事服务</a></div>
<div class="main">
 <div class="left"><div class="lm">援疆动态</div><ul class="sub"><li><a href="/yjdt/">援疆动态</a></li><li><a href="/yjrw/">援疆人物</a></li><li><a href="/yjcg/">援疆成果</a></li></ul></div>
 <div class="right">
  <div class="pos">当前位置：<a href="/">首页</a> &gt; 援疆动态</div>
  <ul class="list">
@@ITEMS@@
  </ul>
  <div class="pager">共 128 条记录 当前第 3/13 页 <a href="index.html">首页</a> <a href="index_1.html">上一页</a> <a href="index_3.html">下一页</a> <a href="index_12.html">尾页</a></div>
 </div>
</div>
<div class="foot">喀什地区卫生健康委员会 主办　新ICP备08001234号</div>
</body>
</html>
"""


def html():
    items = "\n".join('<li><span class="date">[%s]</span><a href="/yjdt/%s/t%s_%d.html" target="_blank">%s</a></li>'
                      % (d, d[:7].replace("-", ""), d.replace("-", ""), 4100 + i, esc(t)) for i, (d, t) in enumerate(ITEMS))
    return fill(PAGE, ITEMS=items)
