package library

import (
	"os"
	"testing"

	"resolute/isolate"
)

// TestMain lets the test binary serve as the child process that reads
// PDFs (package isolate).
func TestMain(m *testing.M) {
	isolate.Serve()
	os.Exit(m.Run())
}
