from lib import esc, fill

NAME = "11-search-yuanjiang"
TEMPLATE = "site-search result page of a provincial health-commission site (`/search?q=` query, 共找到N条, ten results with highlighted snippets and dates, pager)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "a search-result page full of article snippets (dates, hospitals, 签署协议) must be recognised as not an article"
NAMED = "(result snippets only)"

URL = "http://wsjkw.hubei.example/search/index.html?q=%E6%8F%B4%E7%96%86&page=1"
CONTENT_TYPE = "text/html; charset=UTF-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = False

RESULTS = [
    ("2024-10-11", "湖北援疆医疗队在博州开展“光明行”白内障手术", "湖北第十一批<em>援疆</em>医疗队联合博尔塔拉蒙古自治州人民医院，为120余名白内障患者实施复明手术……"),
    ("2024-09-03", "武汉大学人民医院与博州人民医院签署专科联盟协议", "9月2日，武汉大学人民医院与博尔塔拉蒙古自治州人民医院签署呼吸与危重症医学专科联盟协议，这是湖北医疗<em>援疆</em>……"),
    ("2024-07-22", "省卫生健康委召开医疗人才援疆工作座谈会", "座谈会总结了2023年以来全省医疗人才<em>援疆</em>工作，部署下一阶段重点任务……"),
    ("2024-05-16", "华中科技大学同济医学院附属协和医院专家赴精河县义诊", "5月14日至15日，协和医院<em>援疆</em>专家团队在精河县人民医院开展义诊……"),
    ("2023-12-28", "湖北省医疗援疆三年行动计划（2024—2026年）印发", "计划提出，到2026年帮助博州建成5个自治区级临床重点专科……"),
]

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>搜索结果 - 湖北省卫生健康委员会</title>
<meta name="robots" content="noindex,follow">
<link rel="stylesheet" href="/search/css/search.css">
</head>
<body>
<div class="s-head"><a href="/"><img src="/images/logo.png" alt="湖北省卫生健康委员会"></a>
<form action="/search/index.html" method="get"><input name="q" value="援疆"><select name="range"><option>全部</option><option>标题</option><option>正文</option></select><button type="submit">搜索</button></form></div>
<div class="s-tip">搜索“<b>援疆</b>”，共找到 <b>86</b> 条结果，用时 0.04 秒</div>
<div class="s-sort">排序：<a class="on" href="?q=%E6%8F%B4%E7%96%86&sort=rel">按相关度</a> | <a href="?q=%E6%8F%B4%E7%96%86&sort=time">按时间</a></div>
<div class="s-list">
@@RESULTS@@
</div>
<div class="s-page"><b>1</b> <a href="?q=%E6%8F%B4%E7%96%86&page=2">2</a> <a href="?q=%E6%8F%B4%E7%96%86&page=3">3</a> … <a href="?q=%E6%8F%B4%E7%96%86&page=18">18</a> <a href="?q=%E6%8F%B4%E7%96%86&page=2">下一页</a></div>
<div class="s-foot">湖北省卫生健康委员会 主办　鄂ICP备00000000号</div>
</body>
</html>
"""


def html():
    rows = []
    for i, (d, t, s) in enumerate(RESULTS):
        rows.append('<div class="s-item"><h3><a href="/zfxxgk/fdzdgknr/gzdt/%s/t%s_%d.shtml" target="_blank">%s</a></h3>'
                    '<p class="s-abs">%s</p><p class="s-info"><span class="s-url">wsjkw.hubei.example</span> <span class="s-date">%s</span></p></div>'
                    % (d[:7].replace("-", ""), d.replace("-", ""), 4401300 + i * 37, esc(t).replace("援疆", "<em>援疆</em>"), s, d))
    return fill(PAGE, RESULTS="\n".join(rows))
