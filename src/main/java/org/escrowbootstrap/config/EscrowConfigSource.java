package org.escrowbootstrap.config;

import java.nio.file.Path;

/** Where an escrow config value came from, lowest precedence first: what {@code config --print} shows per value. */
public sealed interface EscrowConfigSource {

    /** The built-in defaults shipped in the jar. */
    record Defaults() implements EscrowConfigSource {
        @Override
        public String describe() {
            return "default";
        }
    }

    /** A shipped translation of the defaults ({@code languages/<tag>.json} in the jar). */
    record BuiltInTranslation(String language) implements EscrowConfigSource {
        @Override
        public String describe() {
            return "built-in translation (" + language + ")";
        }
    }

    /** The JSON config file. */
    record ConfigFile(Path path) implements EscrowConfigSource {
        @Override
        public String describe() {
            return "config file " + path;
        }
    }

    /** A configuration profile's managed preferences plist. */
    record ManagedPreferences(Path path) implements EscrowConfigSource {
        @Override
        public String describe() {
            return "managed preferences " + path;
        }
    }

    /** A Jamf policy parameter, {@code $4} to {@code $11}. */
    record JamfParameter(int number) implements EscrowConfigSource {
        public JamfParameter {
            if (number < 4 || number > 11) {
                throw new IllegalArgumentException("Jamf parameters with settings are $4 to $11: " + number);
            }
        }

        @Override
        public String describe() {
            return "Jamf parameter $" + number;
        }
    }

    /** A command-line override ({@code --set key=value}). */
    record CommandLine() implements EscrowConfigSource {
        @Override
        public String describe() {
            return "command line";
        }
    }

    /** A short phrase for logs and {@code config --print}: {@code Jamf parameter $8}. */
    String describe();
}
