package export

import (
	"fmt"
	"os"
	"testing"
)

// TestDumpText prints Text of the XML file EXPORT_DUMP, for development.
func TestDumpText(t *testing.T) {
	path := os.Getenv("EXPORT_DUMP")
	if path == "" {
		t.Skip("set EXPORT_DUMP=file.xml to print its text")
	}
	fmt.Println(Text(parseXML(t, path)))
}
