package main

import (
	"io"
	"sync"
)

// process runs work over the inputs on n workers and hands each outcome
// to emit in input order. At most 2n documents are in flight, so memory
// stays flat however many inputs there are.
func process(inputs []input, n int, stdin io.Reader, work func(input, io.Reader) outcome, emit func(outcome)) {
	if n > len(inputs) {
		n = len(inputs)
	}
	if n <= 1 {
		for _, in := range inputs {
			emit(work(in, stdin))
		}
		return
	}
	type slot struct {
		done chan outcome
	}
	// The queue carries each input's slot in order; workers fill slots in
	// any order; the caller drains slots in order.
	slots := make(chan slot, 2*n)
	jobs := make(chan struct {
		in input
		s  slot
	})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.s.done <- work(j.in, stdin)
			}
		}()
	}
	go func() {
		for _, in := range inputs {
			s := slot{done: make(chan outcome, 1)}
			slots <- s // blocks while 2n results wait to be emitted
			jobs <- struct {
				in input
				s  slot
			}{in, s}
		}
		close(jobs)
		close(slots)
	}()
	for s := range slots {
		emit(<-s.done)
	}
	wg.Wait()
}
