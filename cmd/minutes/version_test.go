package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	vcs := []debug.BuildSetting{
		{Key: "vcs", Value: "git"},
		{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
		{Key: "vcs.time", Value: "2026-12-01T10:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}
	for _, tt := range []struct {
		name string
		set  string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build info", "", nil, "minutes devel (record schema v1)\n"},
		{"devel", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "minutes devel (record schema v1)\n"},
		{"module version", "", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "minutes v1.2.3 (record schema v1)\n"},
		{"ldflags win", "v9.9.9", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "minutes v9.9.9 (record schema v1)\n"},
		{"revision", "", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}, Settings: vcs},
			"minutes v1.2.3 (record schema v1; commit 0123456789ab of 2026-12-01T10:00:00Z, modified)\n"},
		{"clean revision", "", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs[:2]},
			"minutes devel (record schema v1; commit 0123456789ab)\n"},
	} {
		if got := versionOf(tt.set, tt.bi); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
