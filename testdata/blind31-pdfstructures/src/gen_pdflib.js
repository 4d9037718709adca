// pdf-lib forms for blind31
const { PDFDocument, StandardFonts } = require('pdf-lib');
const fs = require('fs'); const path = require('path');
const OUT = path.join(__dirname, '..');
function gb(b){const w=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2];let s=0;for(let i=0;i<17;i++)s+=(+b[i])*w[i];return b+'10X98765432'[s%11];}
async function mk(name, rows) {
  const doc = await PDFDocument.create(); const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Application form (Service Centre, hotline 12345)', { x: 72, y: 780, size: 14, font });
  const form = doc.getForm(); let y = 720;
  for (const r of rows) {
    page.drawText(r.label, { x: 72, y: y + 5, size: 11, font });
    if (r.kind === 'text') { const f = form.createTextField(r.name); if (r.value) f.setText(r.value); f.addToPage(page, { x: 220, y, width: 220, height: 20, font }); if (r.hidden) { f.acroField.getWidgets()[0].dict.set(require('pdf-lib').PDFName.of('F'), require('pdf-lib').PDFNumber.of(2)); } }
    if (r.kind === 'drop') { const f = form.createDropdown(r.name); f.addOptions(r.opts); f.select(r.value); f.addToPage(page, { x: 220, y, width: 220, height: 20, font }); }
    y -= 40;
  }
  form.updateFieldAppearances(font);
  fs.writeFileSync(path.join(OUT, name), await doc.save());
}
(async () => {
  await mk('d01_pdflib_textfield_id.pdf', [{ kind: 'text', name: 'idno', label: 'ID card No.', value: gb('51010719760314223') }]);
  await mk('d02_pdflib_dropdown_clean.pdf', [{ kind: 'drop', name: 'district', label: 'District', opts: ['Xihu', 'Binjiang', 'Gongshu'], value: 'Binjiang' }, { kind: 'text', name: 'tel', label: 'Phone', value: '' }]);
  await mk('d03_pdflib_hidden_field_card.pdf', [{ kind: 'text', name: 'name', label: 'Name', value: 'Zhang' }, { kind: 'text', name: 'acct', label: 'Note', value: 'bank card 6217001234567893', hidden: true }]);
})();
