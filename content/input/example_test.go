package input_test

import (
	"fmt"

	"resolute/content/input"
)

func ExampleDecode() {
	text, err := input.Decode([]byte("R\xe9solution 65/122\r\n1. D\xe9cide\x1b]0;pwned\x07 de\r"))
	fmt.Printf("%q %v\n", text, err)
	_, err = input.Decode([]byte("%PDF-1.7\n"))
	fmt.Println(err)
	// Output:
	// "Résolution 65/122\n1. Décide de\n" <nil>
	// PDF file, not text (extract its text first, e.g. with pdftotext -layout)
}

func ExampleClean() {
	fmt.Printf("%q\n", input.Clean("OP1\x1b[2J \u202eDecides\u202c\u0085"))
	// Output: "OP1 Decides"
}
