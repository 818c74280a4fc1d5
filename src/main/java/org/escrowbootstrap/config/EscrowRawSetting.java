package org.escrowbootstrap.config;

import java.nio.file.Path;

/**
 * One value as a source wrote it, before it is checked against its key.
 *
 * @param name the dotted name as written (may be unknown or differ in case)
 * @param raw a String, Boolean or Number, or a {@link Unsupported} for anything else (objects, arrays, dates)
 * @param source the layer
 * @param location file and line, or the parameter, for messages
 * @param baseDirectory the folder relative image paths are resolved against, or null for the working directory
 */
record EscrowRawSetting(String name, Object raw, EscrowConfigSource source, String location, Path baseDirectory) {

    /** A value of a kind no key accepts; {@code kind} names it for the message ("an object", "a date"). */
    record Unsupported(String kind) {}
}
