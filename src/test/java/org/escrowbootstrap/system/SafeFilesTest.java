package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    private final SafeFiles files = new SafeFiles(FileTrust.forUid(0));

    @BeforeEach
    void rootsFolder() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void folder_createsMissingFolders_readableByAll_writableByRootAlone() throws Exception {
        Path run = files.folder(dir.resolve("a/run"));

        assertThat(run).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run)))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void folder_ownedByAUser_isRefused() throws Exception {
        Path users = Files.createDirectory(dir.resolve("users"));
        Files.setAttribute(users, "unix:uid", 501);

        assertThatThrownBy(() -> files.folder(users))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("refusing the folder")
                .hasMessageContaining("owned by uid 501");
    }

    @Test
    void open_aLinkAtTheName_isRefused_andItsTargetUntouched() throws Exception {
        Path target = Files.writeString(dir.resolve("sudoers"), "root ALL=(ALL) ALL\n");
        Path log = Files.createSymbolicLink(dir.resolve("escrow.log"), target);

        assertThatThrownBy(() -> files.open(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThat(target).hasContent("root ALL=(ALL) ALL");
    }

    @Test
    void open_createsAFileReadableByAll_andAppends() throws Exception {
        Path log = dir.resolve("escrow.log");
        try (FileChannel out = files.open(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap("one\n".getBytes(StandardCharsets.UTF_8)));
        }
        try (FileChannel out = files.open(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(ByteBuffer.wrap("two\n".getBytes(StandardCharsets.UTF_8)));
        }

        assertThat(log).hasContent("one\ntwo");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void open_aFileOwnedByAUser_isRefused() throws Exception {
        Path marker = Files.writeString(dir.resolve("elevated-user"), "mallory\n");
        Files.setAttribute(marker, "unix:uid", 501);

        assertThatThrownBy(() -> files.read(marker, 100)).hasMessageContaining("owned by uid 501");
    }

    @Test
    void read_readsAtMostTheCap_andNothingWhenAbsent() throws Exception {
        Path marker = Files.writeString(dir.resolve("elevated-user"), "x".repeat(1000));

        assertThat(files.read(marker, 10)).hasValueSatisfying(b -> assertThat(b).hasSize(10));
        assertThat(files.read(dir.resolve("absent"), 10)).isEmpty();
    }
}
