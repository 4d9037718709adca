// DOCX files made by the npm `docx` package (v9). Values come from values.json.
const fs = require("fs");
const path = require("path");
const d = require("docx");
const V = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const out = process.argv[3];
const P = (text, opts = {}) => new d.Paragraph({ children: [new d.TextRun({ text, font: "仿宋_GB2312", size: 32 })], ...opts });

async function save(name, doc) {
  fs.writeFileSync(path.join(out, name), await d.Packer.toBuffer(doc));
}

(async () => {
  const title = "关于做好2026年度政务公开工作的通知";
  // Marking only in the first-page header (titlePage): the default header is clean.
  await save("npm-first-header-marking.docx", new d.Document({
    sections: [{
      properties: { titlePage: true },
      headers: {
        first: new d.Header({ children: [P("秘密★1年")] }),
        default: new d.Header({ children: [P("某某市人民政府办公室")] }),
      },
      children: [P(title), P("第一页正文。"), new d.Paragraph({ children: [new d.PageBreak()] }), P("第二页正文。")],
    }],
  }));
  await save("npm-footnote-id.docx", new d.Document({
    footnotes: { 1: { children: [P(`申请人身份证号：${V.id23}`)] } },
    sections: [{ children: [new d.Paragraph({ children: [new d.TextRun("申请人情况见注释"), new d.FootnoteReferenceRun(1), new d.TextRun("。")] })] }],
  }));
  const cell = (t) => new d.TableCell({ children: [new d.Paragraph(t)] });
  await save("npm-table-card.docx", new d.Document({
    sections: [{
      children: [P("退役士兵一次性补助发放表"), new d.Table({
        rows: [new d.TableRow({ children: [cell("姓名"), cell("开户行"), cell("银行卡号")] }),
               new d.TableRow({ children: [cell("严某某"), cell("中国银行某某支行"), cell(V.card4)] })],
      })],
    }],
  }));
  await save("npm-hyperlink-intranet.docx", new d.Document({
    sections: [{
      children: [P(title), new d.Paragraph({
        children: [new d.TextRun("报送系统："), new d.ExternalHyperlink({
          link: "http://10.30.1.8/baosong/login.jsp", children: [new d.TextRun({ text: "点此进入", style: "Hyperlink" })] })],
      })],
    }],
  }));
  await save("npm-clean.docx", new d.Document({
    creator: "某某区政务服务中心", title: "政务服务指南", keywords: "政务服务;办事指南",
    sections: [{
      headers: { default: new d.Header({ children: [P("某某区政务服务中心")] }) },
      children: [P("政务服务事项办事指南"), P("办理地点：区政务服务中心一楼。咨询电话：0571-87006666，政务服务便民热线12345。"),
                 P("依据《中华人民共和国保守国家秘密法》，涉及国家秘密的事项不予公开。"),
                 new d.Paragraph({ children: [new d.ExternalHyperlink({ link: "https://www.gov.cn/fuwu/", children: [new d.TextRun("国家政务服务平台")] })] })],
    }],
  }));
})().catch((e) => { console.error(e); process.exit(1); });
