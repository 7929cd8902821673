from lib import esc, paras, fill

NAME = "13-offtopic-flu-vaccine"
TEMPLATE = "city health-commission site, 通知公告 column (TRS-style info table 发布时间/来源, numbered notice, 附件 link, signature and date lines)"
ENCODING_NOTE = "GBK bytes; header says charset=GBK, meta says gb2312; GBK-only character 珺 in the contact line"
TESTS = "off-topic health notice (flu vaccination) from a health-commission site: an article, but no provinces, places, hospitals or agreements; header and meta name different GB charsets; signature lines are body"
NAMED = "(none in the text)"

URL = "http://wjw.yinchuan.example/tzgg/202410/t20241009_4718206.html"
CONTENT_TYPE = "text/html; charset=GBK"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = True

TITLE = "关于做好2024—2025年度流感疫苗接种工作的温馨提示"
PUBLISHED = "2024-10-09"
SOURCE = "疾病预防控制科"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "广大市民朋友：",
    "秋冬季是流行性感冒的高发季节。接种流感疫苗是预防流感最经济、最有效的手段。新一年度流感疫苗已陆续到货，现将有关事项提示如下：",
    "一、接种对象。6月龄以上无接种禁忌的人群均可接种，重点推荐60岁及以上老年人、6月龄至5岁儿童、孕妇、慢性病患者和医务人员接种。",
    "二、接种时间。建议在流感流行季节前完成接种，最好在10月底前完成；错过的也可以在整个流行季内接种。",
    "三、接种地点。各社区卫生服务中心、乡镇卫生院预防接种门诊，具体时间请提前电话咨询，或通过“健康服务”小程序预约。",
    "四、注意事项。接种时请携带身份证件和预防接种证，如实告知身体状况；接种后留观30分钟，当天接种部位保持清洁。",
    "咨询电话：0951-0000000（联系人：李珺）",
    "市卫生健康委员会",
    "2024年10月9日",
]

PROVINCES = []
HELPER_PROVINCES = []
RECIPIENT_PROVINCES = []
PLACES = []
HOSPITALS = []
AGREEMENTS = []

PAGE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>@@TITLE@@</title>
<meta name="ArticleTitle" content="@@TITLE@@">
<meta name="PubDate" content="2024-10-09 16:30">
<meta name="ColumnName" content="通知公告">
<link href="/images/common.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="top"><img src="/images/banner.jpg" alt="银川市卫生健康委员会"></div>
<div class="nav"><a href="/">首页</a> <a href="/jgsz/">机构设置</a> <a href="/tzgg/">通知公告</a> <a href="/zwgk/">政务公开</a> <a href="/jkkp/">健康科普</a></div>
<div class="wz">您现在的位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article">
<h2>@@TITLE@@</h2>
<table class="xxgk" width="100%"><tr><td>发布时间：2024-10-09</td><td>来源：疾病预防控制科</td><td>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></td></tr></table>
<div class="TRS_Editor">
@@BODY@@
</div>
<div class="fj">附件：<a href="./P020241009388104732117.pdf">2024—2025年度流感疫苗接种门诊名单.pdf</a></div>
</div>
<div class="bottom">银川市卫生健康委员会 主办　宁ICP备00000000号</div>
</body>
</html>
"""


def html():
    out = []
    for i, l in enumerate(BODY):
        if i == 0:
            out.append("<p>%s</p>" % esc(l))
        elif i >= len(BODY) - 2:
            out.append('<p style="text-align:right">%s</p>' % esc(l))
        else:
            out.append('<p style="text-indent:2em">%s</p>' % esc(l))
    return fill(PAGE, TITLE=esc(TITLE), BODY="\n".join(out))
