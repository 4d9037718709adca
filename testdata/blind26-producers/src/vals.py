# Invented values with correct check digits (shared by generators)
def id18(body17):
    w=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    s=sum(int(c)*x for c,x in zip(body17,w))
    return body17+'10X98765432'[s%11]
def luhn(body):
    s=0
    for i,c in enumerate(reversed(body)):
        d=int(c)
        if i%2==0:
            d*=2
            if d>9: d-=9
        s+=d
    return body+str((10-s%10)%10)
def uscc(body17):
    cs='0123456789ABCDEFGHJKLMNPQRTUWXY'
    w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
    s=sum(cs.index(c)*x for c,x in zip(body17,w))
    c=31-s%31
    return body17+cs[0 if c==31 else c]
ID1=id18('33010619850314213')
ID2=id18('32010219910722531')
ID3=id18('44030519780930402')
ID4=id18('51010719880211167')
ID5=id18('37020219930505084')
ID6=id18('11010819700101261')
CARD1=luhn('622202123456789012')   # 19 UnionPay
CARD2=luhn('621700123456789')      # 16 UnionPay
CARD3=luhn('622848004512367890')   # 19
CARD4=luhn('436742123456781')      # 16 non-62, next to 卡号
USCC1=uscc('91330106MA2H3K5Q1')
USCC2=uscc('12330100002471835')
USCC3=uscc('11320100MB1A2345X')
if __name__=='__main__':
    for k,v in list(globals().items()):
        if k.isupper(): print(k,v)
