// npm docx, exceljs and SheetJS (xlsx) files of the corpus. Run with NODE_PATH=<scratch>/node_modules.
const fs = require("fs");
const path = require("path");
const docx = require("docx");
const ExcelJS = require("exceljs");
const XLSX = require("xlsx");
const HERE = __dirname, OUT = path.dirname(HERE);
const V = JSON.parse(fs.readFileSync(path.join(HERE, "values.json"), "utf8"));
const LABELS = [];
const label = (file, v, cats, raw, note) => LABELS.push({ file, expect_verdict: v, expect_categories: cats, raw_values: raw, note });
const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, AlignmentType, WidthType,
        CommentRangeStart, CommentRangeEnd, CommentReference } = docx;

const P = (t, o = {}) => new Paragraph({ children: [new TextRun({ text: t, font: "FangSong", size: 28, ...o })], ...(o.para || {}) });
const H = (t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true, size: 40, font: "SimHei" })] });
const T = (rows) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map(r => new TableRow({ children: r.map(c => new TableCell({ children: [P(String(c), { size: 21 })] })) })) });

async function saveDoc(file, doc) { fs.writeFileSync(path.join(OUT, file), await Packer.toBuffer(doc)); }

async function main() {
  // ---------------- p12 / n23-less: 应急避难场所 (npm docx) ----------------
  await saveDoc("p12_binan_gps.docx", new Document({ creator: "", sections: [{ children: [
    H("西湖区应急避难场所名录（2026年更新）"),
    P("根据《杭州市应急避难场所建设管理办法》，现将我区已建成并投入使用的应急避难场所向社会公布，供市民在地震、台风、洪涝等突发事件中就近避险。"),
    T([["场所编号", "名称", "地址", "经度", "纬度", "有效面积（㎡）", "可容纳人数", "管理单位电话"],
       ["BN330106-001", "西湖文化广场", "西湖区文三路与学院路交叉口", "120.153576", "30.287459", "18600", "9300", "0571-87051301"],
       ["BN330106-002", "黄龙体育中心", "西湖区黄龙路1号", "120.134127", "30.271834", "35200", "17600", "0571-87051302"],
       ["BN330106-003", "之江文化中心", "西湖区转塘街道之江路1038号", "120.108963", "30.157216", "26400", "13200", "0571-87051303"],
       ["BN330106-004", "紫金港公园", "西湖区三墩镇紫金港路", "120.078542", "30.304918", "41800", "20900", "0571-87051304"]]),
    P("坐标采用CGCS2000坐标系。场所内设置应急供水、应急厕所、应急照明和标识系统，平时对公众开放。"),
    P("如遇突发事件，请拨打110、119、120，或拨打12345政务服务便民热线咨询。区应急管理局值班电话：0571-87051234，邮编310012。"),
    P("杭州市西湖区应急管理局　2026年3月12日"),
  ] }] }));
  label("p12_binan_gps.docx", "pass", [], [],
    "npm docx table of 应急避难场所 with 场所编号 BN330106-001, decimal GPS coordinates (120.153576, 30.287459 …), areas, capacities, landlines, 12345. "
    + "Nothing of findings.md's categories; landlines and hotlines are not findings.");

  // ---------------- p19 / n13: 招标文件 商业秘密 (npm docx, one with a comment) ----------------
  const shangye = (withComment) => {
    const priceRuns = withComment
      ? [new CommentRangeStart(0), new TextRun({ text: "投标报价一览表中的分项报价作为评审依据，中标后随中标结果一并公告。", font: "FangSong", size: 28 }),
         new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })]
      : [new TextRun({ text: "投标报价一览表中的分项报价作为评审依据，中标后随中标结果一并公告。", font: "FangSong", size: 28 })];
    return new Document({
      creator: "",
      comments: withComment ? { children: [{ id: 0, author: "法规科", initials: "FG", date: new Date("2026-03-14T10:00:00Z"),
        children: [new Paragraph({ children: [new TextRun("报价部分涉及供应商商业秘密，暂不公开，待法规科核实后再定")] })] }] } : undefined,
      sections: [{ children: [
        H("西湖区政务云安全服务项目招标文件（节选）"),
        P("第三章　投标人须知"),
        P("3.1 投标人应当在投标文件中对其认为属于商业秘密的内容予以明确标注并说明理由，未标注的，视为同意公开。采购人和采购代理机构对投标人的商业秘密负有保密义务。"),
        new Paragraph({ children: priceRuns }),
        P("第五章　采购需求"),
        P("5.1 服务内容：为区政务云平台提供网络安全等级保护第三级的安全服务，保障业务数据的机密性、完整性和可用性。"),
        P("5.2 数据安全：供应商不得以任何方式收集、使用、泄露采购人的业务数据；涉及国家秘密的信息系统不属于本项目服务范围。"),
        P("5.3 保密要求：供应商应与驻场人员签订保密协议，项目结束后按要求删除相关数据。"),
        P("项目编号：XHCG-2026-0301-006　采购人：杭州市西湖区数据资源管理局　联系电话：0571-87051240"),
      ] }] });
  };
  await saveDoc("p19_shangye_mimi.docx", shangye(false));
  label("p19_shangye_mimi.docx", "pass", [], [],
    "npm docx tender excerpt on 商业秘密 (投标人应当…对其认为属于商业秘密的内容予以明确标注), 机密性、完整性和可用性 (security properties), 保密义务/保密协议, 国家秘密 in a sentence. "
    + "README: 商业秘密 is an allow-list phrase; no ★ marking; prose about secrecy is not a label.");
  await saveDoc("n13_shangye_mimi_comment.docx", shangye(true));
  label("n13_shangye_mimi_comment.docx", "review", ["hidden_content"], [],
    "Sibling of p19 with a Word comment (by 法规科) 报价部分涉及供应商商业秘密，暂不公开，待法规科核实后再定. findings.md hidden_content (review): 'tracked changes, comments'.");

  // ---------------- p06 / n06: 部门预算 (exceljs) ----------------
  const yusuan = async (file, header) => {
    const wb = new ExcelJS.Workbook();
    wb.creator = "";
    const ws = wb.addWorksheet("部门支出预算表");
    ws.addRow(["浙江省教育厅2026年部门支出预算总表"]);
    ws.addRow(["单位：元"]);
    ws.addRow(["功能分类科目", "2025年预算数", "2026年预算数", "增减额"]);
    const rows = [["教育支出", 15712348100, 16893421500, 1181073400],
                  ["其中：普通教育", 13645672300, 14286519800, 640847500],
                  ["职业教育", 1893210400, 1952307600, 59097200],
                  ["高等教育", 18867341200, 19421856300, 554515100],
                  ["科学技术支出", 986532100, 1012873400, 26341300],
                  ["社会保障和就业支出", 412365800, 438921700, 26555900]];
    rows.forEach(r => ws.addRow(r));
    ws.addRow([]);
    ws.addRow(["注：本表按功能分类科目列示，数据来源于2026年省级部门预算。"]);
    ws.mergeCells("A1:D1");
    ws.getColumn(1).width = 22; [2, 3, 4].forEach(c => ws.getColumn(c).width = 16);
    if (header) ws.headerFooter = { oddHeader: "&C秘密★1年", oddFooter: "&C第 &P 页" };
    await wb.xlsx.writeFile(path.join(OUT, file));
  };
  await yusuan("p06_yusuan_amounts.xlsx", false);
  label("p06_yusuan_amounts.xlsx", "pass", [], [],
    "exceljs budget table under 单位：元 with three figures a row, several of 11 digits that begin like mobiles (15712348100, 13645672300, 18867341200), stored as numbers in General format; "
    + "no phone or person column. findings.md mobile_phone: not amounts — 'one of three figures in a row under a table's unit, 单位：元, with no phone or person column'.");
  await yusuan("n06_yusuan_header_marking.xlsx", true);
  label("n06_yusuan_header_marking.xlsx", "block", ["classified_marking"], [],
    "Sibling of p06 whose print header is &C秘密★1年. README XLSX: 'print headers/footers (&C秘密★1年 is a header marking)'; findings.md classified_marking block.");

  // ---------------- p34: 低保公示 masked (exceljs) ----------------
  {
    const wb = new ExcelJS.Workbook();
    wb.creator = "";
    const ws = wb.addWorksheet("低保公示");
    ws.addRow(["西湖区2026年3月新增最低生活保障对象公示"]);
    ws.addRow(["序号", "街道", "户主姓名", "身份证号码", "保障人口", "月保障金额（元）", "联系电话"]);
    [["1", "留下街道", "张某某", "330106********0018", 2, 2296, "138****1234"],
     ["2", "转塘街道", "李某", "330106********1526", 1, 1148, "159****6607"],
     ["3", "三墩镇", "王某某", "330106********003X", 3, 3444, "0571-8705****"],
     ["4", "蒋村街道", "陈某某", "330102********4521", 2, 2296, "186****2290"]].forEach(r => ws.addRow(r));
    ws.addRow([]);
    ws.addRow(["公示期7天（2026年3月18日至3月24日）。如有异议，请向西湖区民政局社会救助科反映，电话0571-87056789，或拨打12345。"]);
    await wb.xlsx.writeFile(path.join(OUT, "p34_dibao_masked.xlsx"));
  }
  label("p34_dibao_masked.xlsx", "pass", [], [],
    "exceljs 低保公示 with masked names (张某某), masked IDs (330106********0018, …003X) and masked phones (138****1234), a landline and 12345. "
    + "findings.md: 'Not findings: masked values (330106********0018, 138****1234, …, 张某某), hotlines, agency landlines'.");

  // ---------------- p09 / n08: 保证金退还 (SheetJS) ----------------
  const bzj = (file, persons) => {
    let aoa;
    if (!persons) {
      aoa = [["西湖区公共资源交易中心2026年3月投标保证金退还明细"], [],
        ["序号", "项目编号", "投标单位", "退还金额（元）", "交易流水号", "退还日期"],
        [1, "XHCG-2026-0208-011", "浙江星辰汽车销售服务有限公司", 20000, V.SER62, "20260315"],
        [2, "XHCG-2026-0208-011", "杭州洁美环境服务有限公司", 20000, V.SER62B, "20260315"],
        [3, "XHCG-2026-0301-006", "浙江安信保密技术服务有限公司", 50000, V.SER24, "20260316"],
        [4, "XHCG-2026-0301-006", "杭州金盾保险柜制造有限公司", 50000, V.SER62C, "20260316"],
        [], ["注：保证金已原路退还至投标单位基本存款账户，如有疑问请致电0571-87051250。"]];
    } else {
      aoa = [["西湖区人民法院2026年3月司法拍卖竞买保证金退还明细"], [],
        ["序号", "竞买人", "退还金额（元）", "退款银行卡号", "交易流水号", "退还日期"],
        [1, "周建平", 50000, V.CARD1, V.SER62B, "20260315"],
        [2, "吴海燕", 50000, V.CARD2, V.SER62C, "20260315"],
        [3, "杭州金盾保险柜制造有限公司", 100000, "3301040160001234567", V.SER24, "20260316"],
        [], ["注：保证金已原路退还至竞买人账户，如有疑问请致电0571-87051250。"]];
    }
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
    ws["!cols"] = [{ wch: 6 }, { wch: 22 }, { wch: 30 }, { wch: 14 }, { wch: 26 }, { wch: 12 }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "退还明细");
    XLSX.writeFile(wb, path.join(OUT, file));
  };
  bzj("p09_baozhengjin_serials.xlsx", false);
  label("p09_baozhengjin_serials.xlsx", "pass", [], [],
    `SheetJS 保证金退还明细: a 交易流水号 column with 19-digit numbers beginning 62, one Luhn-valid (${V.SER62}), and a 24-digit serial carrying a valid ID whole (${V.SER24}); `
    + "rows name companies only, title names no card; dates 20260315. findings.md bank_card: 'nor a number written plainly in a column of serial numbers whose heading names no card or account "
    + "(交易流水号), in a row that names no person, under a title that names no card'; id_card: a longer code carrying an ID is 'not such a code named as a serial or an account: 项目编号, 交易流水号, 账号'.");
  bzj("n08_baozhengjin_cards.xlsx", true);
  label("n08_baozhengjin_cards.xlsx", "block", ["bank_card"], [V.CARD1, V.CARD2],
    `Sibling of p09 for 司法拍卖 where persons (竞买人 周建平, 吴海燕) are refunded to a 退款银行卡号 column holding Luhn-valid UnionPay cards ${V.CARD1}, ${V.CARD2}. `
    + "findings.md bank_card (block): 'Luhn-valid 16–19 digit card numbers that are UnionPay (62…) or stand next to 卡号/账号/银行'.");

  // ---------------- p28: 规上工业产值 (SheetJS, numbers in a 元 column) ----------------
  {
    const aoa = [["2026年1-2月西湖区规模以上工业企业产值情况"],
      ["序号", "企业名称", "统一社会信用代码", "工业总产值（元）", "同比增长（%）"],
      [1, "杭州海康智能科技有限公司", V.U1, 13512344300, 8.6],
      [2, "浙江西子航空工业有限公司", V.U6, 15912340000, 12.3],
      [3, "杭州之江新材料股份有限公司", V.U9, 18612345600, -2.1],
      [4, "杭州西溪生物医药有限公司", V.U4, 3860021500, 21.7],
      [], ["数据来源：西湖区统计局"]];
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "产值");
    XLSX.writeFile(wb, path.join(OUT, "p28_chanzhi_yuan_column.xlsx"));
  }
  label("p28_chanzhi_yuan_column.xlsx", "pass", [], [],
    "SheetJS table of industrial output with 11-digit numbers beginning 135/159/186 under the heading 工业总产值（元）, beside companies' USCCs (two all-digit). "
    + "README mobile_phone: not amounts 'in a column headed 元'; findings.md: a company's 统一社会信用代码 is not a finding.");

  fs.writeFileSync(path.join(HERE, "labels_node.json"), JSON.stringify(LABELS, null, 1));
  console.log(LABELS.length, "node labels");
}
main().catch(e => { console.error(e); process.exit(1); });
