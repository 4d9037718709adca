package htmlx

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"golang.org/x/image/colornames"
)

// cssColor reads a CSS colour value (lower case, runs of white space
// single, as declares gives it) as "#rrggbb", "transparent" for one that
// draws nothing (alpha 0), or "" for one not known here: a colour seen
// through (alpha between 0 and 1), currentcolor, var(), a colour space
// the page's reader would have to convert. It takes every way a colour
// is written in pages that editors and browsers make: names (white,
// snow), #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() with commas or
// spaces and "/ alpha", numbers or percentages, and hsl()/hsla().
func cssColor(v string) string {
	v = strings.TrimSpace(v)
	if v == "transparent" {
		return v
	}
	if c, ok := colornames.Map[v]; ok {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	if hex, ok := strings.CutPrefix(v, "#"); ok {
		return hexColour(hex)
	}
	name, inner, ok := strings.Cut(v, "(")
	if !ok || !strings.HasSuffix(inner, ")") {
		return ""
	}
	args, alpha, ok := colourArgs(strings.TrimSuffix(inner, ")"))
	if !ok {
		return ""
	}
	if a, ok := alphaOf(alpha); !ok {
		return ""
	} else if a == 0 {
		return "transparent"
	} else if a < 0.99 {
		return "" // seen through: not the colour itself
	}
	var rgb [3]float64
	switch name {
	case "rgb", "rgba":
		for i, s := range args {
			c, ok := channel(s)
			if !ok {
				return ""
			}
			rgb[i] = c
		}
	case "hsl", "hsla":
		h, ok1 := hue(args[0])
		s, ok2 := percent(args[1])
		l, ok3 := percent(args[2])
		if !ok1 || !ok2 || !ok3 {
			return ""
		}
		rgb = hslToRGB(h, s, l)
	default:
		return ""
	}
	return fmt.Sprintf("#%02x%02x%02x", int(math.Round(rgb[0])), int(math.Round(rgb[1])), int(math.Round(rgb[2])))
}

// hexColour reads the digits of #rgb, #rgba, #rrggbb or #rrggbbaa.
func hexColour(h string) string {
	if strings.Trim(h, "0123456789abcdef") != "" {
		return ""
	}
	if len(h) == 3 || len(h) == 4 {
		long := make([]byte, 0, 8)
		for i := range len(h) {
			long = append(long, h[i], h[i])
		}
		h = string(long)
	}
	switch len(h) {
	case 6:
		return "#" + h
	case 8:
		a, _ := strconv.ParseUint(h[6:], 16, 8)
		switch {
		case a == 0:
			return "transparent"
		case a < 0xfd:
			return ""
		}
		return "#" + h[:6]
	}
	return ""
}

// colourArgs splits the arguments of rgb() or hsl(), written with commas
// (rgb(255, 255, 255, 0.5)) or spaces and a slash (rgb(255 255 255 /
// 50%)), into three components and the alpha ("" when none is given).
func colourArgs(s string) (args []string, alpha string, ok bool) {
	if body, a, slash := strings.Cut(s, "/"); slash {
		s, alpha = body, strings.TrimSpace(a)
	}
	if strings.Contains(s, ",") {
		args = strings.Split(s, ",")
	} else {
		args = strings.Fields(s)
	}
	for i := range args {
		args[i] = strings.TrimSpace(args[i])
	}
	if len(args) == 4 && alpha == "" {
		args, alpha = args[:3], args[3]
	}
	return args, alpha, len(args) == 3
}

// alphaOf reads an alpha value, a number or a percentage, 1 when none is
// given.
func alphaOf(s string) (float64, bool) {
	if s == "" {
		return 1, true
	}
	if p, ok := strings.CutSuffix(s, "%"); ok {
		f, err := strconv.ParseFloat(p, 64)
		return f / 100, err == nil
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// channel reads one channel of rgb(): 0..255 or a percentage, clamped.
func channel(s string) (float64, bool) {
	p, pct := strings.CutSuffix(s, "%")
	f, err := strconv.ParseFloat(p, 64)
	if err != nil {
		return 0, false
	}
	if pct {
		f = f * 255 / 100
	}
	return min(max(f, 0), 255), true
}

// percent reads a percentage (a bare number in the newer syntax) as 0..1.
func percent(s string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	return min(max(f/100, 0), 1), err == nil
}

// hue reads an angle (deg, turn, rad, grad or a bare number of degrees)
// as degrees in [0, 360).
func hue(s string) (float64, bool) {
	unit := 1.0
	for _, u := range []struct {
		suffix string
		deg    float64
	}{{"deg", 1}, {"grad", 0.9}, {"rad", 180 / math.Pi}, {"turn", 360}} {
		if p, ok := strings.CutSuffix(s, u.suffix); ok {
			s, unit = p, u.deg
			break
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	f = math.Mod(f*unit, 360)
	if f < 0 {
		f += 360
	}
	return f, true
}

// hslToRGB converts a hue in degrees and a saturation and lightness in
// 0..1 to channels in 0..255, as CSS Color 4 defines it.
func hslToRGB(h, s, l float64) [3]float64 {
	f := func(n float64) float64 {
		k := math.Mod(n+h/30, 12)
		a := s * min(l, 1-l)
		return 255 * (l - a*max(-1, min(k-3, 9-k, 1)))
	}
	return [3]float64{f(0), f(8), f(4)}
}

// backgroundColour is the colour a background or background-color value
// paints: "transparent" for none, "" for a picture or a gradient (the
// colour text is drawn on is not known) or for no colour known.
func backgroundColour(v string) string {
	if v == "none" {
		return "transparent"
	}
	if strings.Contains(v, "url(") || strings.Contains(v, "gradient(") || strings.Contains(v, "image(") || strings.Contains(v, "image-set(") {
		return ""
	}
	if c := cssColor(v); c != "" {
		return c
	}
	// The shorthand: a colour among positions and repeats.
	depth, start := 0, 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) {
			switch v[i] {
			case '(':
				depth++
				continue
			case ')':
				depth--
				continue
			case ' ':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		if c := cssColor(v[start:i]); c != "" {
			return c
		}
		start = i + 1
	}
	return ""
}
