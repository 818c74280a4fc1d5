package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTrustTest {

    @TempDir
    Path dir;

    private final FileTrust root = FileTrust.forUid(0);
    private Path tool;

    @BeforeEach
    void rootOwnedTool() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        tool = Files.writeString(dir.resolve("tool"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void rootsToolInRootsFolders_isTrusted_evenUnderTheStickyTmp() {
        assertThat(root.fileProblem(tool)).isEmpty();
    }

    @Test
    void aFileOwnedByAnotherUser_isNotTrusted() throws Exception {
        Files.setAttribute(tool, "unix:uid", 501);

        assertThat(root.fileProblem(tool)).hasValueSatisfying(p -> assertThat(p).contains("owned by uid 501"));
    }

    @Test
    void aFileOwnedByThisProcessesOwnUser_isTrusted() throws Exception {
        Files.setAttribute(tool, "unix:uid", 501);
        Files.setAttribute(dir, "unix:uid", 501);

        assertThat(FileTrust.forUid(501).fileProblem(tool)).isEmpty();
    }

    @Test
    void aWorldWritableFile_isNotTrusted() throws Exception {
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xrwx"));

        assertThat(root.fileProblem(tool)).hasValueSatisfying(p -> assertThat(p).contains("mode 757"));
    }

    @Test
    void aFolderAboveThatAUserOwns_makesEverythingBelowUntrusted() throws Exception {
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        Path inner = Files.copy(tool, deep.resolve("tool"));
        Files.setAttribute(dir.resolve("a"), "unix:uid", 501);

        assertThat(root.fileProblem(inner))
                .hasValueSatisfying(p -> assertThat(p).contains(dir.resolve("a") + " is owned"));
    }

    @Test
    void aGroupWritableFolderAbove_withoutTheStickyBit_isNotTrusted() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxr-x"));

        assertThat(root.fileProblem(tool)).isPresent();
    }

    @Test
    void aLinkToAnUntrustedFile_isJudgedByItsTarget() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("user"));
        Path planted = Files.copy(tool, elsewhere.resolve("planted"));
        Files.setAttribute(planted, "unix:uid", 501);
        Path link = Files.createSymbolicLink(dir.resolve("link"), planted);

        assertThat(root.fileProblem(link)).hasValueSatisfying(p -> assertThat(p).contains("planted"));
    }

    @Test
    void aFolderWeWriteIn_mayNotBeWorldWritable_evenWithTheStickyBit() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setAttribute(shared, "unix:mode", 0_1777);

        assertThat(root.folderProblem(shared)).isPresent();
        assertThat(root.folderProblem(dir)).isEmpty();
    }

    @Test
    void aFileIsNoFolder() {
        assertThat(root.folderProblem(tool))
                .hasValueSatisfying(p -> assertThat(p).contains("is not a folder"));
    }
}
