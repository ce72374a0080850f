package main

import (
	"io"
	"os"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

// progressFrom is the batch size from which extract shows a progress bar:
// below it the run is over before a bar would say anything.
const progressFrom = 20

// progress is a bar on stderr counting documents done. It is shown only
// when stderr is a terminal and not in CI, so pipes, logs and scripts see
// exactly what they saw before; a nil *progress does nothing.
type progress struct {
	p   *mpb.Progress
	bar *mpb.Bar
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	if !ok || total <= progressFrom || os.Getenv("CI") != "" || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	p := mpb.New(mpb.WithOutput(f), mpb.WithWidth(40))
	bar := p.AddBar(int64(total),
		mpb.PrependDecorators(decor.CountersNoUnit("%d / %d documents")),
		mpb.AppendDecorators(decor.Percentage(), decor.Name(" "), decor.AverageETA(decor.ET_STYLE_GO)),
		mpb.BarRemoveOnComplete(),
	)
	return &progress{p: p, bar: bar}
}

// writer is where messages go while the bar runs: through the bar's
// container, which prints them above the bar instead of through it.
func (pr *progress) writer(w io.Writer) io.Writer {
	if pr == nil {
		return w
	}
	return pr.p
}

// done counts one document.
func (pr *progress) done() {
	if pr != nil {
		pr.bar.Increment()
	}
}

// finish removes the bar, so that the summary line follows the messages.
func (pr *progress) finish() {
	if pr == nil {
		return
	}
	pr.bar.Abort(true) // a no-op when complete; removes it after a write error
	pr.p.Wait()
}
