from lib import esc, fill, place, agreement

NAME = "10-table-font-hami"
TEMPLATE = "old county/city government site: layout tables, `<font>`, paragraphs separated by `<br><br>` instead of `<p>`"
ENCODING_NOTE = "GBK bytes with NO charset anywhere (no meta, header text/html)"
TESTS = "charset must be detected; main text is one `<td>` with `<br>` breaks; site name before the title in `<title>`; 合作共建 with a full written date"
NAMED = "河南 → 哈密市伊州区、巴里坤哈萨克自治县; 河南省人民医院, 哈密市中心医院"

URL = "http://www.hami.example/html/2022/08/18/20220818093210587.htm"
CONTENT_TYPE = "text/html"
CHARSET = "GB18030"
ENCODING = "gbk"
IS_ARTICLE = True

TITLE = "河南省人民医院与哈密市中心医院签订合作共建协议"
PUBLISHED = "2022-08-18"
SOURCE = "哈密市卫生健康委员会"
AUTHOR = None
SCRIPT = "Hans"
BODY = [
    "2022年8月16日，河南省人民医院与哈密市中心医院合作共建协议签约仪式在哈密市中心医院举行。双方将共建“河南省人民医院哈密分院”，在医院管理、重点专科建设和人才培养等方面开展深度合作。",
    "根据协议，河南省人民医院将选派管理团队和学科带头人常驻哈密，重点帮扶哈密市中心医院建设神经外科、心血管外科、肿瘤科和新生儿科，并将哈密市中心医院纳入河南省人民医院远程医疗协作网，实现远程会诊、远程影像和远程心电诊断全覆盖。",
    "河南省对口援疆前方指挥部负责同志表示，合作共建是河南医疗援疆由“个人支援”向“团队支援”、由“输血”向“造血”转变的重要举措。哈密市中心医院作为东疆地区重要的区域医疗中心，承担着哈密市及周边地区群众的医疗保障任务。",
    "签约当天，河南专家还深入伊州区和巴里坤哈萨克自治县开展义诊巡诊，为群众提供免费健康咨询和检查。",
]
PROVINCES = ["河南省", "新疆维吾尔自治区"]
HELPER_PROVINCES = ["河南省"]
RECIPIENT_PROVINCES = ["新疆维吾尔自治区"]
PLACES = [
    place("河南省", "河南省", None, None, "helper"),
    place("哈密市", "新疆维吾尔自治区", "哈密市", None, "recipient"),
    place("伊州区", "新疆维吾尔自治区", "哈密市", "伊州区", "recipient"),
    place("巴里坤哈萨克自治县", "新疆维吾尔自治区", "哈密市", "巴里坤哈萨克自治县", "recipient"),
]
HOSPITALS = ["河南省人民医院", "哈密市中心医院"]
AGREEMENTS = [agreement("合作共建", [("河南省人民医院", "helper"), ("哈密市中心医院", "recipient")],
                        "2022-08-16", "2022年8月16日")]

PAGE = """<HTML>
<HEAD>
<TITLE>哈密市人民政府网--@@TITLE@@</TITLE>
<META NAME="keywords" CONTENT="哈密,援疆,合作共建">
<LINK href="/css/style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 bgcolor="#FFFFFF">
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
  <TR><TD><IMG height=110 src="/images/top.jpg" width=778></TD></TR>
  <TR><TD background="/images/navbg.gif" height=28 align=center><FONT color=#ffffff>
    <A href="/"><FONT color=#ffffff>首页</FONT></A> | <A href="/html/zwdt/"><FONT color=#ffffff>政务动态</FONT></A> | <A href="/html/tzgg/"><FONT color=#ffffff>通知公告</FONT></A> | <A href="/html/bmdt/"><FONT color=#ffffff>部门动态</FONT></A> | <A href="/html/xqdt/"><FONT color=#ffffff>县区动态</FONT></A> | <A href="/html/zsyz/"><FONT color=#ffffff>招商引资</FONT></A>
  </FONT></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
  <TR>
    <TD vAlign=top width=180 bgColor=#f1f7fd>
      <TABLE width="100%" border=0><TR><TD height=25 bgcolor="#3a7fc1"><FONT color=#ffffff><B>部门动态</B></FONT></TD></TR>
      <TR><TD><FONT style="FONT-SIZE: 12px">·<A href="/html/2022/08/17/20220817.htm">市卫健委召开疫情防控会议</A><BR>·<A href="/html/2022/08/15/20220815.htm">伊吾县开展健康知识进社区</A><BR>·<A href="/html/2022/08/12/20220812.htm">巴里坤县举办乡村医生培训</A></FONT></TD></TR></TABLE>
    </TD>
    <TD vAlign=top width=598>
      <TABLE width="96%" align=center border=0 cellPadding=4>
        <TR><TD height=30><FONT style="FONT-SIZE: 12px">您现在的位置：<A href="/">首页</A> &gt;&gt; <A href="/html/bmdt/">部门动态</A></FONT></TD></TR>
        <TR><TD align=center height=40><FONT color=#cc0000 size=4><B>@@TITLE@@</B></FONT></TD></TR>
        <TR><TD align=center><FONT style="FONT-SIZE: 12px" color=#666666>发布日期：2022年8月18日&nbsp;&nbsp;&nbsp;信息来源：哈密市卫生健康委员会&nbsp;&nbsp;&nbsp;浏览次数：<SCRIPT src="/count.asp?id=20220818093210587"></SCRIPT></FONT></TD></TR>
        <TR><TD><HR color=#cccccc SIZE=1></TD></TR>
        <TR><TD style="LINE-HEIGHT: 200%"><FONT style="FONT-SIZE: 14px">@@BODY@@</FONT></TD></TR>
        <TR><TD align=right><FONT style="FONT-SIZE: 12px">【<A href="javascript:window.print()">打印此页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</FONT></TD></TR>
      </TABLE>
    </TD>
  </TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0 bgcolor="#e6eef7">
  <TR><TD align=center height=60><FONT style="FONT-SIZE: 12px">主办：哈密市人民政府办公室　　新ICP备06001234号<BR>建议使用1024*768分辨率浏览</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def html():
    body = "<BR><BR>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(l) for l in BODY)
    return fill(PAGE, TITLE=esc(TITLE), BODY=body)
