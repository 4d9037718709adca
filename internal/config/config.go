package config

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // --tz works without the system's zone files

	"github.com/mishen-gov/mishen/internal/doc"
)

// Config is everything mishen serve, token and audit can be told.
type Config struct {
	// Addr is where the HTTP API listens.
	Addr string
	// DataDir holds the database file; created if missing.
	DataDir string
	// DictDirs are folders of extra dictionaries, added to the embedded ones.
	DictDirs []string
	// RulesFile is a file of custom detectors and exclusions (TOML,
	// docs/rules.md), read at start and at every dictionary reload.
	RulesFile string
	// TLSCert and TLSKey, when both set, make the server speak HTTPS.
	TLSCert, TLSKey string
	// MaxUploadBytes bounds one request body (413 beyond).
	MaxUploadBytes int64
	// MaxFiles bounds the files of one multipart review.
	MaxFiles int
	// MaxFileBytes bounds one file the extractors read; a larger file is
	// not read and gets an unreadable finding (so it needs a human).
	MaxFileBytes int64
	// ScanTimeout bounds the extraction of one file; past it the file
	// gets an unreadable finding.
	ScanTimeout time.Duration
	// MaxUnzipBytes bounds what the members of one DOCX/XLSX inflate to
	// in all; MaxZipRatio bounds one member's inflated/compressed ratio
	// (zip bombs); MaxZipEntries bounds its members; MaxXMLDepth bounds
	// element nesting; MaxPDFPages bounds the pages read of one PDF.
	// Zero keeps package doc's default. A file over any of them is
	// unreadable and needs a human.
	MaxUnzipBytes int64
	MaxZipRatio   int
	MaxZipEntries int
	MaxXMLDepth   int
	MaxPDFPages   int
	// ReviewApprovals is how many reviewers must approve a review verdict.
	ReviewApprovals int
	// BlockApprovals is how many distinct reviewers must approve a block
	// verdict after every blocking finding is dismissed.
	BlockApprovals int
	// DraftRetention is how long a draft that needs a human is kept for
	// the reviewers; it is deleted earlier, at the decision. 0 keeps no
	// drafts. Drafts that pass are never stored.
	DraftRetention time.Duration
	// MarkedDraftRetention caps the retention of a draft with a
	// classification marking: it is deleted at the decision and at the
	// latest after this long, whichever comes first.
	MarkedDraftRetention time.Duration
	// Pprof, when set, serves net/http/pprof on this loopback address,
	// apart from the service, for an admin profiling it.
	Pprof string
	// RescanRetention keeps the content of every review, encrypted, this
	// long, so that released items are scanned again when the
	// dictionaries change; 0 (the default) keeps none.
	RescanRetention time.Duration
	// TrustedProxies are the addresses or CIDR ranges of reverse proxies
	// whose X-Forwarded-For header names the client; empty trusts none.
	TrustedProxies []string
	// CookieSecure marks cookies Secure even on plain HTTP, for a
	// deployment behind a TLS-terminating proxy.
	CookieSecure bool
	// MetricsToken, when set, is required as a bearer token by /metrics;
	// without it /metrics shows no counts of findings by category.
	MetricsToken string
	// MaxConns and MaxConnsPerIP bound open connections overall and
	// from one client address.
	MaxConns, MaxConnsPerIP int
	// MaxUploads and MaxUploadBytesInFlight bound the request bodies
	// being received or scanned at once; beyond them a new upload is
	// answered 503 with Retry-After.
	MaxUploads             int
	MaxUploadBytesInFlight int64
	// MinUploadRate is the slowest a request body may arrive, in bytes a
	// second (after a grace period); a slower client is cut off.
	MinUploadRate int64
	// RatePerToken is the requests a second one token may make
	// (sustained; bursts of twice that pass).
	RatePerToken float64
	// SessionsPerUser bounds a token's web sessions; the oldest of that
	// token's own are ended, never another user's.
	SessionsPerUser int
	// BatchDelay is the group-commit window of the database.
	BatchDelay time.Duration
	// CheckpointDir, when set, receives every signed checkpoint of the
	// audit log (checkpoint-<size>, and checkpoint for the latest); point
	// it outside the data folder (another disk, a WORM share).
	CheckpointDir string
	// CheckpointEvery is how often a checkpoint is signed when the log
	// grew.
	CheckpointEvery time.Duration
	// Crypto is the audit log's suite for a new data folder: sha256
	// (SHA-256 and Ed25519) or sm (SM3 and SM2); empty keeps the log's
	// own, sha256 for a new one. An existing log never changes suite.
	Crypto string
	// ShutdownTimeout bounds the wait for in-flight requests on SIGTERM.
	ShutdownTimeout time.Duration
	// LogFormat is text or json.
	LogFormat string
	// TimeZone is the IANA zone that pages, the 保密审查单 and the annual
	// figures show times and count days in; empty is Asia/Shanghai.
	TimeZone string
	// Patrol is the website patrol of mishen serve (patrol.go).
	Patrol PatrolConfig
	// Org is the office's name printed at the head of the 保密审查单.
	Org string
	// Server, when set, makes token and audit commands talk to a running
	// service at this URL instead of opening the data folder.
	Server string
	// Token is the bearer token for Server (admin for tokens, auditor for
	// audit). It comes only from the environment, never from a flag, so
	// that it does not land in shell history or ps output.
	Token string
}

