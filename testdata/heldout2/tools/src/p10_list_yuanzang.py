from lib import esc, fill

NAME = "10-list-yuanzang"
TEMPLATE = "column index page of a Tibet news portal (援藏医疗 list: 40 headlines with dates, 共N页 pager, column sidebar)"
ENCODING_NOTE = "UTF-8 (header only; no meta charset)"
TESTS = "a list page whose headlines name provinces, hospitals and 签约 must be recognised as not an article; charset only in the HTTP header"
NAMED = "(list of headlines only)"

URL = "http://www.xzxw.example/yzyl/index_2.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = False

HEADLINES = [
    ("2024-12-20", "北京援藏医疗队完成拉萨市人民医院首例经导管主动脉瓣置换术"),
    ("2024-12-18", "江苏援藏专家在堆龙德庆区开展包虫病筛查"),
    ("2024-12-16", "日喀则市人民医院与山东省立医院签署眼科专科联盟协议"),
    ("2024-12-13", "林芝市人民医院新生儿重症监护室投入使用"),
    ("2024-12-11", "广东第十批援藏医疗人才抵达林芝"),
    ("2024-12-09", "昌都市人民医院高原病科通过省级重点专科评审"),
    ("2024-12-06", "重庆医科大学附属第一医院远程会诊覆盖昌都11县"),
    ("2024-12-04", "山南市人民医院开展首台达芬奇机器人手术"),
    ("2024-12-02", "湖南湘雅医院与山南市隆子县人民医院结对帮扶"),
    ("2024-11-29", "那曲市人民医院血液透析中心扩容"),
    ("2024-11-27", "辽宁援藏医生在双湖县巡回义诊"),
    ("2024-11-25", "阿里地区人民医院与陕西省人民医院开展远程病理会诊"),
    ("2024-11-22", "河北援藏医疗队为噶尔县学生开展健康体检"),
    ("2024-11-20", "自治区人民医院牵头成立西藏儿科专科联盟"),
    ("2024-11-18", "“组团式”援藏医疗队员轮换交接工作顺利完成"),
]

PAGE = """<!DOCTYPE html>
<html>
<head>
<title>援藏医疗_西藏新闻网</title>
<link rel="stylesheet" href="/css/list.css">
</head>
<body>
<div class="header"><a href="/"><img src="/images/logo.png" alt="西藏新闻网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xzyw/">西藏要闻</a></li><li><a href="/yzyl/">援藏医疗</a></li><li><a href="/dsxw/">地市新闻</a></li><li><a href="/zt/">专题</a></li></ul></div>
<div class="main">
<div class="left"><h2>援藏医疗</h2>
<ul class="list">
@@ITEMS@@
</ul>
<div class="page">共3页 <a href="index.html">首页</a> <a href="index.html">上一页</a> <b>2</b> <a href="index_3.html">下一页</a> <a href="index_3.html">尾页</a></div>
</div>
<div class="right"><h3>专题</h3><ul><li><a href="/zt/yzsszn/">对口援藏30年</a></li><li><a href="/zt/ztsyl/">组团式医疗援藏</a></li></ul>
<h3>热点排行</h3><ol><li><a href="/xzyw/2024/1219/9821.html">拉萨至林芝高速全线通车一周年</a></li><li><a href="/dsxw/2024/1217/9803.html">日喀则青稞丰收</a></li></ol></div>
</div>
<div class="footer">西藏新闻网 版权所有 藏ICP备00000000号</div>
</body>
</html>
"""


def html():
    items = "\n".join('<li><span class="date">%s</span><a href="/yzyl/%s/%s/%d.html" target="_blank">%s</a></li>'
                      % (d, d[:4], d[5:7] + d[8:], 9900 - i * 7, esc(t)) for i, (d, t) in enumerate(HEADLINES))
    return fill(PAGE, ITEMS=items)
