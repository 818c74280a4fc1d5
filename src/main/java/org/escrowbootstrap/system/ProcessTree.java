package org.escrowbootstrap.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Kills a process and everything it started, so a hung tool leaves no orphan behind. */
public final class ProcessTree {

    private ProcessTree() {}

    /**
     * Kills {@code root} and its descendants with SIGKILL. The tree is snapshotted before anything is killed (a killed
     * parent's children are re-parented and can no longer be found), and swept again for anything a member started
     * in between.
     */
    public static void kill(ProcessHandle root) {
        Set<ProcessHandle> killed = new LinkedHashSet<>();
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> batch = new ArrayList<>();
            if (root.isAlive() && !killed.contains(root)) {
                batch.add(root);
            }
            root.descendants().forEach(batch::add);
            for (ProcessHandle member : killed) {
                if (member.isAlive()) {
                    member.descendants().forEach(batch::add);
                }
            }
            batch.removeIf(h -> killed.contains(h) || !h.isAlive());
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(ProcessHandle::destroyForcibly);
            killed.addAll(batch);
        }
    }
}
