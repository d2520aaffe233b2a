package ui

import (
	"bytes"
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"github.com/briefdesk/briefdesk/briefing/desk"
)

// Fyne's save dialog opens the chosen file for writing before it hands it
// over, which empties a file the user agreed to replace before anything has
// been written: a save or export that then fails would lose it. Briefdesk
// writes its files itself, atomically, so the writers the file repository
// gives out here touch nothing until they are closed, and then replace the
// file as desk.WriteFile does.

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

// Writer returns a writer that creates nothing until it is closed.
func (r deferredWrites) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if u.Scheme() != "file" || u.Path() == "" {
		return r.fileRepository.Writer(u)
	}
	return &deferredWriter{uri: u}, nil
}

// deferredWriter keeps what is written to it and replaces its file with
// it, atomically, when closed.
type deferredWriter struct {
	uri     fyne.URI
	buf     bytes.Buffer
	written bool
	closed  bool
}

func (w *deferredWriter) URI() fyne.URI { return w.uri }

func (w *deferredWriter) Write(p []byte) (int, error) {
	if w.closed {
		return 0, errors.New("closed")
	}
	w.written = true
	return w.buf.Write(p)
}

// Close replaces the file with what was written; without writes it leaves
// the file as it was. If the write fails the file is also left as it was.
func (w *deferredWriter) Close() error {
	if w.closed || !w.written {
		w.closed = true
		return nil
	}
	w.closed = true
	return desk.WriteFile(w.uri.Path(), func(out io.Writer) error {
		_, err := out.Write(w.buf.Bytes())
		return err
	})
}
