package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follower stepped by hand: each poll is one look at the file, so no test waits on a clock. */
class CommandFileFollowerTest {

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Path file() {
        return dir.resolve("dialog.log");
    }

    private void append(String text) throws Exception {
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] bytes) throws Exception {
        Files.write(file(), bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private CommandFileFollower follower() {
        return CommandFileFollower.stepped(file(), lines::add, warnings::add);
    }

    @Test
    void linesWrittenBeforeTheStart_areIgnored_andLaterOnesDeliveredInOrder() throws Exception {
        append("quit:\n");
        CommandFileFollower follower = follower();
        append("progress: 10\nprogress: 20\n");
        follower.poll();

        assertThat(lines).containsExactly("progress: 10", "progress: 20");
    }

    @Test
    void aPartialLine_waitsForItsNewline() throws Exception {
        CommandFileFollower follower = follower();
        append("title: Hal");
        follower.poll();
        assertThat(lines).isEmpty();

        append("lo\r\n");
        follower.poll();
        assertThat(lines).containsExactly("title: Hallo");
    }

    @Test
    void aFileCreatedAfterTheStart_isReadFromItsStart() throws Exception {
        CommandFileFollower follower = follower();
        follower.poll();
        append("progress: 5\n");
        follower.poll();

        assertThat(lines).containsExactly("progress: 5");
    }

    @Test
    void anEmptiedFile_isReadAgainFromItsStart() throws Exception {
        append("old line that is long enough\n");
        CommandFileFollower follower = follower();
        Files.writeString(file(), "new\n");
        follower.poll();

        assertThat(lines).containsExactly("new");
    }

    @Test
    void aReplacedFile_andADeletedThenRecreatedOne_areFollowed() throws Exception {
        CommandFileFollower follower = follower();
        append("one\n");
        follower.poll();
        Path other = Files.writeString(dir.resolve("next.log"), "two and more\n");
        Files.move(other, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        follower.poll();
        Files.delete(file());
        follower.poll();
        append("three\n");
        follower.poll();

        assertThat(lines).containsExactly("one", "two and more", "three");
    }

    @Test
    void aSymlink_isRefusedWithOneWarning() throws Exception {
        Path target = Files.writeString(dir.resolve("target.log"), "");
        Files.createSymbolicLink(file(), target);
        CommandFileFollower follower = follower();
        Files.writeString(target, "quit:\n");
        follower.poll();
        follower.poll();

        assertThat(lines).isEmpty();
        assertThat(warnings).hasSize(1).first().asString().contains("symbolic link");
    }

    @Test
    void invalidUtf8_andAHugeLine_areOneWarningEach_andTheNextLineStillCounts() throws Exception {
        CommandFileFollower follower = follower();
        append(new byte[] {'t', 'i', (byte) 0xC3, '\n'});
        append("x".repeat(CommandFileFollower.MAX_LINE_BYTES + 10) + "\n");
        append("title: ok\n");
        follower.poll();

        assertThat(lines).containsExactly("title: ok");
        assertThat(warnings).hasSize(2);
    }

    @Test
    void aConsumerThatThrows_isAWarning_andFollowingGoesOn() throws Exception {
        List<String> seen = new ArrayList<>();
        CommandFileFollower follower = CommandFileFollower.stepped(
                file(),
                line -> {
                    seen.add(line);
                    if (line.equals("bad")) {
                        throw new IllegalStateException("boom");
                    }
                },
                warnings::add);
        append("bad\ngood\n");
        follower.poll();

        assertThat(seen).containsExactly("bad", "good");
        assertThat(warnings).containsExactly("command file: a line could not be applied (IllegalStateException)");
    }

    @Test
    void readExisting_deliversEveryCompleteLine() throws Exception {
        append("title: A\nprogress: 3\npartial");

        CommandFileFollower.readExisting(file(), lines::add, warnings::add);

        assertThat(lines).containsExactly("title: A", "progress: 3");
    }
}
