package input

import "fmt"

// InputError says why an input cannot be read as minutes. The CLI prints it
// as "minutes: NAME: Reason" and counts the input as failed.
type InputError struct {
	Name   string // the source name as given
	Reason string // lower case, says what is wrong and, where it helps, what to do
}

func (e *InputError) Error() string {
	if e.Name == "" {
		return e.Reason
	}
	return e.Name + ": " + e.Reason
}

func InputErrorf(name, format string, args ...any) *InputError {
	return &InputError{Name: name, Reason: fmt.Sprintf(format, args...)}
}
