package org.escrowbootstrap.system;

import org.escrowbootstrap.model.Secret;

/** What to type at a prompt: plain text, or a secret that is never turned into a String and is hidden from output. */
public sealed interface Reply {

    static Reply text(String text) {
        return new Text(text);
    }

    static Reply secret(Secret secret) {
        return new Hidden(secret);
    }

    /** Text that may appear in logs, such as a user name. */
    record Text(String text) implements Reply {
        public Text {
            if (text == null) {
                throw new IllegalArgumentException("text must not be null");
            }
        }
    }

    /** A password: written to the terminal straight from its characters and redacted from everything captured. */
    record Hidden(Secret secret) implements Reply {
        public Hidden {
            if (secret == null) {
                throw new IllegalArgumentException("secret must not be null");
            }
        }
    }
}
