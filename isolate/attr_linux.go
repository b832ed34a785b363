package isolate

import "syscall"

// childAttr makes the kernel kill the child should the parent die first.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
