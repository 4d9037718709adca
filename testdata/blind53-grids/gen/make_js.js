// Renders the exceljs, SheetJS and pptxgenjs files of blind53-grids from the job
// list that make.py writes (the labels stay with make.py).
// Usage: node make_js.js JOBS.json OUTDIR
// Modules come from B53_NODE_MODULES (default /tmp/b53npm/node_modules):
//   mkdir -p /tmp/b53npm && cd /tmp/b53npm && npm install exceljs xlsx pptxgenjs
const path = require('path');
const fs = require('fs');
const NM = process.env.B53_NODE_MODULES || '/tmp/b53npm/node_modules';
const ExcelJS = require(path.join(NM, 'exceljs'));
const XLSX = require(path.join(NM, 'xlsx'));
const PptxGenJS = require(path.join(NM, 'pptxgenjs'));

const [jobsFile, outDir] = process.argv.slice(2);
const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8'));

async function exceljsJob(job) {
  const wb = new ExcelJS.Workbook();
  wb.creator = job.creator || '区民政局';
  wb.created = new Date('2025-06-12T09:00:00Z');
  wb.modified = new Date('2025-06-12T09:00:00Z');
  for (const sh of job.sheets) {
    const ws = wb.addWorksheet(sh.name, sh.state ? { state: sh.state } : {});
    sh.rows.forEach((r) => ws.addRow(r));
    (sh.merges || []).forEach((m) => ws.mergeCells(m));
    (sh.widths || []).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    (sh.hiddenRows || []).forEach((r) => { ws.getRow(r).hidden = true; });
    (sh.hiddenCols || []).forEach((c) => { ws.getColumn(c).hidden = true; });
    for (const [ref, text] of Object.entries(sh.notes || {})) ws.getCell(ref).note = text;
    for (const [ref, runs] of Object.entries(sh.rich || {})) {
      ws.getCell(ref).value = { richText: runs.map((t, i) => (i % 2 ? { font: { bold: true, name: '宋体' }, text: t } : { font: { name: '宋体' }, text: t })) };
    }
    for (const [ref, l] of Object.entries(sh.links || {})) ws.getCell(ref).value = { text: l.text, hyperlink: l.url };
    for (const [ref, fmt] of Object.entries(sh.numFmts || {})) ws.getCell(ref).numFmt = fmt;
    if (sh.wrapCol) ws.getColumn(sh.wrapCol).alignment = { wrapText: true, vertical: 'middle' };
    if (sh.header) ws.headerFooter.oddHeader = sh.header;
    if (sh.footer) ws.headerFooter.oddFooter = sh.footer;
    ws.getRow(1).font = { bold: true, size: 14, name: '黑体' };
  }
  await wb.xlsx.writeFile(path.join(outDir, job.file));
}

function sheetjsJob(job) {
  const wb = XLSX.utils.book_new();
  const vis = [];
  for (const sh of job.sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sh.rows);
    if (sh.merges) ws['!merges'] = sh.merges.map((m) => XLSX.utils.decode_range(m));
    const cols = (sh.widths || []).map((w) => ({ wch: w }));
    (sh.hiddenCols || []).forEach((c) => { cols[c] = Object.assign(cols[c] || {}, { hidden: true }); });
    if (cols.length) ws['!cols'] = cols;
    XLSX.utils.book_append_sheet(wb, ws, sh.name);
    vis.push({ Hidden: sh.hidden || 0 });
  }
  wb.Workbook = { Sheets: vis };
  wb.Props = { Author: job.author || '区财政局', Title: job.title || '' };
  XLSX.writeFile(wb, path.join(outDir, job.file), { bookSST: !!job.bookSST, compression: true });
}

async function pptxJob(job) {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_16x9';
  pres.author = job.author || '区政府办公室';
  pres.company = job.company || '';
  pres.title = job.title || '';
  for (const m of job.masters || []) {
    pres.defineSlideMaster({
      title: m.name,
      background: { color: 'FFFFFF' },
      objects: m.objects.map((o) => ({ text: { text: o.text, options: { x: o.x, y: o.y, w: o.w, h: o.h, fontSize: o.fontSize || 12, color: o.color || '333333', fontFace: '宋体' } } })),
      slideNumber: m.slideNumber ? { x: 9.2, y: 5.2, fontSize: 10 } : undefined,
    });
  }
  for (const s of job.slides) {
    const slide = s.master ? pres.addSlide({ masterName: s.master }) : pres.addSlide();
    if (s.hidden) slide.hidden = true;
    if (s.title) slide.addText(s.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 26, bold: true, fontFace: '黑体', color: '1F3864' });
    for (const t of s.texts || []) {
      const opts = { x: t.x, y: t.y, w: t.w, h: t.h, fontSize: t.fontSize || 16, fontFace: '宋体', valign: 'top' };
      if (t.objectName) opts.objectName = t.objectName;
      if (t.fill) opts.fill = { color: t.fill };
      if (t.link) {
        slide.addText([{ text: t.text, options: { hyperlink: { url: t.link, tooltip: t.tooltip || '' } } }], opts);
      } else {
        slide.addText(t.text, opts);
      }
    }
    if (s.table) {
      const rows = s.table.rows.map((r, i) => r.map((c) => (typeof c === 'object' && c !== null ? c : { text: String(c), options: i === 0 ? { bold: true, fill: { color: 'D9E2F3' } } : {} })));
      slide.addTable(rows, { x: s.table.x || 0.5, y: s.table.y || 1.3, w: s.table.w || 9, colW: s.table.colW, fontSize: s.table.fontSize || 12, fontFace: '宋体', border: { type: 'solid', pt: 0.5, color: '666666' } });
    }
    if (s.chart) {
      const c = s.chart;
      const data = c.series.map((se) => ({ name: se.name, labels: c.labels, values: se.values }));
      slide.addChart(pres.charts[c.type || 'BAR'], data, { x: 0.8, y: 1.3, w: 8.4, h: 3.8, showTitle: true, title: c.title, showLegend: true, legendPos: 'b', barDir: 'col', titleFontFace: '黑体', catAxisLabelFontFace: '宋体' });
    }
    if (s.image) {
      slide.addImage({ path: s.image.path, x: s.image.x || 5.5, y: s.image.y || 1.4, w: s.image.w || 3.6, h: s.image.h || 2.7, altText: s.image.altText });
    }
    if (s.notes) slide.addNotes(s.notes);
  }
  await pres.writeFile({ fileName: path.join(outDir, job.file) });
}

(async () => {
  for (const job of jobs) {
    if (job.producer === 'exceljs') await exceljsJob(job);
    else if (job.producer === 'sheetjs') sheetjsJob(job);
    else if (job.producer === 'pptxgenjs') await pptxJob(job);
    else throw new Error('unknown producer ' + job.producer);
  }
})().catch((e) => { console.error(e); process.exit(1); });
