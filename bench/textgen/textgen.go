// Package textgen writes the synthetic government text that the
// benchmarks and bench/gen share: the same generator, so that a figure
// of a Go benchmark and of a bench script are measured on one kind of
// text. Every personal value in it is synthetic.
package textgen

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/mishen-gov/mishen/internal/detect"
)

// GovernmentText returns about n bytes of what a county's 政府信息公开
// pages carry: notices and annual reports in prose (with hotlines, dates,
// amounts and article numbers), and after one run of paragraphs in five a
// 公示 list of people with synthetic ID numbers, mobiles and addresses, a
// card, plate or e-mail here and there: about one personal value per kilobyte.
func GovernmentText(n int) string {
	r := rand.New(rand.NewSource(7))
	prose := []string{
		"根据《中华人民共和国政府信息公开条例》第%d条规定，现将%d年度本机关政府信息公开工作情况报告如下。",
		"%d年，全区共受理政府信息公开申请%d件，办结%d件，按时办结率达到百分之百。",
		"各乡镇（街道）、区直各部门要高度重视安全生产工作，切实加强组织领导，明确责任分工，确保各项任务落到实处。",
		"本次专项行动自%d月%d日起至%d月%d日止，重点检查食品安全、市场监管等领域，共出动执法人员%d人次。",
		"咨询电话：0571-8%07d，监督电话：12345，办公地址：文化路%d号区行政服务中心%d楼。",
		"经研究，决定对乡村振兴项目给予补助资金%d.%d万元，专款专用，不得挪作他用，资金拨付情况接受社会监督。",
		"会议指出，要坚持以人民为中心的发展思想，统筹推进营商环境优化和数字政府建设，不断提升群众获得感、幸福感、安全感。",
		"经审查，本文件不涉及国家秘密和工作秘密，可以公开发布。",
	}
	names := []string{"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴斌"}
	var b strings.Builder
	row := 0
	for b.Len() < n {
		for range 6 + r.Intn(6) {
			f := prose[r.Intn(len(prose))]
			args := make([]any, strings.Count(f, "%"))
			for i := range args {
				args[i] = 1 + r.Intn(900)
			}
			fmt.Fprintf(&b, f, args...)
			if r.Intn(3) == 0 {
				b.WriteByte('\n')
			}
		}
		if r.Intn(5) != 0 {
			b.WriteString("\n")
			continue
		}
		b.WriteString("\n2024年度困难群众临时救助资金发放名单公示如下：\n序号\t姓名\t身份证号\t联系电话\t救助金额（元）\t家庭住址\n")
		for range 2 + r.Intn(4) {
			row++
			id := detect.CompleteID(fmt.Sprintf("3301%02d%04d%02d%02d%03d", 1+r.Intn(9), 1950+r.Intn(60), 1+r.Intn(12), 1+r.Intn(28), r.Intn(1000)))
			fmt.Fprintf(&b, "%d\t%s\t%s\t1%d%d%08d\t%d\t文化路%d号%d幢%d室\n", row, names[r.Intn(len(names))], id,
				3+r.Intn(6), r.Intn(10), r.Intn(1e8), 500+r.Intn(3000), 1+r.Intn(300), 1+r.Intn(20), 101+r.Intn(600))
		}
		switch r.Intn(4) {
		case 0:
			fmt.Fprintf(&b, "车辆浙A%05d已于%d月%d日办理登记。\n", r.Intn(1e5), 1+r.Intn(12), 1+r.Intn(28))
		case 1:
			fmt.Fprintf(&b, "来信请发送至 zhangwei%d@example.com ，我们将在五个工作日内答复。\n", r.Intn(1000))
		case 2:
			fmt.Fprintf(&b, "补助资金已打入户主银行卡 6222%012d 。\n", r.Intn(1e12))
		}
		b.WriteString("特此公告。\n\n")
	}
	return b.String()
}
