"""Minimal hand-written OFD (GB/T 33190-2016) package writer used by gen.py."""
import io, zipfile, datetime
from xml.sax.saxutils import escape, quoteattr

NS = 'http://www.ofdspec.org/2016'
HDR = '<?xml version="1.0" encoding="UTF-8"?>\n'


def fmt(v):
    s = ('%.3f' % v).rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def gid(n, v):
    """DeltaX in the compressed form: g N v"""
    if n <= 0:
        return None
    if n == 1:
        return fmt(v)
    return 'g %d %s' % (n, fmt(v))


class Doc:
    def __init__(self, box=(0, 0, 210, 297)):
        self.next_id = 1
        self.box = box
        self.pages = []       # list of (id, content_xml)
        self.tpls = []        # list of (id, content_xml, zorder)
        self.fonts = [('宋体', '宋体'), ('仿宋_GB2312', '仿宋'), ('方正小标宋简体', '方正小标宋简体'), ('黑体', '黑体')]
        self.font_ids = []
        for _ in self.fonts:
            self.font_ids.append(self.nid())
        self.docres_extra = ''  # xml inside DocumentRes after MultiMedias etc
        self.media = {}        # name -> bytes in Res/
        self.outlines = ''
        self.annots = {}       # page index -> annot xml list
        self.customtags = None # (namespace, xml)
        self.attachments = []  # (name, fname, fmt, bytes)
        self.extra_files = {}  # path in Doc_0 -> bytes
        self.doc_extra = ''

    def nid(self):
        i = self.next_id
        self.next_id += 1
        return i

    def font(self, k=0):
        return self.font_ids[k]

    # ---------- graphic units ----------
    def text(self, x, y, s, size=5.29, font=0, fill=None, dx=None, dy=None, attrs='', codes=None, ctm=None,
             w=None, h=None, actions=''):
        """A TextObject whose origin is at (x, y) (top-left of Boundary); one TextCode unless codes given.
        codes: list of (X, Y, text, DeltaX, DeltaY) relative to the Boundary."""
        oid = self.nid()
        if codes is None:
            n = len(s)
            if dy is None:
                dxs = dx if dx is not None else gid(n - 1, size)
                codes = [(0, size * 0.85, s, dxs, None)]
            else:
                codes = [(0, size * 0.85, s, None, dy)]
        if w is None:
            w = max(size * max(len(c[2]) for c in codes) + 10, 20) + max(c[0] for c in codes)
        if h is None:
            h = size * 1.3 + max(c[1] for c in codes)
        a = ' CTM="%s"' % ctm if ctm else ''
        out = ['<ofd:TextObject ID="%d" Boundary="%s %s %s %s" Font="%d" Size="%s"%s%s>' % (
            oid, fmt(x), fmt(y), fmt(w), fmt(h), self.font(font), fmt(size), a, attrs)]
        if actions:
            out.append(actions)
        if fill is not None:
            out.append('<ofd:FillColor Value="%s"/>' % fill)
        for (X, Y, t, DX, DY) in codes:
            at = ' X="%s" Y="%s"' % (fmt(X), fmt(Y))
            if DX:
                at += ' DeltaX="%s"' % DX
            if DY:
                at += ' DeltaY="%s"' % DY
            out.append('<ofd:TextCode%s>%s</ofd:TextCode>' % (at, escape(t)))
        out.append('</ofd:TextObject>')
        return ''.join(out)

    def lines(self, x, y, rows, size=5.6, lead=9.5, font=1):
        out = []
        for i, r in enumerate(rows):
            if r:
                out.append(self.text(x, y + i * lead, r, size=size, font=font))
        return ''.join(out)

    def path(self, x, y, w, h, data, stroke='0 0 0', fill=None, actions=''):
        oid = self.nid()
        f = ' Fill="true"' if fill else ''
        s = '<ofd:PathObject ID="%d" Boundary="%s %s %s %s" LineWidth="0.35"%s>' % (oid, fmt(x), fmt(y), fmt(w), fmt(h), f)
        s += actions
        if stroke:
            s += '<ofd:StrokeColor Value="%s"/>' % stroke
        if fill:
            s += '<ofd:FillColor Value="%s"/>' % fill
        s += '<ofd:AbbreviatedData>%s</ofd:AbbreviatedData></ofd:PathObject>' % data
        return s

    def rule(self, x, y, w, color='255 0 0'):
        return self.path(x, y, w, 1, 'M 0 0.5 L %s 0.5' % fmt(w), stroke=color)

    def image(self, x, y, w, h, res_id):
        oid = self.nid()
        return '<ofd:ImageObject ID="%d" Boundary="%s %s %s %s" CTM="%s 0 0 %s 0 0" ResourceID="%d"/>' % (
            oid, fmt(x), fmt(y), fmt(w), fmt(h), fmt(w), fmt(h), res_id)

    def add_image(self, name, data, fmt_='PNG'):
        rid = self.nid()
        self.media[name] = data
        self.docres_extra_media = getattr(self, 'docres_extra_media', '') + \
            '<ofd:MultiMedia ID="%d" Type="Image" Format="%s"><ofd:MediaFile>%s</ofd:MediaFile></ofd:MultiMedia>' % (rid, fmt_, name)
        return rid

    def add_composite_unit(self, w, h, content):
        rid = self.nid()
        self.docres_extra_cgu = getattr(self, 'docres_extra_cgu', '') + \
            '<ofd:CompositeGraphicUnit ID="%d" Width="%s" Height="%s"><ofd:Content>%s</ofd:Content></ofd:CompositeGraphicUnit>' % (
                rid, fmt(w), fmt(h), content)
        return rid

    def composite(self, x, y, w, h, rid):
        oid = self.nid()
        return '<ofd:CompositeObject ID="%d" Boundary="%s %s %s %s" ResourceID="%d"/>' % (oid, fmt(x), fmt(y), fmt(w), fmt(h), rid)

    def block(self, inner, ctm=None):
        oid = self.nid()
        a = ' CTM="%s"' % ctm if ctm else ''
        return '<ofd:PageBlock ID="%d"%s>%s</ofd:PageBlock>' % (oid, a, inner)

    # ---------- pages ----------
    def layer(self, inner, typ='Body'):
        lid = self.nid()
        t = '' if typ == 'Body' else ' Type="%s"' % typ
        return '<ofd:Layer ID="%d"%s>%s</ofd:Layer>' % (lid, t, inner)

    def add_template(self, content, zorder='Background'):
        tid = self.nid()
        self.tpls.append((tid, self.layer(content), zorder))
        return tid

    def add_page(self, layers, tpl=None, area=None):
        pid = self.nid()
        self.pages.append((pid, layers, tpl, area))
        return pid

    def add_annot(self, page_index, xml):
        self.annots.setdefault(page_index, []).append(xml)

    def annot(self, typ, appearance='', remark=None, params=None, boundary='20 20 170 20', creator='zhang', extra=''):
        aid = self.nid()
        s = '<ofd:Annot ID="%d" Type="%s" Creator="%s" LastModDate="2026-11-20" Visible="true" Print="true" NoZoom="false" NoRotate="false" ReadOnly="true">' % (aid, typ, creator)
        if remark is not None:
            s += '<ofd:Remark>%s</ofd:Remark>' % escape(remark)
        if params:
            s += '<ofd:Parameters>' + ''.join('<ofd:Parameter Name=%s>%s</ofd:Parameter>' % (quoteattr(k), escape(v)) for k, v in params) + '</ofd:Parameters>'
        s += extra
        s += '<ofd:Appearance Boundary="%s">%s</ofd:Appearance></ofd:Annot>' % (boundary, appearance)
        return s

    # ---------- serialisation ----------
    def files(self, prefix='Doc_0', broken_missing_page=None):
        f = {}
        X = lambda body: HDR + body
        tpl_xml = ''.join('<ofd:TemplatePage ID="%d" BaseLoc="Tpls/Tpl_%d/Content.xml" ZOrder="%s"/>' % (t[0], i, t[2]) for i, t in enumerate(self.tpls))
        pages_xml = ''.join('<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>' % (p[0], i) for i, p in enumerate(self.pages))
        d = '<ofd:Document xmlns:ofd="%s"><ofd:CommonData><ofd:MaxUnitID>%d</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>%s</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>%s</ofd:CommonData><ofd:Pages>%s</ofd:Pages>' % (
            NS, self.next_id + 5, ' '.join(fmt(v) for v in self.box), tpl_xml, pages_xml)
        if self.outlines:
            d += '<ofd:Outlines>%s</ofd:Outlines>' % self.outlines
        if self.annots:
            d += '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>'
        if self.customtags:
            d += '<ofd:CustomTags>Tags/CustomTags.xml</ofd:CustomTags>'
        if self.attachments:
            d += '<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>'
        d += self.doc_extra + '</ofd:Document>'
        f[prefix + '/Document.xml'] = X(d)
        fonts = ''.join('<ofd:Font ID="%d" FontName="%s" FamilyName="%s"/>' % (i, n, fam) for i, (n, fam) in zip(self.font_ids, self.fonts))
        f[prefix + '/PublicRes.xml'] = X('<ofd:Res xmlns:ofd="%s" BaseLoc="Res"><ofd:Fonts>%s</ofd:Fonts></ofd:Res>' % (NS, fonts))
        dr = '<ofd:Res xmlns:ofd="%s" BaseLoc="Res">' % NS
        if getattr(self, 'docres_extra_media', ''):
            dr += '<ofd:MultiMedias>%s</ofd:MultiMedias>' % self.docres_extra_media
        if getattr(self, 'docres_extra_cgu', ''):
            dr += '<ofd:CompositeGraphicUnits>%s</ofd:CompositeGraphicUnits>' % self.docres_extra_cgu
        dr += '</ofd:Res>'
        f[prefix + '/DocumentRes.xml'] = X(dr)
        for name, data in self.media.items():
            f[prefix + '/Res/' + name] = data
        for i, (tid, content, z) in enumerate(self.tpls):
            f[prefix + '/Tpls/Tpl_%d/Content.xml' % i] = X('<ofd:Page xmlns:ofd="%s"><ofd:Content>%s</ofd:Content></ofd:Page>' % (NS, content))
        for i, (pid, layers, tpl, area) in enumerate(self.pages):
            if broken_missing_page == i:
                continue
            t = '<ofd:Template TemplateID="%d" ZOrder="Background"/>' % tpl if tpl else ''
            a = '<ofd:Area><ofd:PhysicalBox>%s</ofd:PhysicalBox></ofd:Area>' % area if area else ''
            f[prefix + '/Pages/Page_%d/Content.xml' % i] = X('<ofd:Page xmlns:ofd="%s">%s%s<ofd:Content>%s</ofd:Content></ofd:Page>' % (NS, t, a, layers))
        if self.annots:
            idx = ''
            for pi, lst in sorted(self.annots.items()):
                idx += '<ofd:Page PageID="%d"><ofd:FileLoc>Page_%d/Annotation.xml</ofd:FileLoc></ofd:Page>' % (self.pages[pi][0], pi)
                f[prefix + '/Annots/Page_%d/Annotation.xml' % pi] = X('<ofd:PageAnnot xmlns:ofd="%s">%s</ofd:PageAnnot>' % (NS, ''.join(lst)))
            f[prefix + '/Annots/Annotations.xml'] = X('<ofd:Annotations xmlns:ofd="%s">%s</ofd:Annotations>' % (NS, idx))
        if self.customtags:
            ns_, body = self.customtags
            f[prefix + '/Tags/CustomTags.xml'] = X('<ofd:CustomTags xmlns:ofd="%s"><ofd:CustomTag NameSpace="%s"><ofd:FileLoc>CustomTag.xml</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>' % (NS, ns_))
            f[prefix + '/Tags/CustomTag.xml'] = X(body)
        if self.attachments:
            a = ''
            for k, (name, fname, fm, data) in enumerate(self.attachments):
                a += '<ofd:Attachment ID="att%d" Name=%s Format="%s" CreationDate="2026-11-18T09:30:00" Size="%s" Visible="true"><ofd:FileLoc>%s</ofd:FileLoc></ofd:Attachment>' % (
                    k + 1, quoteattr(name), fm, fmt(len(data) / 1024.0), fname)
                f[prefix + '/Attachs/' + fname] = data
            f[prefix + '/Attachs/Attachments.xml'] = X('<ofd:Attachments xmlns:ofd="%s">%s</ofd:Attachments>' % (NS, a))
        for k, v in self.extra_files.items():
            f[prefix + '/' + k] = v
        return f