// Default is the configuration of `mishen serve` with no flags.
func Default() Config {
	return Config{
		Addr:                   ":8080",
		DataDir:                "mishen-data",
		MaxUploadBytes:         64 << 20,
		MaxFiles:               20,
		MaxFileBytes:           64 << 20,
		ScanTimeout:            30 * time.Second,
		ReviewApprovals:        1,
		BlockApprovals:         2,
		DraftRetention:         72 * time.Hour,
		MarkedDraftRetention:   24 * time.Hour,
		MaxConns:               1024,
		MaxConnsPerIP:          64,
		MaxUploads:             16,
		MaxUploadBytesInFlight: 512 << 20,
		MinUploadRate:          16 << 10,
		RatePerToken:           500,
		SessionsPerUser:        8,
		BatchDelay:             2 * time.Millisecond,
		CheckpointEvery:        10 * time.Second,
		ShutdownTimeout:        30 * time.Second,
		LogFormat:              "text",
	}
}

// Env lists the environment variables, for help texts.
const Env = `环境变量 / environment (a flag overrides its variable):
  MISHEN_ADDR              监听地址 / listen address              (--addr)
  MISHEN_DATA              数据目录 / data folder                 (--data)
  MISHEN_DICT              额外词典目录，以 : 分隔 / extra dictionary folders, ':'-separated (--dict)
  MISHEN_RULES             自定义检测规则文件 / custom detectors file, TOML (--rules)
  MISHEN_TLS_CERT          TLS 证书 / certificate file            (--tls-cert)
  MISHEN_TLS_KEY           TLS 私钥 / key file                    (--tls-key)
  MISHEN_MAX_UPLOAD_MB     单次请求上限（MiB）/ request limit in MiB (--max-upload-mb)
  MISHEN_MAX_FILES         单次审查文件数上限 / files per review   (--max-files)
  MISHEN_MAX_FILE_MB       单个文件读取上限（MiB）/ per-file extraction limit in MiB (--max-file-mb)
  MISHEN_SCAN_TIMEOUT      单个文件读取时限 / per-file extraction time limit, e.g. 30s (--scan-timeout)
  MISHEN_MAX_UNZIP_MB      DOCX/XLSX 解压总量上限 / inflated size limit, MiB (--max-unzip-mb)
  MISHEN_MAX_ZIP_RATIO     解压比上限 / inflate ratio of one member (--max-zip-ratio)
  MISHEN_MAX_ZIP_ENTRIES   压缩包成员数上限 / zip members (--max-zip-entries)
  MISHEN_MAX_XML_DEPTH     XML 嵌套层数上限 / XML nesting depth (--max-xml-depth)
  MISHEN_MAX_PDF_PAGES     PDF 页数上限 / PDF pages read (--max-pdf-pages)
  MISHEN_REVIEW_APPROVALS  "需审查"所需批准人数 / approvals for review (--review-approvals)
  MISHEN_BLOCK_APPROVALS   "阻断"所需批准人数 / approvals for block (--block-approvals)
  MISHEN_DRAFT_RETENTION   待审稿件保留时长，0 不保留 / draft retention, 0 keeps none (--draft-retention)
  MISHEN_MARKED_RETENTION  带密级标志稿件的最长保留时长 / cap on keeping a marked draft (--marked-draft-retention)
  MISHEN_RESCAN_RETENTION  为发布后复查保存稿件内容的时长 / keep content for rescans after release (--rescan-retention)
  MISHEN_TRUSTED_PROXY     可信反向代理地址或网段，以 , 分隔 / trusted reverse proxies, comma-separated (--trusted-proxy)
  MISHEN_COOKIE_SECURE     在 TLS 代理之后时设为 true / true behind a TLS-terminating proxy (--cookie-secure)
  MISHEN_METRICS_TOKEN     /metrics 访问令牌 / bearer token required by /metrics (--metrics-token)
  MISHEN_MAX_CONNS         连接总数上限 / open connections (--max-conns)
  MISHEN_MAX_CONNS_PER_IP  单个地址连接数上限 / connections per client address (--max-conns-per-ip)
  MISHEN_MAX_UPLOADS       同时处理的上传数上限 / uploads in flight (--max-uploads)
  MISHEN_MAX_INFLIGHT_MB   同时处理的上传总量上限（MiB）/ upload bytes in flight (--max-inflight-mb)
  MISHEN_RATE_PER_TOKEN    每个令牌每秒请求数 / requests a second per token (--rate-per-token)
  MISHEN_BATCH_DELAY       组提交等待时间 / group-commit window    (--batch-delay)
  MISHEN_CHECKPOINT_DIR    审计检查点目录（数据目录之外）/ audit checkpoint folder, outside the data folder (--checkpoint-dir)
  MISHEN_CHECKPOINT_EVERY  检查点签名间隔 / checkpoint interval    (--checkpoint-every)
  MISHEN_CRYPTO            审计日志密码套件 sha256|sm（新数据目录）/ audit log crypto suite for a new data folder (--crypto)
  MISHEN_LOG_FORMAT        日志格式 text|json / log format          (--log-format)
  MISHEN_TZ                显示时间所用时区，默认 Asia/Shanghai / time zone of pages, forms and figures (--tz)
  MISHEN_ORG               审查单抬头的机关名称 / office name on the review form (--org)
  MISHEN_SERVER            运行中服务的地址 / URL of a running service (--server)
  MISHEN_TOKEN             访问该服务的令牌（仅环境变量）/ bearer token for --server (environment only)`

