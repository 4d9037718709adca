// Command gen writes a corpus of Chinese government prose and a plain
// dictionary of N terms for the scan benchmark (bench/scan.sh). The text is
// built from sentence templates with random fills, so it has the character
// mix of real notices; a term is planted after one sentence in ten (-plant).
//
// With -kind personal it writes, for bench/default.sh, prose.txt of what a
// county's 政府信息公开 pages carry: notices in prose and, every few
// paragraphs, a 公示 list of people with synthetic ID numbers (valid GB
// 11643 check digits), mobiles, bank cards, plates and e-mail addresses,
// about one personal value per kilobyte (the same text as internal/scan's
// BenchmarkScanGovernment).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/mishen-gov/mishen/bench/textgen"
)

var templates = []string{
	"根据《中华人民共和国政府信息公开条例》第%d条规定，现将%d年度本机关政府信息公开工作情况报告如下。",
	"%d年，全区共受理政府信息公开申请%d件，办结%d件，按时办结率达到百分之百。",
	"各乡镇（街道）、区直各部门要高度重视%s工作，切实加强组织领导，明确责任分工，确保各项任务落到实处。",
	"本次%s专项行动自%d月%d日起至%d月%d日止，重点检查%s、%s等领域。",
	"联系电话：0571-8%07d，传真：0571-8%07d，通讯地址：%s路%d号。",
	"会议指出，要坚持以人民为中心的发展思想，统筹推进%s和%s，不断提升群众获得感。",
	"经研究，决定对%s项目给予补助资金%d万元，专款专用，不得挪作他用。",
	"%s局关于印发《%s管理办法》的通知，各有关单位请认真贯彻执行。",
}

var words = []string{"安全生产", "生态环境", "乡村振兴", "营商环境", "数字政府", "城市更新", "防汛抗旱", "食品安全",
	"基层治理", "公共服务", "教育医疗", "社会保障", "交通运输", "文化旅游", "农业农村", "住房保障", "市场监管", "应急管理"}

const chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理"

func main() {
	mb := flag.Int("mb", 20, "megabytes of text")
	n := flag.Int("terms", 10000, "dictionary terms")
	out := flag.String("out", "out", "output folder")
	kind := flag.String("kind", "dict", "dict: prose and a dictionary; personal: government text with personal data")
	plant := flag.Int("plant", 10, "dict: plant a term after one sentence in PLANT (2: dense hits, a term every 200 bytes or so)")
	flag.Parse()
	if *kind == "personal" {
		os.MkdirAll(*out, 0o755)
		if err := os.WriteFile(filepath.Join(*out, "prose.txt"), []byte(textgen.GovernmentText(*mb<<20)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	r := rand.New(rand.NewSource(42))
	cr := []rune(chars)
	terms := make([]string, *n)
	seen := map[string]bool{}
	for i := range terms {
		for {
			l := 3 + r.Intn(4)
			var b strings.Builder
			for j := 0; j < l; j++ {
				b.WriteRune(cr[r.Intn(len(cr))])
			}
			if !seen[b.String()] {
				seen[b.String()] = true
				terms[i] = b.String()
				break
			}
		}
	}
	os.MkdirAll(filepath.Join(*out, "dict"), 0o755)
	df, _ := os.Create(filepath.Join(*out, "dict", "terms.txt"))
	dw := bufio.NewWriter(df)
	for _, t := range terms {
		fmt.Fprintln(dw, t)
	}
	dw.Flush()
	df.Close()

	tf, _ := os.Create(filepath.Join(*out, "prose.txt"))
	tw := bufio.NewWriter(tf)
	size := 0
	w := func() string { return words[r.Intn(len(words))] }
	for size < *mb<<20 {
		var s string
		switch k := r.Intn(len(templates)); k {
		case 0:
			s = fmt.Sprintf(templates[k], 1+r.Intn(50), 2015+r.Intn(10))
		case 1:
			s = fmt.Sprintf(templates[k], 2015+r.Intn(10), r.Intn(900), r.Intn(900))
		case 2, 5:
			s = fmt.Sprintf(templates[k], w(), w())
			s = strings.Replace(s, "%!(EXTRA string=", "", 1)
			s = strings.TrimSuffix(s, ")")
		case 3:
			s = fmt.Sprintf(templates[k], w(), 1+r.Intn(12), 1+r.Intn(28), 1+r.Intn(12), 1+r.Intn(28), w(), w())
		case 4:
			s = fmt.Sprintf(templates[k], r.Intn(9999999), r.Intn(9999999), w(), 1+r.Intn(300))
		case 6:
			s = fmt.Sprintf(templates[k], w(), 10+r.Intn(500))
		case 7:
			s = fmt.Sprintf(templates[k], w(), w())
		}
		if r.Intn(max(*plant, 1)) == 0 {
			s += terms[r.Intn(len(terms))] + "。"
		}
		if r.Intn(6) == 0 {
			s += "\n"
		}
		tw.WriteString(s)
		size += len(s)
	}
	tw.WriteString("\n")
	tw.Flush()
	tf.Close()
}
