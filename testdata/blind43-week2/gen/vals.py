# synthetic personal values for blind43-week2
import random
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
C="10X98765432"
def idno(region, birth, seq):
    s=f"{region}{birth}{seq:03d}"
    return s+C[sum(int(a)*b for a,b in zip(s,W))%11]
def luhn_ok(n):
    t=0
    for i,ch in enumerate(reversed(n)):
        x=int(ch)
        if i%2==1:
            x*=2
            if x>9:x-=9
        t+=x
    return t%10==0
def card(prefix, length, seed):
    r=random.Random(seed); body=prefix
    while len(body)<length-1: body+=str(r.randint(0,9))
    for d in "0123456789":
        if luhn_ok(body+d): return body+d
ID=[idno("330106","19820314",215), idno("330110","19760922",438), idno("330102","19910507",126),
    idno("330105","19680830",371), idno("330106","19950118",262), idno("330108","19871203",159),
    idno("330109","19590426",283), idno("330106","19730611",44), idno("330184","19640217",357),
    idno("330110","19800709",118)]
CARD=[card("621700",19,1), card("622848",19,2), card("621799",19,3), card("623058",19,4), card("622202",19,5), card("621226",19,6)]
if __name__=="__main__":
    print(ID); print(CARD)