// FromEnv applies the MISHEN_* variables that getenv returns.
func (c *Config) FromEnv(getenv func(string) string) error {
	if getenv == nil {
		getenv = os.Getenv
	}
	var errs []error
	str := func(name string, dst *string) {
		if v := getenv(name); v != "" {
			*dst = v
		}
	}
	num := func(name string, dst *int) {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("config: %s=%q is not a whole number", name, v))
				return
			}
			*dst = n
		}
	}
	dur := func(name string, dst *time.Duration) {
		if v := getenv(name); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("config: %s=%q is not a duration such as 72h or 2ms", name, v))
				return
			}
			*dst = d
		}
	}
	str("MISHEN_ADDR", &c.Addr)
	str("MISHEN_DATA", &c.DataDir)
	if v := getenv("MISHEN_DICT"); v != "" {
		c.DictDirs = filepath.SplitList(v)
	}
	str("MISHEN_RULES", &c.RulesFile)
	str("MISHEN_TLS_CERT", &c.TLSCert)
	str("MISHEN_TLS_KEY", &c.TLSKey)
	mib := func(name string, dst *int64) {
		if v := getenv(name); v != "" {
			n, err := parseMiB(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("config: %s=%q is not a whole number of MiB", name, v))
				return
			}
			*dst = n
		}
	}
	mib("MISHEN_MAX_UPLOAD_MB", &c.MaxUploadBytes)
	num("MISHEN_MAX_FILES", &c.MaxFiles)
	mib("MISHEN_MAX_FILE_MB", &c.MaxFileBytes)
	dur("MISHEN_SCAN_TIMEOUT", &c.ScanTimeout)
	mib("MISHEN_MAX_UNZIP_MB", &c.MaxUnzipBytes)
	num("MISHEN_MAX_ZIP_RATIO", &c.MaxZipRatio)
	num("MISHEN_MAX_ZIP_ENTRIES", &c.MaxZipEntries)
	num("MISHEN_MAX_XML_DEPTH", &c.MaxXMLDepth)
	num("MISHEN_MAX_PDF_PAGES", &c.MaxPDFPages)
	num("MISHEN_REVIEW_APPROVALS", &c.ReviewApprovals)
	num("MISHEN_BLOCK_APPROVALS", &c.BlockApprovals)
	dur("MISHEN_DRAFT_RETENTION", &c.DraftRetention)
	dur("MISHEN_BATCH_DELAY", &c.BatchDelay)
	dur("MISHEN_MARKED_RETENTION", &c.MarkedDraftRetention)
	dur("MISHEN_RESCAN_RETENTION", &c.RescanRetention)
	if v := getenv("MISHEN_TRUSTED_PROXY"); v != "" {
		c.TrustedProxies = splitList(v)
	}
	if v := getenv("MISHEN_COOKIE_SECURE"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("config: MISHEN_COOKIE_SECURE=%q is not true or false", v))
		}
		c.CookieSecure = b
	}
	str("MISHEN_METRICS_TOKEN", &c.MetricsToken)
	num("MISHEN_MAX_CONNS", &c.MaxConns)
	num("MISHEN_MAX_CONNS_PER_IP", &c.MaxConnsPerIP)
	num("MISHEN_MAX_UPLOADS", &c.MaxUploads)
	mib("MISHEN_MAX_INFLIGHT_MB", &c.MaxUploadBytesInFlight)
	if v := getenv("MISHEN_RATE_PER_TOKEN"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("config: MISHEN_RATE_PER_TOKEN=%q is not a number", v))
		}
		c.RatePerToken = f
	}
	str("MISHEN_CHECKPOINT_DIR", &c.CheckpointDir)
	dur("MISHEN_CHECKPOINT_EVERY", &c.CheckpointEvery)
	str("MISHEN_CRYPTO", &c.Crypto)
	str("MISHEN_LOG_FORMAT", &c.LogFormat)
	str("MISHEN_TZ", &c.TimeZone)
	str("MISHEN_ORG", &c.Org)
	str("MISHEN_SERVER", &c.Server)
	str("MISHEN_TOKEN", &c.Token)
	return errors.Join(errs...)
}

