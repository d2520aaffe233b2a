package briefing

import "fmt"

// Reason is an error a front end can say in its own language: Format is the
// English message, which is also the key of its translations, and Args fill
// it in (an Arg that is an error is translated in turn). Kind is the error
// it is an instance of, for errors.Is.
type Reason struct {
	Kind   error
	Format string
	Args   []any
}

// Because returns a Reason of the given kind.
func Because(kind error, format string, args ...any) error {
	return &Reason{Kind: kind, Format: format, Args: args}
}

func (r *Reason) Error() string { return fmt.Sprintf(r.Format, r.Args...) }

// Unwrap makes errors.Is(r, r.Kind) true.
func (r *Reason) Unwrap() error { return r.Kind }
