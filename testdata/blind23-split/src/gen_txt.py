from common import *
def fold(s,n=36):
    out=[]
    for para in s.split('\n'):
        while len(para)>n: out.append(para[:n]); para=para[n:]
        out.append(para)
    return '\n'.join(out)+'\n'
def w(name,text,enc='utf-8'):
    open(OUT+'/'+name,'wb').write(text.encode(enc))
def pickn(body, value):
    i=body.index(value); ps=body.rfind('\n',0,i)+1
    for n in range(36,20,-1):
        o=(i-ps)%n
        if 4<=n-o<=len(value)-4: return n
    raise Exception
ID17=idnum('44010619930405117')
body='关于拟推荐2026年度见义勇为先进个人的公示\n　　经基层推荐、资格审查，现将拟推荐人员公示如下：姓名周某某，男，身份证号'+ID17+'，现住天河区某街道。公示期自2026年12月8日至12月14日。'
N1=pickn(body,ID17)
t=fold(body,N1)
w('f01_txt_fixedw_wrap_id.txt',t)
assert ID17 not in t
label('f01_txt_fixedw_wrap_id.txt','block',['id_card'],[ID17],'plain UTF-8 text hard-wrapped at a fixed width (N1 chars per line); the ID after 身份证号 is cut by the line break: '+repr([l for l in t.split('\n') if ID17[:3] in l or ID17[-3:] in l]))
body2='关于拟推荐2026年度见义勇为先进个人的公示\n　　经基层推荐、资格审查，现将拟推荐人员公示如下：姓名周某某，男，身份证号440106********1170，推荐单位统一社会信用代码11440106007512345X，公示期自2026年12月8日至12月14日。'
w('f02_txt_fixedw_wrap_clean.txt',fold(body2,N1))
label('f02_txt_fixedw_wrap_clean.txt','pass',[],[],'Twin of f01: 36-char hard wrap; masked ID and a USCC that are cut by line breaks')
MOB13='15312340987'
body3='关于开展2026年冬季消防安全大检查的通知\n　　各镇（街道）、各有关单位：为切实做好冬季消防安全工作，现部署开展大检查。请各单位于12月20日前报送检查情况，联系人：石某某，联系电话：'+MOB13+'，电子邮箱：xfk@example.gov.cn。'
N3=pickn(body3,MOB13)
t=fold(body3,N3)
assert MOB13 not in t
w('f03_txt_fixedw_wrap_mobile.txt',t)
label('f03_txt_fixedw_wrap_mobile.txt','review',['mobile_phone'],[MOB13],'plain text hard-wrapped at a fixed width; the mobile after 联系电话： is cut by the line break: '+repr([l for l in t.split('\n') if MOB13[:3] in l or MOB13[-3:] in l]))
body4='关于开展2026年冬季消防安全大检查的通知\n　　各镇（街道）、各有关单位：为切实做好冬季消防安全工作，现部署开展大检查。请各单位于12月20日前报送检查情况，咨询：12345，值班：0755-83345678，文件编号：2026120714501283，请遵照执行。'
w('f04_txt_fixedw_wrap_hotline_clean.txt',fold(body4,N3))
label('f04_txt_fixedw_wrap_hotline_clean.txt','pass',[],[],'Twin of f03: 36-char hard wrap over a hotline, an agency landline and a 16-digit 文件编号')
CARD5=luhn('622588',16)
t='关于发放2026年度退役军人优待金的通知\r\n优待对象：薛某某\r\n开户银行：招商银行\r\n银行卡号：'+' '.join(CARD5[i:i+4] for i in range(0,16,4))+'\r\n发放金额：2,400.00元\r\n'
w('f05_txt_gb18030_spaced_card.txt',t,'gb18030')
label('f05_txt_gb18030_spaced_card.txt','block',['bank_card'],[CARD5],'plain text in GB18030 with CRLF; card after 银行卡号： in 4-digit groups separated by spaces')
ID18=idnum('36010219860117443')
MOB14='18812346570'
t='姓名\t身份证号\t\t联系电话\t备注\n饶某某\t'+ID18[:6]+' '+ID18[6:14]+' '+ID18[14:]+'\t\t'+MOB14+'\t低保户\n'
w('f06_tsv_tabs_spaced_id.tsv',t)
label('f06_tsv_tabs_spaced_id.tsv','block',['id_card','mobile_phone'],[ID18,MOB14],'tab-separated text (.tsv) with a double tab between columns; ID written 6+8+4 with spaces under 身份证号, a mobile under 联系电话')
t='机 密 ★ 1 年\n\n关于调整部分干部职务的通知\n\n各处室：经研究决定，调整部分干部职务。\n'
w('f07_txt_spaced_marking.txt',t)
label('f07_txt_spaced_marking.txt','block',['classified_marking'],[],'plain text; first line 机 密 ★ 1 年 with a space between every character (公文 typesetting spacing)')
t='关 于 加 强 保 密 宣 传 教 育 的 通 知\n\n各处室：根据《中华人民共和国保守国家秘密法》，国家秘密的密级分为绝密、机密、秘密三级。各单位要加强对涉密人员的教育管理。\n'
w('f08_txt_spaced_title_prose_clean.txt',t)
label('f08_txt_spaced_title_prose_clean.txt','pass',[],[],'Twin of f07: spaced title; body prose cites the 保密法 and the three levels in a sentence')
ID19=idnum('65010219840909352')
t='关于补办户口登记的公告\n申请人：龙某某\n公民身份号码：'+ID19[:6]+'-'+ID19[6:14]+'-'+ID19[14:]+'\n办理事项：户口迁入\n'
w('f09_txt_hyphen_id.txt',t)
label('f09_txt_hyphen_id.txt','block',['id_card'],[ID19],'plain text; ID after 公民身份号码： written with hyphens 650102-19840909-3523 style (6-8-4)')
t='关于出国（境）证件集中保管情况的通报\n经核查，干部段某某护照号码：E 1234 5678，已按规定交由组织人事部门集中保管。\n'
w('f10_txt_spaced_passport.txt',t)
label('f10_txt_spaced_passport.txt','review',['passport'],['E12345678'],'plain text; passport number after 护照号码： written E 1234 5678 with spaces')
ID20=idnum('41010519950311202')
t='<p>关于发放生育津贴的公示</p>\n'
t='关于发放生育津贴的公示\n\n| 序号 | 姓名 | 身份证号 | 金额（元） |\n|---|---|---|---|\n| 1 | 邵某某 | '+ID20[:9]+'<br>'+ID20[9:]+' | 6,800 |\n'
w('f11_md_table_br_id.md',t)
label('f11_md_table_br_id.md','block',['id_card'],[ID20],'Markdown pipe table; the ID cell under 身份证号 is cut by an inline <br> after 9 digits')
save('txt')
