package org.escrowbootstrap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One escrow at a time, across processes, and a crashed holder never blocks the next run. */
class InstanceLockTest {

    @TempDir
    Path root;

    @Test
    void tryAcquire_createsTheRunDirectoryAndTakesTheLock() {
        Path runDirectory = root.resolve("a/b/run");

        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(runDirectory);

        assertThat(attempt).isInstanceOf(InstanceLock.Acquired.class);
        assertThat(runDirectory.resolve(InstanceLock.FILE_NAME)).exists();
        ((InstanceLock.Acquired) attempt).lock().close();
    }

    @Test
    void tryAcquire_twiceInOneProcess_secondIsBusyUntilTheFirstIsClosed() {
        InstanceLock.Acquired first = (InstanceLock.Acquired) InstanceLock.tryAcquire(root);

        assertThat(InstanceLock.tryAcquire(root)).isEqualTo(new InstanceLock.Busy(root.resolve("escrow.lock")));
        first.lock().close();
        InstanceLock.Attempt again = InstanceLock.tryAcquire(root);
        assertThat(again).isInstanceOf(InstanceLock.Acquired.class);
        ((InstanceLock.Acquired) again).lock().close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tryAcquire_whileAnotherProcessHoldsIt_isBusy_andFreeOnceItReleases() throws Exception {
        try (ChildJvm child = ChildJvm.start(LockHolderChild.class, root.toString())) {
            child.awaitLine(LockHolderChild.HOLDING);

            assertThat(InstanceLock.tryAcquire(root)).isInstanceOf(InstanceLock.Busy.class);

            child.process().getOutputStream().close();
            assertThat(child.awaitExit()).contains("CHILD: released");
        }
        InstanceLock.Attempt after = InstanceLock.tryAcquire(root);
        assertThat(after).isInstanceOf(InstanceLock.Acquired.class);
        ((InstanceLock.Acquired) after).lock().close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tryAcquire_afterTheHolderWasKilled_succeeds() throws Exception {
        try (ChildJvm child = ChildJvm.start(LockHolderChild.class, root.toString())) {
            child.awaitLine(LockHolderChild.HOLDING);
            child.process().destroyForcibly();
            child.process().waitFor();
        }
        assertThat(root.resolve(InstanceLock.FILE_NAME)).exists();

        InstanceLock.Attempt after = InstanceLock.tryAcquire(root);

        assertThat(after).isInstanceOf(InstanceLock.Acquired.class);
        ((InstanceLock.Acquired) after).lock().close();
    }

    @Test
    void tryAcquire_whereTheFolderIsAFile_isUnusable() throws Exception {
        Path file = root.resolve("run");
        Files.writeString(file, "not a folder");

        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(file);

        assertThat(attempt).isInstanceOf(InstanceLock.Unusable.class);
    }

    @Test
    void tryAcquire_inAFolderAUserOwns_isUnusable() throws Exception {
        Path run = Files.createDirectory(root.resolve("run"));
        Files.setAttribute(run, "unix:uid", 501);

        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(run);

        assertThat(attempt).isInstanceOf(InstanceLock.Unusable.class);
        assertThat(((InstanceLock.Unusable) attempt).reason()).contains("owned by uid 501");
    }

    @Test
    void tryAcquire_whereTheLockIsALink_isUnusable_andNothingIsCreatedAtItsTarget() throws Exception {
        Path target = root.resolve("elsewhere");
        Files.createSymbolicLink(root.resolve(InstanceLock.FILE_NAME), target);

        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(root);

        assertThat(attempt).isInstanceOf(InstanceLock.Unusable.class);
        assertThat(((InstanceLock.Unusable) attempt).reason()).contains("symbolic link");
        assertThat(target).doesNotExist();
    }
}
