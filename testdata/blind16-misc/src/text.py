"""Writes the plain-text family (.txt/.csv/.tsv/.md) in several encodings. Usage: text.py OUT_DIR"""
import os
import sys

import values as v

NOTICE = ("为进一步做好政务公开工作，各单位要明确分管负责人和具体工作人员，"
          "信息发布前应当依照《中华人民共和国保守国家秘密法》进行保密审查。")


def write(out, name, text, enc, bom=b""):
    with open(os.path.join(out, name), "wb") as f:
        f.write(bom + text.encode(enc))


def wrap(s, width):
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def main(out):
    os.makedirs(out, exist_ok=True)
    write(out, "txt_utf8bom_id.txt",
          "关于王某某同志任职前公示的公告\n\n王某某，男，1990年3月生，公民身份号码%s，现任某某科科长。\n公示时间：2026年11月1日至11月7日。\n" % v.ID_A,
          "utf-8", b"\xef\xbb\xbf")
    write(out, "txt_gb18030_marking.txt",
          "秘密★5年\n\n关于做好2026年度安全保卫工作的通知\n\n各单位：\n%s\n\n二〇二六年十一月一日\n" % NOTICE, "gb18030")
    write(out, "txt_utf16le_bom_id.txt",
          "信访事项受理告知书\r\n\r\n信访人：钱某某（身份证号：%s）\r\n您反映的问题已受理，将在60日内办结。\r\n" % v.ID_B,
          "utf-16-le", b"\xff\xfe")
    write(out, "txt_utf16be_nobom_mobile.txt",
          "关于征集2026年民生实事项目的公告\n\n联系人：王某某，手机%s。\n征集截止时间：2026年12月31日。\n" % v.MOB_B,
          "utf-16-be")
    write(out, "txt_utf16le_nobom_marking.txt",
          "机密★10年\n\n关于重点项目选址论证情况的报告\n\n%s\n" % NOTICE, "utf-16-le")
    write(out, "txt_utf16be_bom_clean.txt",
          "关于2026年元旦放假安排的通知\n\n2026年1月1日放假1天。咨询电话：0571-87654321，市民服务热线12345。\n",
          "utf-16-be", b"\xfe\xff")
    write(out, "csv_quoted_newline.csv",
          '序号,姓名,备注,登记日期\r\n1,张某某,"住址：杭州市西湖区某路1号,\r\n公民身份号码：%s,联系电话见附件",2026-03-01\r\n'
          '2,李某,"无",2026-03-02\r\n' % v.ID_C, "utf-8")
    para = ("经审核，申请人孙某某（公民身份号码%s）符合条件，现予以公示，公示期为七个工作日。" % v.ID_D)
    # hard-wrap at 30 characters; the ID is split across a line end
    wrapped = wrap(para, para.index(v.ID_D) + 8)
    write(out, "txt_wrapped_id.txt", "关于最低生活保障对象的公示\n\n" + wrapped + "\n", "utf-8")
    fw = v.ID_E.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    write(out, "txt_fullwidth_id.txt",
          "关于补发残疾人证的公告\n\n持证人：周某某，身份证号：%s。请于2026年12月1日前领取。\n" % fw, "utf-8")
    sp = "%s %s %s" % (v.ID_F[:6], v.ID_F[6:14], v.ID_F[14:])
    write(out, "txt_spaced_id.txt",
          "关于注销户籍的公告\n\n吴某某，公民身份号码 %s，户籍已于2026年10月注销。\n" % sp, "utf-8")
    dash = "-".join(v.CARD_A[i:i + 4] for i in range(0, len(v.CARD_A), 4))
    write(out, "txt_dashed_card.txt",
          "关于退还多缴税款的通知\n\n请纳税人郑某某核对退税银行卡号：%s（中国银行）。\n" % dash, "utf-8")
    write(out, "tsv_masked_export.tsv",
          "序号\t姓名\t身份证号\t手机号\t金额（元）\n1\t张某某\t110101********4514\t139****5678\t1200.00\n"
          "2\t李某\t330106********0015\t158****2345\t800.00\n3\t王某\t440305********283X\t186****8765\t950.50\n", "utf-8")
    write(out, "tsv_export_leak.tsv",
          "序号\t姓名\t身份证号\t手机号\n1\t张某某\t%s\t%s\n2\t李某\t%s\t%s\n" % (v.ID_G, v.MOB_C, v.ID_H, v.MOB_D), "utf-8")
    write(out, "md_clean_secrecy.md",
          "# 保密知识问答\n\n## 什么是国家秘密？\n\n《中华人民共和国保守国家秘密法》规定，国家秘密是关系国家安全和利益，"
          "依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。\n\n## 密级有哪些？\n\n"
          "国家秘密的密级分为“绝密”“机密”“秘密”三级。\n\n- 咨询电话：0571-87654321\n- 服务热线：12345\n"
          "- 更新日期：2026-11-01\n", "utf-8")
    write(out, "txt_clean_serial.txt",
          "2026年政府采购合同公告\n\n合同编号：%s\n合同金额：人民币1,280,000.00元\n签订日期：2026年10月8日\n"
          "财政专户账号：%s\n联系电话：0571-87654321\n" % (v.ID_BAD, v.CARD_BAD), "utf-8")
    write(out, "csv_gb18030_leak.csv",
          "序号,姓名,身份证号,补贴金额\r\n1,冯某某,%s,1500\r\n2,陈某,%s,1500\r\n" % (v.ID_H, v.ID_A), "gb18030")
    write(out, "csv_utf16_clean.csv",
          "月份\t受理件数\t办结率\t金额（元）\r\n2026-09\t1320\t98.5%\t125000.00\r\n2026-10\t1411\t99.1%\t131200.50\r\n",
          "utf-16-le", b"\xff\xfe")
    write(out, "txt_gbk_clean_prose.txt",
          "关于加强定密管理工作的通知\n\n各单位要严格执行《中华人民共和国保守国家秘密法》，准确确定国家秘密的密级，"
          "秘密级事项的保密期限一般不超过十年。工作中形成的不属于国家秘密的信息，依法予以公开。\n\n"
          "联系电话：0571-87654321\n二〇二六年十一月三日\n", "gbk")
    write(out, "md_passport_plate.md",
          "# 出访人员信息\n\n| 姓名 | 护照号码 | 车辆 |\n| --- | --- | --- |\n| 褚某某 | E12345678 | 浙A·D12345 |\n\n"
          "出访时间：2026年12月。\n", "utf-8")
    write(out, "txt_clean_masked.txt",
          "关于2026年度困难群众救助情况的公示\n\n张某某（身份证号330106********0015，联系电话138****1234）"
          "等15户，共发放救助金人民币48,000元。监督电话：0571-87654321。\n", "utf-8")
    write(out, "csv_gb18030_clean_staffno.csv",
          "工号,部门,培训课时,结业日期\r\n20260101,办公室,32,2026-06-30\r\n20260102,政策法规处,28,2026-06-30\r\n",
          "gb18030")
    write(out, "txt_utf16le_nobom_clean.txt",
          "关于调整办公地点的公告\n\n自2026年12月1日起，我局迁至新址办公。办公电话：0571-87654321。\n", "utf-16-le")


if __name__ == "__main__":
    main(sys.argv[1])