// DataFlags registers --data.
func (c *Config) DataFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.DataDir, "data", c.DataDir, "数据目录 / data folder (MISHEN_DATA)")
}

// ClientFlags registers --server, for commands that can go through a
// running service.
func (c *Config) ClientFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Server, "server", c.Server,
		"经由运行中的服务执行，令牌取自 MISHEN_TOKEN / go through the running service at this URL, token from MISHEN_TOKEN (MISHEN_SERVER)")
}

// ServeFlags registers every flag of mishen serve.
func (c *Config) ServeFlags(fs *flag.FlagSet) {
	c.DataFlags(fs)
	fs.StringVar(&c.Addr, "addr", c.Addr, "监听地址 / listen address (MISHEN_ADDR)")
	fs.Func("dict", "额外词典目录，可重复 / extra dictionary folder, repeatable (MISHEN_DICT)", func(s string) error {
		c.DictDirs = append(c.DictDirs, s)
		return nil
	})
	fs.StringVar(&c.RulesFile, "rules", c.RulesFile, "自定义检测规则文件，重新加载词典时一并重读 / custom detectors file, reread with the dictionaries (MISHEN_RULES)")
	fs.StringVar(&c.TLSCert, "tls-cert", c.TLSCert, "TLS 证书文件 / certificate file (MISHEN_TLS_CERT)")
	fs.StringVar(&c.TLSKey, "tls-key", c.TLSKey, "TLS 私钥文件 / key file (MISHEN_TLS_KEY)")
	mibFlag("max-upload-mb", "单次请求上限 MiB / request body limit in MiB (MISHEN_MAX_UPLOAD_MB)", &c.MaxUploadBytes, fs)
	fs.IntVar(&c.MaxFiles, "max-files", c.MaxFiles, "单次审查文件数上限 / files per review (MISHEN_MAX_FILES)")
	c.LimitFlags(fs)
	fs.IntVar(&c.ReviewApprovals, "review-approvals", c.ReviewApprovals, "\"需审查\"所需批准人数 / approvals for a review verdict (MISHEN_REVIEW_APPROVALS)")
	fs.IntVar(&c.BlockApprovals, "block-approvals", c.BlockApprovals, "\"阻断\"所需不同审查员人数 / distinct approvals for a block verdict (MISHEN_BLOCK_APPROVALS)")
	fs.DurationVar(&c.DraftRetention, "draft-retention", c.DraftRetention, "待审稿件保留时长，0 不保留 / keep drafts awaiting a human this long, 0 keeps none (MISHEN_DRAFT_RETENTION)")
	fs.DurationVar(&c.MarkedDraftRetention, "marked-draft-retention", c.MarkedDraftRetention, "带密级标志的稿件最长保留时长（作出决定时即删除）/ cap on keeping a draft with a classification marking; deleted at the decision anyway (MISHEN_MARKED_RETENTION)")
	fs.StringVar(&c.Pprof, "pprof", c.Pprof, "在此回环地址上提供 /debug/pprof 性能剖析（与服务端口分开），如 127.0.0.1:6060 / serve net/http/pprof on this loopback address, apart from the service")
	fs.DurationVar(&c.RescanRetention, "rescan-retention", c.RescanRetention, "为发布后复查而加密保存稿件内容的时长（词典更新后重新扫描已发布稿件），0 不保存 / keep every review's content, encrypted, this long so released items are rescanned when the dictionaries change; 0 keeps none (MISHEN_RESCAN_RETENTION)")
	fs.Func("trusted-proxy", "可信反向代理的地址或网段（可多次给出或以 , 分隔）；只有来自它们的 X-Forwarded-For 才被采信 / reverse proxy address or CIDR whose X-Forwarded-For is believed (MISHEN_TRUSTED_PROXY)", func(v string) error {
		c.TrustedProxies = append(c.TrustedProxies, splitList(v)...)
		return nil
	})
	fs.BoolVar(&c.CookieSecure, "cookie-secure", c.CookieSecure, "Cookie 一律带 Secure 标志（部署在 TLS 反向代理之后时使用）/ Secure cookies behind a TLS proxy (MISHEN_COOKIE_SECURE)")
	fs.StringVar(&c.MetricsToken, "metrics-token", c.MetricsToken, "访问 /metrics 所需的令牌；建议用环境变量 / bearer token for /metrics; prefer the variable (MISHEN_METRICS_TOKEN)")
	fs.IntVar(&c.MaxConns, "max-conns", c.MaxConns, "连接总数上限 / open connections (MISHEN_MAX_CONNS)")
	fs.IntVar(&c.MaxConnsPerIP, "max-conns-per-ip", c.MaxConnsPerIP, "单个客户端地址的连接数上限 / connections per client address (MISHEN_MAX_CONNS_PER_IP)")
	fs.IntVar(&c.MaxUploads, "max-uploads", c.MaxUploads, "同时接收或扫描的上传数上限，超出答 503 / uploads in flight; beyond them 503 (MISHEN_MAX_UPLOADS)")
	mibFlag("max-inflight-mb", "同时接收或扫描的上传总量上限（MiB）/ upload bytes in flight, MiB (MISHEN_MAX_INFLIGHT_MB)", &c.MaxUploadBytesInFlight, fs)
	fs.Int64Var(&c.MinUploadRate, "min-upload-rate", c.MinUploadRate, "请求正文最低传输速率（字节/秒，前 10 秒不计），过慢则断开，0 不限 / slowest body rate in bytes a second after 10 s; slower clients are cut off, 0 unlimited")
	fs.Float64Var(&c.RatePerToken, "rate-per-token", c.RatePerToken, "每个令牌每秒请求数上限，0 不限 / requests a second per token, 0 unlimited (MISHEN_RATE_PER_TOKEN)")
	fs.DurationVar(&c.BatchDelay, "batch-delay", c.BatchDelay, "组提交等待时间 / group-commit window (MISHEN_BATCH_DELAY)")
	fs.StringVar(&c.CheckpointDir, "checkpoint-dir", c.CheckpointDir, "签名检查点写入的目录（放在数据目录之外）/ folder for signed audit checkpoints, outside the data folder (MISHEN_CHECKPOINT_DIR)")
	fs.StringVar(&c.Crypto, "crypto", c.Crypto, "审计日志密码套件：sha256（SHA-256/Ed25519）或 sm（SM3/SM2），创建数据目录时选定 / audit log crypto: sha256 or sm, fixed when the data folder is created (MISHEN_CRYPTO)")
	fs.DurationVar(&c.CheckpointEvery, "checkpoint-every", c.CheckpointEvery, "检查点签名间隔 / sign a checkpoint this often when the log grew (MISHEN_CHECKPOINT_EVERY)")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", c.ShutdownTimeout, "停止时等待进行中请求的时长 / wait for in-flight requests on SIGTERM")
	fs.StringVar(&c.LogFormat, "log-format", c.LogFormat, "日志格式 text|json / log format (MISHEN_LOG_FORMAT)")
	c.ZoneFlags(fs)
}

