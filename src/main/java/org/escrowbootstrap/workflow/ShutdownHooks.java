package org.escrowbootstrap.workflow;

/** Registers work to run when the JVM is stopped (SIGTERM, Ctrl-C); tests use a fake that runs it on demand. */
public interface ShutdownHooks {

    /** Registers {@code hook}; returns a handle that removes it again. */
    Registration register(String name, Runnable hook);

    /** Removes a registered hook. */
    @FunctionalInterface
    interface Registration {
        void remove();
    }

    /** The JVM's own shutdown hooks. */
    static ShutdownHooks jvm() {
        return (name, hook) -> {
            Thread thread = new Thread(hook, name);
            Runtime.getRuntime().addShutdownHook(thread);
            return () -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(thread);
                } catch (IllegalStateException e) {
                    // Already shutting down: the hook runs anyway, which is what we want.
                }
            };
        };
    }
}
