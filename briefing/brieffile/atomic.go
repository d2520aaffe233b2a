package brieffile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrNotRegular is returned for a destination that is not a regular file:
// a folder, a named pipe, a device or a socket.
var ErrNotRegular = errors.New("not a regular file; choose another name")

// WriteAtomic writes a file through write with the same guarantee as Save;
// exports use it too. The data goes to a temporary file beside the
// destination, which is synced and renamed over it, so a crash at any moment
// leaves the old file or the new one. A replaced file keeps its permissions;
// a new one gets the usual permissions under the user's umask. A symbolic
// link is followed, so that the file it points to is replaced and the link
// stays. A destination that exists and is not a regular file is refused.
// Temporary files that a killed earlier write of the same destination left
// behind are removed.
func WriteAtomic(path string, write func(io.Writer) error) (err error) {
	path, mode, err := destination(path)
	if err != nil {
		return err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	removeLeftovers(dir, base)
	tmp, err := createTemp(dir, base)
	if err != nil {
		return err
	}
	unlock := lock(tmp)
	defer func() {
		unlock()
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if mode != 0 {
		if err = tmp.Chmod(mode); err != nil {
			return err
		}
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync() // make the rename itself durable where the system allows
		d.Close()
	}
	return nil
}

// destination resolves symbolic links in path and returns the file to
// replace and its permissions (0 when it does not exist yet).
func destination(path string) (string, fs.FileMode, error) {
	for range 40 {
		st, err := os.Lstat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return path, 0, nil
		case err != nil:
			return "", 0, err
		case st.Mode()&fs.ModeSymlink != 0:
			target, err := os.Readlink(path)
			if err != nil {
				return "", 0, err
			}
			if !filepath.IsAbs(target) {
				target = filepath.Join(filepath.Dir(path), target)
			}
			path = target
		case !st.Mode().IsRegular():
			return "", 0, fmt.Errorf("%s: %w", path, ErrNotRegular)
		default:
			return path, st.Mode().Perm(), nil
		}
	}
	return "", 0, fmt.Errorf("%s: too many symbolic links", path)
}

// tempPrefix starts the names of the temporary files of a destination: hidden,
// beside it, ending in .tmp.
func tempPrefix(base string) string { return "." + base + "." }

// createTemp creates a new temporary file for base in dir. Unlike
// os.CreateTemp (always 0600), it asks for 0666, so that the file gets the
// permissions the user's umask gives new files.
func createTemp(dir, base string) (*os.File, error) {
	for range 100 {
		var b [6]byte
		rand.Read(b[:])
		name := filepath.Join(dir, tempPrefix(base)+hex.EncodeToString(b[:])+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("%s: no free name for a temporary file", dir)
}

// removeLeftovers removes the temporary files of base in dir that no
// running write holds: those of a write that was killed.
func removeLeftovers(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := tempPrefix(base)
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, name)
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		if unlock, ok := tryLock(f); ok {
			os.Remove(p)
			unlock()
		}
		f.Close()
	}
}
