package org.escrowbootstrap.system;

/** Who sits at the Mac's screen: a real user, or nobody (and why). */
public sealed interface ConsoleUser {

    /** A user is logged in at the console. */
    record LoggedIn(String shortName, int uid) implements ConsoleUser {
        public LoggedIn {
            if (shortName == null || shortName.isBlank()) {
                throw new IllegalArgumentException("short name must not be blank");
            }
        }
    }

    /** Nobody who could see a dialog. */
    record Nobody(Reason reason) implements ConsoleUser {}

    /** Why nobody: the login window, Setup Assistant ({@code _mbsetupuser}) or root's session. */
    enum Reason {
        LOGIN_WINDOW,
        SETUP_ASSISTANT,
        ROOT
    }

    /** Maps the console's user name to who it means: {@code loginwindow}, {@code _mbsetupuser} and {@code root} are nobody. */
    static ConsoleUser fromName(String name, int uid) {
        if (name == null || name.isBlank() || name.equals("loginwindow")) {
            return new Nobody(Reason.LOGIN_WINDOW);
        }
        if (name.equals("_mbsetupuser")) {
            return new Nobody(Reason.SETUP_ASSISTANT);
        }
        if (name.equals("root")) {
            return new Nobody(Reason.ROOT);
        }
        return new LoggedIn(name, uid);
    }
}