// ZoneFlags registers --tz and --org, for serve and the commands that
// print forms and figures.
func (c *Config) ZoneFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.TimeZone, "tz", c.TimeZone, "显示时间和按日统计所用的时区，默认 Asia/Shanghai / time zone of pages, forms and figures (MISHEN_TZ)")
	fs.StringVar(&c.Org, "org", c.Org, "审查单抬头的机关名称 / office name at the head of the review form (MISHEN_ORG)")
}

// Location is TimeZone loaded, Asia/Shanghai when it is empty. The zone
// database is embedded, so any IANA name works on any machine.
func (c *Config) Location() (*time.Location, error) {
	name := c.TimeZone
	if name == "" {
		name = "Asia/Shanghai"
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("config: time zone %q is not an IANA zone such as Asia/Shanghai (--tz, MISHEN_TZ)", c.TimeZone)
	}
	return l, nil
}

func mibFlag(name, usage string, dst *int64, fs *flag.FlagSet) {
	fs.Func(name, fmt.Sprintf("%s (default %d)", usage, *dst>>20), func(s string) error {
		n, err := parseMiB(s)
		if err != nil {
			return errors.New("not a whole number of MiB")
		}
		*dst = n
		return nil
	})
}

// LimitFlags registers the extraction limits, for serve and scan. Their
// defaults are package doc's (shown in --help).
func (c *Config) LimitFlags(fs *flag.FlagSet) {
	d := doc.DefaultLimits()
	orDefault := func(v, def int64) int64 {
		if v == 0 {
			return def
		}
		return v
	}
	c.MaxUnzipBytes = orDefault(c.MaxUnzipBytes, d.MaxUnzipBytes)
	c.MaxZipRatio = int(orDefault(int64(c.MaxZipRatio), d.MaxZipRatio))
	c.MaxZipEntries = int(orDefault(int64(c.MaxZipEntries), int64(d.MaxZipEntries)))
	c.MaxXMLDepth = int(orDefault(int64(c.MaxXMLDepth), int64(d.MaxXMLDepth)))
	c.MaxPDFPages = int(orDefault(int64(c.MaxPDFPages), int64(d.MaxPages)))
	mibFlag("max-file-mb", "单个文件读取上限 MiB，超过则不读取、须人工审查 / per-file extraction limit in MiB; a larger file is unreadable and needs a human (MISHEN_MAX_FILE_MB)", &c.MaxFileBytes, fs)
	fs.DurationVar(&c.ScanTimeout, "scan-timeout", c.ScanTimeout, "单个文件读取时限，超时则须人工审查 / per-file extraction time limit; past it the file needs a human (MISHEN_SCAN_TIMEOUT)")
	mibFlag("max-unzip-mb", "DOCX/XLSX 解压后总量上限 MiB / what one DOCX/XLSX may inflate to, MiB (MISHEN_MAX_UNZIP_MB)", &c.MaxUnzipBytes, fs)
	fs.IntVar(&c.MaxZipRatio, "max-zip-ratio", c.MaxZipRatio, "单个压缩成员的解压比上限（防压缩炸弹）/ inflate ratio of one member, against zip bombs (MISHEN_MAX_ZIP_RATIO)")
	fs.IntVar(&c.MaxZipEntries, "max-zip-entries", c.MaxZipEntries, "压缩包成员数上限 / members of one DOCX/XLSX (MISHEN_MAX_ZIP_ENTRIES)")
	fs.IntVar(&c.MaxXMLDepth, "max-xml-depth", c.MaxXMLDepth, "XML 元素嵌套层数上限 / XML nesting depth (MISHEN_MAX_XML_DEPTH)")
	fs.IntVar(&c.MaxPDFPages, "max-pdf-pages", c.MaxPDFPages, "PDF 读取页数上限 / PDF pages read (MISHEN_MAX_PDF_PAGES)")
}

