//go:build !unix

package brieffile

import (
	"os"
	"time"
)

// lock does nothing where there are no advisory locks; tryLock then goes
// by age instead.
func lock(*os.File) (unlock func()) { return func() {} }

// tryLock reports whether f is old enough that no running write can hold it.
func tryLock(f *os.File) (unlock func(), ok bool) {
	st, err := f.Stat()
	if err != nil || time.Since(st.ModTime()) < time.Hour {
		return nil, false
	}
	return func() {}, true
}
