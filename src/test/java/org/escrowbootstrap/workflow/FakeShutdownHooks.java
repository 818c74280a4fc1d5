package org.escrowbootstrap.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shutdown hooks that run only when a test says so, as if the JVM were stopped at that moment. */
final class FakeShutdownHooks implements ShutdownHooks {

    private final Map<Integer, Runnable> active = new LinkedHashMap<>();
    private final List<String> registeredNames = new ArrayList<>();
    private int next;

    @Override
    public synchronized Registration register(String name, Runnable hook) {
        int id = next++;
        active.put(id, hook);
        registeredNames.add(name);
        return () -> {
            synchronized (FakeShutdownHooks.this) {
                active.remove(id);
            }
        };
    }

    /** Runs every hook still registered, as a SIGTERM would. */
    void stopJvm() {
        List<Runnable> hooks;
        synchronized (this) {
            hooks = List.copyOf(active.values());
        }
        hooks.forEach(Runnable::run);
    }

    synchronized int activeCount() {
        return active.size();
    }

    synchronized List<String> registeredNames() {
        return List.copyOf(registeredNames);
    }
}
