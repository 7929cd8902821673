from lib import esc, paras, fill, place, agreement

NAME = "20-lanmu-liaoning-nagqu"
TEMPLATE = "prefecture news portal on a CmsTop-style CMS (`div.article-content`, column prefix 援藏故事丨 in `<h1>` and `<title>`, site suffix, bshare widget, 责任编辑 line, 相关新闻 and 热门 lists with dates)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "column prefix inside the headline (援藏故事丨) and site suffix; a renewed 托管 agreement reported as news while the first signing three years earlier is background (not an agreement of this page); abbreviation （以下简称“中国医大一院”）"
NAMED = "辽宁 → 那曲、色尼区 (mentioned: 拉萨); 中国医科大学附属第一医院, 那曲市人民医院"

URL = "http://www.nqxw.example/2024-12/02/content_334176.htm"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = True

TITLE = "托管三年再续约：那曲看病“不出市”的越来越多"
PUBLISHED = "2024-12-02"
SOURCE = "那曲新闻网"
AUTHOR = "次仁旺姆 格桑德吉"
SCRIPT = "Hans"
BODY = [
    "那曲新闻网讯（记者 次仁旺姆）11月28日，中国医科大学附属第一医院（以下简称“中国医大一院”）与那曲市人民医院续签托管协议，托管期延长至2027年底。",
    "2021年11月，中国医大一院开始托管那曲市人民医院，辽宁先后派出四批共46名管理和医疗骨干常驻那曲。三年间，医院新开设了神经外科、介入科等7个科室，高原肺水肿、先天性心脏病等疾病的救治成功率明显提高。",
    "“过去很多病我们看不了，只能往拉萨转，现在大部分都能在那曲看好。”那曲市人民医院一名医生说。据统计，医院的外转患者比例从托管前的三成多降到了一成左右。",
    "续签协议明确，中国医大一院将继续派驻院长和学科带头人，并在那曲市人民医院设立教学基地，每年为色尼区等县区培养基层医生50名。",
]

PROVINCES = ["辽宁省", "西藏自治区"]
HELPER_PROVINCES = ["辽宁省"]
RECIPIENT_PROVINCES = ["西藏自治区"]
PLACES = [
    place("辽宁", "辽宁省", role="helper"),
    place("那曲", "西藏自治区", "那曲市", role="recipient"),
    place("色尼区", "西藏自治区", "那曲市", "色尼区", role="recipient"),
    place("拉萨", "西藏自治区", "拉萨市", role="mentioned"),
]
HOSPITALS = ["中国医科大学附属第一医院", "那曲市人民医院"]
AGREEMENTS = [
    agreement("托管", [("中国医科大学附属第一医院", "helper"), ("那曲市人民医院", "recipient")], "2024-11-28", "11月28日"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>援藏故事丨@@TITLE@@ - 那曲新闻网</title>
<meta name="keywords" content="托管,援藏,那曲市人民医院">
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="header"><div class="logo"><a href="/">那曲新闻网</a></div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/node_102.htm">那曲要闻</a></li><li><a href="/node_117.htm">援藏故事</a></li><li><a href="/node_120.htm">县区动态</a></li></ul></div>
<div class="main">
<div class="article">
<div class="crumb"><a href="/">首页</a> &gt; <a href="/node_117.htm">援藏故事</a> &gt; 正文</div>
<h1>援藏故事丨@@TITLE@@</h1>
<div class="meta"><span class="date">2024-12-02 11:40</span><span class="source">来源：那曲新闻网</span></div>
<div class="article-content">
@@BODY@@
</div>
<div class="editor">责任编辑：格桑德吉</div>
<div class="bshare-custom"><span>分享到：</span><a title="分享到微信" class="bshare-weixin"></a><a title="分享到新浪微博" class="bshare-sinaminiblog"></a><a title="更多平台" class="bshare-more"></a></div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/2024-11/19/content_333702.htm">辽宁援藏医疗队在班戈县开展包虫病筛查</a><em>2024-11-19</em></li>
<li><a href="/2021-11/25/content_271033.htm">中国医大一院托管那曲市人民医院签约仪式举行</a><em>2021-11-25</em></li>
</ul></div>
</div>
<div class="side"><h3>热门</h3><ol><li><a href="/2024-11/30/content_334101.htm">那曲市冬季供暖全面启动</a></li><li><a href="/2024-11/27/content_333980.htm">羌塘草原迎来首场降雪</a></li></ol></div>
</div>
<div class="footer">那曲新闻网 版权所有　藏ICP备00000000号</div>
</body>
</html>
"""


def html():
    return fill(PAGE, TITLE=esc(TITLE), BODY=paras(BODY))
