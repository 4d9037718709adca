package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// fill sets every field of the struct v points to, recursively, from s
// and n: a field added to Finding or Location is then in json.Marshal's
// output, and AppendJSON must write it too.
func fill(v reflect.Value, s string, n int) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(s + v.Type().Field(i).Name)
		case reflect.Int:
			f.SetInt(int64(n + i))
		case reflect.Struct:
			fill(f, s, n)
		case reflect.Pointer:
			p := reflect.New(f.Type().Elem())
			if p.Elem().Kind() == reflect.Array {
				for k := 0; k < p.Elem().Len(); k++ {
					p.Elem().Index(k).SetFloat(float64(n) + 0.25*float64(k))
				}
			}
			f.Set(p)
		default:
			panic("fill: a field of kind " + f.Kind().String())
		}
	}
}

func checkSame(t *testing.T, f *Finding) {
	t.Helper()
	want, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.AppendJSON(nil); !bytes.Equal(got, want) {
		t.Fatalf("AppendJSON differs from json.Marshal:\n got %s\nwant %s", got, want)
	}
}

func TestAppendJSONMatchesMarshal(t *testing.T) {
	checkSame(t, &Finding{})
	for _, s := range []string{"", "秘密★", "a<b>&c\"d\\e", "\x00\x01\b\f\n\r\t\x1f\x7f", "\u2028\u2029", "bad\xff\xfeutf8\xe4\xb8", "发现手机号码 138****1234"} {
		var full Finding
		fill(reflect.ValueOf(&full).Elem(), s, -7)
		checkSame(t, &full)
		checkSame(t, &Finding{ID: "F1", Category: MobilePhone, Severity: Review, Excerpt: s, Location: Location{Part: "body", Line: 3, Start: 5, End: 16}, Message: s})
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("秘密★", 3, true)
	f.Add("a<b>&\u2028\xff", 0, false)
	f.Fuzz(func(t *testing.T, s string, n int, full bool) {
		var x Finding
		if full {
			fill(reflect.ValueOf(&x).Elem(), s, n)
		} else {
			x = Finding{ID: s, Excerpt: s, HitStart: n, Location: Location{Part: s, Start: n}}
		}
		checkSame(t, &x)
	})
}

func BenchmarkFindingJSON(b *testing.B) {
	f := Finding{ID: "F12", Category: IDCard, Severity: Block, Rule: "id_card.gb11643",
		Location: Location{Part: "body", Line: 18, Start: 1659, End: 1677},
		Excerpt:  "话 救助金额（元） 家庭住址 1 李娜 330105********3255 157****4451 2131 文化", HitStart: 20, HitEnd: 38,
		Basis: "《政府信息公开条例》第十五条（个人隐私、商业秘密）", Message: "发现未脱敏的居民身份证号 330105********3255：请删除或脱敏（如只保留前6位和后4位）后重新提交"}
	size := int64(len(f.AppendJSON(nil)))
	b.Run("AppendJSON", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf = f.AppendJSON(buf[:0])
		}
	})
	b.Run("Marshal", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			json.Marshal(&f)
		}
	})
}

// TestWriteJSONMatchesMarshal holds Report.WriteJSON to json.Marshal for
// reports without a findings list, with none, and with many (past the
// 64 KB at which it writes), every scalar field set; a field added to
// Report without being added to WriteJSON fails it.
func TestWriteJSONMatchesMarshal(t *testing.T) {
	var f Finding
	fill(reflect.ValueOf(&f).Elem(), "发现<手机号码> & \"值\"", 3)
	for _, n := range []int{-1, 0, 1, 2000} {
		var r Report
		v := reflect.ValueOf(&r).Elem()
		for i := 0; i < v.NumField(); i++ {
			switch fv := v.Field(i); fv.Kind() {
			case reflect.String:
				fv.SetString("a\u2028<" + v.Type().Field(i).Name)
			case reflect.Int64:
				fv.SetInt(12345)
			case reflect.Slice:
				if n >= 0 {
					fv.Set(reflect.ValueOf(make([]Finding, n)))
				}
			default:
				t.Fatalf("a Report field of kind %s", fv.Kind())
			}
		}
		for i := range r.Findings {
			r.Findings[i] = f
		}
		want, err := json.Marshal(&r)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := r.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("%d findings: WriteJSON differs from json.Marshal\n got %.300s\nwant %.300s", n, got.Bytes(), want)
		}
	}
}
