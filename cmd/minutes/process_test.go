package main

import (
	"fmt"
	"io"
	"sync"
	"testing"
	"time"
)

// TestProcessBounded: however many inputs, at most n work calls run at
// once and at most about 2n documents are started but not yet emitted,
// even when emitting is slow (a full disk, a slow pipe): a batch of any
// size runs in flat memory. Outcomes still come out in input order.
func TestProcessBounded(t *testing.T) {
	const n, total = 3, 200
	inputs := make([]input, total)
	for i := range inputs {
		inputs[i] = input{path: fmt.Sprint(i)}
	}
	var mu sync.Mutex
	running, maxRunning, started, emitted, maxPending := 0, 0, 0, 0, 0
	work := func(in input, _ io.Reader) outcome {
		mu.Lock()
		running++
		started++
		maxRunning = max(maxRunning, running)
		maxPending = max(maxPending, started-emitted)
		mu.Unlock()
		time.Sleep(50 * time.Microsecond)
		mu.Lock()
		running--
		mu.Unlock()
		return outcome{in: in}
	}
	next := 0
	emit := func(o outcome) {
		if o.in.path != fmt.Sprint(next) {
			t.Fatalf("emitted %s, want %d", o.in.path, next)
		}
		next++
		time.Sleep(200 * time.Microsecond) // slower than the workers
		mu.Lock()
		emitted++
		mu.Unlock()
	}
	process(inputs, n, nil, work, emit)
	if next != total {
		t.Fatalf("emitted %d outcomes, want %d", next, total)
	}
	if maxRunning > n {
		t.Errorf("%d work calls at once, want at most %d", maxRunning, n)
	}
	// 2n queued, one held by the feeder, one being emitted.
	if maxPending > 2*n+2 {
		t.Errorf("%d documents in flight, want at most %d", maxPending, 2*n+2)
	}
}