def docinfo(title='', author='', subject='', abstract='', keywords=(), custom=(), creator='Suwell OFD Writer', creator_ver='3.1.20.0', docid='6a1f3c0e9b2d4e78a5c1f0d2b3e4a5c6'):
    s = '<ofd:DocInfo><ofd:DocID>%s</ofd:DocID>' % docid
    if title:
        s += '<ofd:Title>%s</ofd:Title>' % escape(title)
    if author:
        s += '<ofd:Author>%s</ofd:Author>' % escape(author)
    if subject:
        s += '<ofd:Subject>%s</ofd:Subject>' % escape(subject)
    if abstract:
        s += '<ofd:Abstract>%s</ofd:Abstract>' % escape(abstract)
    s += '<ofd:CreationDate>2026-11-18</ofd:CreationDate><ofd:ModDate>2026-11-20</ofd:ModDate>'
    if keywords:
        s += '<ofd:Keywords>' + ''.join('<ofd:Keyword>%s</ofd:Keyword>' % escape(k) for k in keywords) + '</ofd:Keywords>'
    s += '<ofd:Creator>%s</ofd:Creator><ofd:CreatorVersion>%s</ofd:CreatorVersion>' % (creator, creator_ver)
    if custom:
        s += '<ofd:CustomDatas>' + ''.join('<ofd:CustomData Name=%s>%s</ofd:CustomData>' % (quoteattr(k), escape(v)) for k, v in custom) + '</ofd:CustomDatas>'
    s += '</ofd:DocInfo>'
    return s


