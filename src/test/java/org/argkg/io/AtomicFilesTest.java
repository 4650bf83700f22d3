package org.argkg.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.argkg.diagnostics.ArgkgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing through a temporary file and a rename: whole files, nothing left over, permissions like any other file's. */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    private static void posixOnly(Path dir) throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "a POSIX file system");
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileNotPrivateOnes() throws IOException {
        posixOnly(tmp);
        Path plain = Files.createFile(tmp.resolve("plain.txt")); // what the umask gives a new file here
        Path out = tmp.resolve("out.ttl");
        AtomicFiles.write(out, o -> o.write("x".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out)).isEqualTo("x");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        posixOnly(tmp);
        Path out = Files.writeString(tmp.resolve("shared.json"), "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(out, chosen);
        AtomicFiles.write(out, o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(chosen);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(tmp.resolve("keep.nq"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(out, o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(ArgkgException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(out)).isEqualTo("old");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.nq");
        }
    }
}
