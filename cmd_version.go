package main

import (
	"runtime/debug"
)

// buildVersion is resolute's module version and the VCS commit it was
// built from, as the Go toolchain stamped them into the binary. A build
// outside a repository has no commit, and "go run" no version.
func buildVersion() (version, commit string) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown", ""
	}
	version = info.Main.Version
	if version == "" || version == "(devel)" {
		version = "devel"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			commit = s.Value
		}
	}
	return version, commit
}
