package org.escrowbootstrap.workflow;

import java.io.IOException;
import java.nio.file.Path;

/** A child process for {@link InstanceLockTest}: holds the lock until its standard input closes. */
public final class LockHolderChild {

    static final String HOLDING = "CHILD: holding the lock";

    private LockHolderChild() {}

    public static void main(String[] args) throws IOException {
        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(Path.of(args[0]));
        if (!(attempt instanceof InstanceLock.Acquired acquired)) {
            System.out.println("CHILD: could not take the lock: " + attempt);
            return;
        }
        try (InstanceLock lock = acquired.lock()) {
            System.out.println(HOLDING);
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
        System.out.println("CHILD: released");
    }
}