def package(path, docs, infos=None, docroots=None, extra=None, signatures=None, skip=()):
    """docs: list of Doc; infos: list of docinfo xml; docroots override; extra: root files; signatures: list of paths per doc"""
    files = {}
    bodies = ''
    for i, d in enumerate(docs):
        prefix = 'Doc_%d' % i
        files.update(d.files(prefix, getattr(d, 'broken_missing_page', None)))
        info = (infos[i] if infos else docinfo())
        root = docroots[i] if docroots else prefix + '/Document.xml'
        sig = ''
        if signatures and signatures[i]:
            sig = '<ofd:Signatures>%s</ofd:Signatures>' % signatures[i]
        bodies += '<ofd:DocBody>%s<ofd:DocRoot>%s</ofd:DocRoot>%s</ofd:DocBody>' % (info, root, sig)
    files['OFD.xml'] = HDR + '<ofd:OFD xmlns:ofd="%s" Version="1.0" DocType="OFD">%s</ofd:OFD>' % (NS, bodies)
    if extra:
        files.update(extra)
    order = ['OFD.xml'] + sorted(k for k in files if k != 'OFD.xml')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for k in order:
            if k in skip:
                continue
            v = files[k]
            if isinstance(v, str):
                v = v.encode('utf-8')
            zi = zipfile.ZipInfo(k, date_time=(2026, 11, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, v)
