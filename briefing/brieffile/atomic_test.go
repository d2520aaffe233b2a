//go:build unix

package brieffile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestNewFilesHonourTheUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "비공개.pdf")
	if err := WriteAtomic(path, writeString("x")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("a new file under umask 077 is %v", st.Mode().Perm())
	}
	syscall.Umask(0o022)
	os.Chmod(path, 0o640)
	if err := WriteAtomic(path, writeString("y")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("a replaced file lost its permissions: %v", st.Mode().Perm())
	}
}

func TestSymlinksAreFollowed(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "실제", "주간.brief")
	os.Mkdir(filepath.Dir(target), 0o755)
	os.WriteFile(target, []byte("old"), 0o644)
	link := filepath.Join(dir, "바로가기.brief")
	os.Symlink(filepath.Join("실제", "주간.brief"), link)
	if err := WriteAtomic(link, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(target); string(data) != "new" {
		t.Errorf("the file the link points to holds %q", data)
	}
	// A link to a file not there yet creates it.
	dangling := filepath.Join(dir, "새.brief")
	os.Symlink("없던.brief", dangling)
	if err := WriteAtomic(dangling, writeString("created")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "없던.brief")); string(data) != "created" {
		t.Errorf("dangling link: %q", data)
	}
	loop := filepath.Join(dir, "loop")
	os.Symlink("loop", loop)
	if err := WriteAtomic(loop, writeString("x")); err == nil {
		t.Error("a link to itself was written")
	}
}

func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.pdf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here")
	}
	for _, p := range []string{fifo, dir, "/dev/null"} {
		err := WriteAtomic(p, writeString("x"))
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: %v", p, err)
		}
	}
	if st, _ := os.Lstat(fifo); st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the named pipe was replaced")
	}
}

func TestLeftoversOfKilledWritesRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "주간.pdf")
	killed := filepath.Join(dir, ".주간.pdf.0123456789ab.tmp")
	os.WriteFile(killed, []byte("half"), 0o600)
	// A write still running holds its temporary file.
	running, _ := os.OpenFile(filepath.Join(dir, ".주간.pdf.ba9876543210.tmp"), os.O_CREATE|os.O_RDWR, 0o600)
	unlock := lock(running)
	other := filepath.Join(dir, ".다른.pdf.0123456789ab.tmp")
	os.WriteFile(other, []byte("not ours"), 0o600)
	if err := WriteAtomic(path, writeString("whole")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(killed); err == nil {
		t.Error("the killed write's temporary file is still there")
	}
	if _, err := os.Stat(running.Name()); err != nil {
		t.Error("a running write's temporary file was removed")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("another destination's temporary file was removed")
	}
	unlock()
	running.Close()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 { // the file, the running write's, the other destination's
		t.Errorf("%d entries left", len(entries))
	}
}
