package ui

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// Run runs p, a program made with a model from New, until it ends, and
// then remembers the paragraph the reader was left at, however it ended:
// q or ctrl+c, SIGTERM or SIGINT (which Bubble Tea turns into its quit and
// interrupt), or SIGHUP and SIGQUIT, which Run turns into a quit so that
// closing the terminal restores it, and saves the position, instead of
// killing the process. It returns the program's error (tea.ErrInterrupted
// for SIGINT).
func Run(p *tea.Program) error {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGHUP, syscall.SIGQUIT)
	done := make(chan struct{})
	defer func() {
		signal.Stop(sig)
		close(done)
	}()
	go func() {
		select {
		case <-sig:
			p.Quit()
		case <-done:
		}
	}()
	final, err := p.Run()
	if m, ok := final.(*model); ok {
		m.remember() // a notice would find no screen now; the load said why, if the store is unusable
	}
	return err
}
