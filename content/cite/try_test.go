package cite

import (
	"fmt"
	"testing"
)

func TestTry2(t *testing.T) {
	s := "\tRecalling its resolutions 48/218\u00a0B of 29 July 1994, 54/244 of 23 December 1999, 59/272 of 23 December 2004, 60/259 of 8 May 2006,"
	for _, m := range Scan(s, "en", "General Assembly") {
		fmt.Printf("%+v %q\n", m, s[m.Start:m.End])
	}
}
