// npm `docx` files of blind56-docplaces.  Usage: node nd.js OUTDIR M1 M12
// (run by make.sh with NODE_PATH pointing at a folder holding node_modules/docx)
const fs = require("fs");
const path = require("path");
const {
  Document, Packer, Paragraph, TextRun, Header, Footer, AlignmentType, PageBreak,
  FootnoteReferenceRun, Bookmark, InternalHyperlink, LevelFormat, PageNumber,
} = require("docx");

const [outDir, mob1, mob12] = process.argv.slice(2);

const font = { eastAsia: "仿宋_GB2312", ascii: "仿宋_GB2312", hAnsi: "仿宋_GB2312" };
const T = (text, o = {}) => new TextRun({ text, font, size: 32, ...o });
const P = (text, o = {}) => new Paragraph({ children: [T(text)], indent: { firstLine: 640 }, ...o });
const TITLE = (text) => new Paragraph({ alignment: AlignmentType.CENTER, children: [T(text, { size: 44 })] });

async function save(name, doc) {
  fs.writeFileSync(path.join(outDir, name), await Packer.toBuffer(doc));
}

const BODY = [
  "各乡镇人民政府、街道办事处，县直各单位：",
  "为做好2025年度森林防火工作，县森林防火指挥部决定自3月1日起进入森林防火紧要期。",
  "一、严格野外用火管理，紧要期内禁止一切野外用火。",
  "二、落实巡山护林责任，加强重点区域、重点时段的巡查值守。",
];

function evenDoc(evenFooterText) {
  return new Document({
    creator: "县林业局",
    evenAndOddHeaderAndFooters: true,
    sections: [{
      headers: {
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [T("县森林防火指挥部", { size: 24 })] })] }),
        even: new Header({ children: [new Paragraph({ children: [T("森林防火紧要期通告", { size: 24 })] })] }),
      },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })] })] }),
        even: new Footer({ children: [new Paragraph({ children: [T(evenFooterText, { size: 24 })] })] }),
      },
      children: [TITLE("县森林防火指挥部关于进入森林防火紧要期的通告"), ...BODY.map((t) => P(t)),
        new Paragraph({ children: [new PageBreak()] }),
        P("三、发现火情请立即拨打12119森林火警电话。"), P("特此通告。"),
        new Paragraph({ children: [new PageBreak()] }), P("附件：森林防火重点区域示意图")],
    }],
  });
}

async function main() {
  await save("nd_even_footer_mobile.docx", evenDoc("值班联系人：周晓岚　手机 " + mob1));
  await save("nd_even_footer_clean.docx", evenDoc("森林火警电话：12119　县林业局值班室：0571-64707119"));

  await save("nd_footnote_clean.docx", new Document({
    footnotes: { 1: { children: [new Paragraph({ children: [T("《森林防火条例》第二十五条。", { size: 24 })] })] } },
    sections: [{ children: [TITLE("县森林防火指挥部关于进入森林防火紧要期的通告"), P(BODY[0]),
      new Paragraph({ indent: { firstLine: 640 }, children: [T("紧要期内禁止一切野外用火"), new FootnoteReferenceRun(1), T("。")] }),
      P(BODY[3])] }],
  }));

  const bmDoc = (name) => new Document({
    sections: [{ children: [TITLE("县森林防火指挥部关于进入森林防火紧要期的通告"), ...BODY.map((t) => P(t)),
      new Paragraph({ indent: { firstLine: 640 }, children: [T("重点区域见"),
        new InternalHyperlink({ anchor: name, children: [T("附件", { style: "Hyperlink", color: "0563C1", underline: {} })] }), T("。")] }),
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ children: [new Bookmark({ id: name, children: [T("附件：森林防火重点区域名单")] })] }),
      P("1．城关镇北山林区"), P("2．临江镇大岭林区"), P("3．青山乡石门林区")] }],
  });
  await save("nd_bookmark_clean.docx", bmDoc("附件_重点区域"));
  await save("nd_bookmark_mobile.docx", bmDoc("护林员周敏_" + mob12));

  const numDoc = (text) => new Document({
    numbering: { config: [{ reference: "yaodian", levels: [{ level: 0, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720, hanging: 720 } } } }] }] },
    sections: [{ children: [TITLE("2025年全县森林防火工作要点"), P("2025年全县森林防火工作要点如下："),
      ...["健全森林防火责任体系，层层签订责任书。", "加强森林防火宣传教育，提高群众防火意识。",
        "推进防火道路、林火视频监控等基础设施建设。", "加强专业扑火队伍建设，开展实战化演练。"]
        .map((t) => new Paragraph({ numbering: { reference: "yaodian", level: 0 }, children: [T(t)] }))] }],
  });
  await save("nd_numbering_internal.docx", numDoc("（内部资料）%1."));
  await save("nd_numbering_clean.docx", numDoc("第%1条"));
}

main().catch((e) => { console.error(e); process.exit(1); });
