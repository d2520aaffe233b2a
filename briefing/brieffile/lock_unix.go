//go:build unix

package brieffile

import (
	"os"
	"syscall"
)

// lock marks a temporary file as being written, for the lifetime of the
// write; the lock goes with the process that holds it, however it ends.
func lock(f *os.File) (unlock func()) {
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX) != nil {
		return func() {}
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
}

// tryLock reports whether no write holds f, locking it if so.
func tryLock(f *os.File) (unlock func(), ok bool) {
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		return nil, false
	}
	return func() { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, true
}