// parseMiB reads a whole, non-negative number of MiB as bytes.
func parseMiB(s string) (int64, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > 1<<30 {
		return 0, errors.New("config: not a whole number of MiB")
	}
	return n << 20, nil
}

// ScanLimits are the extraction limits for the scanner: the defaults of
// package doc with the operator's overrides.
func (c *Config) ScanLimits() doc.Limits {
	l := doc.DefaultLimits()
	if c.MaxFileBytes > 0 {
		l.MaxFileBytes = c.MaxFileBytes
	}
	if c.ScanTimeout > 0 {
		l.PerFileTimeout = c.ScanTimeout
	}
	if c.MaxUnzipBytes > 0 {
		l.MaxUnzipBytes = c.MaxUnzipBytes
	}
	if c.MaxZipRatio > 0 {
		l.MaxZipRatio = int64(c.MaxZipRatio)
	}
	if c.MaxZipEntries > 0 {
		l.MaxZipEntries = c.MaxZipEntries
	}
	if c.MaxXMLDepth > 0 {
		l.MaxXMLDepth = c.MaxXMLDepth
	}
	if c.MaxPDFPages > 0 {
		l.MaxPages = c.MaxPDFPages
	}
	return l
}

// Validate checks values that flags and variables cannot check alone.
func (c *Config) Validate() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("config: data folder is empty (--data, MISHEN_DATA)"))
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		errs = append(errs, errors.New("config: TLS needs both --tls-cert and --tls-key"))
	}
	if c.MaxUploadBytes < 1<<20 {
		errs = append(errs, errors.New("config: --max-upload-mb must be at least 1"))
	}
	if c.MaxFiles < 1 {
		errs = append(errs, errors.New("config: --max-files must be at least 1"))
	}
	if c.MaxFileBytes < 1<<20 {
		errs = append(errs, errors.New("config: --max-file-mb must be at least 1"))
	}
	if c.ScanTimeout < time.Second || c.ScanTimeout > time.Hour {
		errs = append(errs, errors.New("config: --scan-timeout must be between 1s and 1h"))
	}
	if c.ReviewApprovals < 1 || c.BlockApprovals < 1 {
		errs = append(errs, errors.New("config: approvals must be at least 1"))
	}
	if c.BlockApprovals < c.ReviewApprovals {
		errs = append(errs, errors.New("config: --block-approvals must not be below --review-approvals"))
	}
	if c.Crypto != "" && c.Crypto != "sha256" && c.Crypto != "sm" {
		errs = append(errs, errors.New("config: --crypto must be sha256 or sm"))
	}
	if c.CheckpointEvery < 100*time.Millisecond || c.CheckpointEvery > 24*time.Hour {
		errs = append(errs, errors.New("config: --checkpoint-every must be between 100ms and 24h"))
	}
	if c.CheckpointDir != "" && c.DataDir != "" {
		d, _ := filepath.Abs(c.DataDir)
		cp, _ := filepath.Abs(c.CheckpointDir)
		if rel, err := filepath.Rel(d, cp); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			errs = append(errs, errors.New("config: --checkpoint-dir must be outside the data folder (a copy beside the data proves nothing if both are replaced)"))
		}
	}
	if c.DraftRetention < 0 {
		errs = append(errs, errors.New("config: --draft-retention must not be negative"))
	}
	if c.Pprof != "" {
		host, _, err := net.SplitHostPort(c.Pprof)
		ip, perr := netip.ParseAddr(host)
		if err != nil || (host != "localhost" && (perr != nil || !ip.IsLoopback())) {
			errs = append(errs, fmt.Errorf("config: --pprof %q must be a loopback address such as 127.0.0.1:6060 (profiles show the service's memory)", c.Pprof))
		}
	}
	if c.RescanRetention < 0 {
		errs = append(errs, errors.New("config: --rescan-retention must not be negative"))
	}
	if c.MarkedDraftRetention < 0 {
		errs = append(errs, errors.New("config: --marked-draft-retention must not be negative"))
	}
	for _, p := range c.TrustedProxies {
		if !validProxy(p) {
			errs = append(errs, fmt.Errorf("config: --trusted-proxy %q is not an IP address or CIDR range", p))
		}
	}
	if c.MaxConns < 1 || c.MaxConnsPerIP < 1 || c.MaxUploads < 1 || c.MaxUploadBytesInFlight < 1 {
		errs = append(errs, errors.New("config: --max-conns, --max-conns-per-ip, --max-uploads and --max-inflight-mb must be at least 1"))
	}
	if c.RatePerToken < 0 {
		errs = append(errs, errors.New("config: --rate-per-token must not be negative"))
	}
	if c.BatchDelay < 0 || c.BatchDelay > time.Second {
		errs = append(errs, errors.New("config: --batch-delay must be between 0 and 1s"))
	}
	if _, err := c.Location(); err != nil {
		errs = append(errs, err)
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		errs = append(errs, fmt.Errorf("config: log format %q (want text or json)", c.LogFormat))
	}
	if c.Server != "" && !strings.HasPrefix(c.Server, "http://") && !strings.HasPrefix(c.Server, "https://") {
		errs = append(errs, fmt.Errorf("config: --server %q must start with http:// or https://", c.Server))
	}
	return errors.Join(errs...)
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// validProxy reports whether p is an IP address or a CIDR range.
func validProxy(p string) bool {
	if _, err := netip.ParsePrefix(p); err == nil {
		return true
	}
	_, err := netip.ParseAddr(p)
	return err == nil
}
