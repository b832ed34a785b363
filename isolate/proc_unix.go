//go:build unix

package isolate

import (
	"os/exec"
	"syscall"
)

// setRlimits sets the child's hard limits: RLIMIT_DATA bounds its heap
// (Go reserves over a gigabyte of address space at start, so RLIMIT_AS
// cannot), RLIMIT_CPU its processor time should the parent fail to stop it.
func setRlimits(memory, cpuSeconds int64) {
	syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: uint64(memory), Max: uint64(memory)})
	if cpuSeconds > 0 {
		syscall.Setrlimit(syscall.RLIMIT_CPU, &syscall.Rlimit{Cur: uint64(cpuSeconds), Max: uint64(cpuSeconds) + 1})
	}
}

// signalName names the signal that ended the child.
func signalName(ee *exec.ExitError) string {
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		switch ws.Signal() {
		case syscall.SIGXCPU:
			return "out of processor time"
		case syscall.SIGKILL:
			return "killed"
		}
		return ws.Signal().String()
	}
	return "killed"
}
