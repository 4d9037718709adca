W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
C="10X98765432"
def idno(region, birth, seq):
    s=f"{region}{birth}{seq:03d}"
    return s+C[sum(int(a)*b for a,b in zip(s,W))%11]
def luhn(prefix, length):
    body=prefix+"".join(str((i*7+3)%10) for i in range(length-len(prefix)-1))
    for d in range(10):
        n=body+str(d)
        tot=0
        for i,ch in enumerate(reversed(n)):
            x=int(ch)
            if i%2==1:
                x*=2
                if x>9:x-=9
            tot+=x
        if tot%10==0: return n
V={
 "id1":idno("330106","19850314",123),
 "id2":idno("330108","19920721",456),
 "id3":idno("110105","19780102",318),
 "id4":idno("440304","19990930",27),
 "id5":idno("320102","19661118",645),
 "id6":idno("510107","20010205",83),
 "id7":idno("330102","19730611",207),
 "id8":idno("330106","19881223",512),
 "id9":idno("370102","19950416",331),
 "card1":luhn("621700",19),
 "card2":luhn("622848",19),
 "card3":luhn("622202",19),
 "mob1":"13957112486","mob2":"18867230915","mob3":"15906813372","mob4":"17758026641","mob5":"13605718820","mob6":"19957160423",
}
if __name__=="__main__":
    import json;print(json.dumps(V,indent=1))
