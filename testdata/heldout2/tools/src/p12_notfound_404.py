from lib import fill

NAME = "12-notfound-404"
TEMPLATE = "soft 404 page of a prefecture hospital site (served with status 200: 页面不存在 message, 5秒后返回首页 script, 推荐新闻 list with 援疆 headlines)"
ENCODING_NOTE = "UTF-8 (header + meta)"
TESTS = "an error page that still carries the site's navigation and a list of 援疆/签约 headlines must be recognised as not an article"
NAMED = "(none)"

URL = "http://www.alsrmyy.example/news/show-2871.html"
CONTENT_TYPE = "text/html; charset=utf-8"
CHARSET = "UTF-8"
ENCODING = "utf-8"
IS_ARTICLE = False

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>页面不存在 - 阿拉尔医院</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>.err{text-align:center;padding:60px 0}.err h1{font-size:72px;color:#1a73c8;margin:0}.err p{color:#666}</style>
<script>var t=5;setInterval(function(){t--;if(t<=0){location.href='/';}document.getElementById('sec').innerHTML=t;},1000);</script>
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/about/">医院概况</a> | <a href="/news/">新闻动态</a> | <a href="/dept/">科室导航</a> | <a href="/guide/">就医指南</a></div>
<div class="err">
<h1>404</h1>
<h2>抱歉，您访问的页面不存在或已被删除！</h2>
<p>可能的原因：网址输入有误、页面已过期或已被管理员移除。</p>
<p><span id="sec">5</span>秒后自动返回<a href="/">首页</a>，或 <a href="javascript:history.back()">返回上一页</a></p>
</div>
<div class="hot"><h3>推荐新闻</h3><ul>
<li><a href="/news/show-2869.html">我院与浙江大学医学院附属第一医院签署专科联盟协议</a> 2025-04-18</li>
<li><a href="/news/show-2866.html">浙江援疆专家团队完成首例心脏射频消融术</a> 2025-04-11</li>
<li><a href="/news/show-2860.html">第一师阿拉尔市开展“万名医护进万家”活动</a> 2025-03-29</li>
</ul></div>
<div class="foot">版权所有：阿拉尔医院　地址：新疆阿拉尔市军垦大道　新ICP备00000000号</div>
</body>
</html>
"""


def html():
    return fill(PAGE)
