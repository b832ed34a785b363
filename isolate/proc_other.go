//go:build !unix

package isolate

import "os/exec"

// setRlimits does nothing where there are no resource limits; the Go
// memory limit and the parent's deadlines still apply.
func setRlimits(memory, cpuSeconds int64) {}

// signalName names how the child was stopped.
func signalName(ee *exec.ExitError) string { return "killed" }
