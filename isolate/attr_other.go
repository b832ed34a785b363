//go:build !linux

package isolate

import "syscall"

// childAttr returns nil: only Linux can tie the child's life to the
// parent's; elsewhere RLIMIT_CPU and the parent's deadline end it.
func childAttr() *syscall.SysProcAttr {
	return nil
}
