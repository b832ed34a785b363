package termsafe_test

import (
	"fmt"

	"resolute/termsafe"
)

func ExampleFilter() {
	out := termsafe.Filter("\x1b[1mOP1\x1b[m Decides\x1b]52;c;cm0gLXJm\x07 \x1b[2Jto act\u009b")
	fmt.Printf("%q\n", out)
	// Output: "\x1b[1mOP1\x1b[m Decides to act"
}

func ExampleLink() {
	fmt.Printf("%q\n", termsafe.Link("https://undocs.org/A/RES/65/122", "A/RES/65/122"))
	fmt.Printf("%q\n", termsafe.Link("javascript:alert(1)", "click"))
	// Output:
	// "\x1b]8;;https://undocs.org/A/RES/65/122\aA/RES/65/122\x1b]8;;\a"
	// "click"
}

func ExampleEscapeMarkdown() {
	fmt.Println(termsafe.EscapeMarkdown("1. Decides that *all* States & www.un.org"))
	// Output: 1\. Decides that \*all\* States &amp; www\.un.org
}
