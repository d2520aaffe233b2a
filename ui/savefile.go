package ui

import (
	"errors"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens the chosen file for writing before it hands it
// over, which empties a file the user agreed to replace before anything has
// been written: a save or export that then fails would lose it. Briefdesk
// writes its files itself, atomically, so the writers the file repository
// gives out here touch nothing until they are written to, and then replace
// the file only when they are closed, through a temporary file beside it.

// fileRepository is everything Fyne's own file repository does.
type fileRepository interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.DeleteAllRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// deferredWrites is the file repository with writers that wait.
type deferredWrites struct{ fileRepository }

// deferFileWrites puts deferredWrites in place of the file repository the
// driver registered. It does nothing if there is none or it is not the one
// expected.
func deferFileWrites() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := r.(deferredWrites); done {
		return
	}
	if full, ok := r.(fileRepository); ok {
		repository.Register("file", deferredWrites{full})
	}
}

// Writer returns a writer that creates nothing until it is written to.
func (r deferredWrites) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if u.Scheme() != "file" || u.Path() == "" {
		return r.fileRepository.Writer(u)
	}
	return &deferredWriter{uri: u}, nil
}

// deferredWriter writes to a temporary file beside its file and renames it
// over the file when closed.
type deferredWriter struct {
	uri fyne.URI
	tmp *os.File
	err error
}

func (w *deferredWriter) URI() fyne.URI { return w.uri }

func (w *deferredWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.tmp == nil {
		path := w.uri.Path()
		w.tmp, w.err = os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
		if w.err != nil {
			return 0, w.err
		}
	}
	n, err := w.tmp.Write(p)
	if err != nil {
		w.err = err
	}
	return n, err
}

// Close replaces the file with what was written; without writes it leaves
// the file as it was. After an error the file is also left as it was.
func (w *deferredWriter) Close() error {
	if w.tmp == nil {
		return w.err
	}
	tmp := w.tmp
	w.tmp = nil
	err := w.err
	if err == nil {
		mode := os.FileMode(0o644)
		if st, serr := os.Stat(w.uri.Path()); serr == nil {
			mode = st.Mode().Perm()
		}
		err = tmp.Chmod(mode)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), w.uri.Path())
	}
	if err != nil {
		os.Remove(tmp.Name())
		if w.err == nil {
			w.err = err
		}
		return err
	}
	w.err = errors.New("closed")
	return nil
}
