package org.escrowbootstrap.config.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.escrowbootstrap.config.dialog.DialogOption.Channel;
import org.escrowbootstrap.config.dialog.DialogOption.Group;
import org.escrowbootstrap.config.dialog.DialogOption.Kind;
import org.escrowbootstrap.config.dialog.DialogOption.Support;
import org.escrowbootstrap.model.SfSymbols;

/** The {@code dialog} mode's {@code --help} and {@code --version} texts, written from the one option table. */
public final class DialogHelp {

    private static final int WIDTH = 100;
    private static final int NAME_COLUMN = 34;

    private DialogHelp() {}

    /**
     * What {@code dialog --version} prints: the version of the swiftDialog whose options we implement, in swiftDialog's
     * own form ({@code CFBundleShortVersionString.CFBundleVersion}; the build number is the one in swiftDialog's
     * Info.plist at the 3.1.0 release). Scripts compare it before they run (Installomator: first field at least 2;
     * Setup Your Mac: not below "2.5.0.4768") and install swiftDialog over us when it is too low; our own version is
     * {@link #version()}, printed by {@code escrow-bootstrap --version}.
     */
    public static final String SWIFTDIALOG_VERSION = "3.1.0.4989";

    /** This build's version from the jar manifest ({@code Implementation-Version}), or {@code dev} outside a jar. */
    public static String version() {
        String version = DialogHelp.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    /** Every supported option by group, then the swiftDialog options accepted without effect or not supported. */
    public static String overview() {
        StringBuilder out = new StringBuilder();
        out.append("usage: escrow-bootstrap dialog [options]\n\n");
        out.append(wrap(
                "Shows a dialog described with swiftDialog's options or JSON keys and reports the result as"
                        + " swiftDialog does: exit 0 button 1, 2 button 2, 3 info button, 4 timer, 10 quit key,"
                        + " 202 unreadable JSON; the fields' values on stdout.",
                0));
        for (Group group : Group.values()) {
            out.append('\n').append(group.heading()).append('\n');
            for (DialogOption option : DialogOption.values()) {
                if (option.group() == group && option.isSupported()) {
                    appendLine(out, option);
                }
            }
        }
        out.append('\n');
        out.append(wrap(
                "Accepted and ignored, as they do nothing in swiftDialog 3.x either: " + names(Support.NO_EFFECT), 0));
        out.append('\n');
        out.append(wrap(
                "swiftDialog options escrow-bootstrap does not support (ignored with a warning): "
                        + names(Support.UNSUPPORTED),
                0));
        out.append('\n');
        out.append(wrap(
                "--help OPTION describes one option. Texts may use {computername}, {serialnumber}, {username},"
                        + " {osversion} and other variables; \\n is a new line.",
                0));
        return out.toString();
    }

    /** The help of one option, named with or without dashes, by long, short or alias name. */
    public static String topic(String name) {
        String bare = name.strip().replaceFirst("^-+", "");
        Optional<DialogOption> option = DialogOption.byToken("--" + bare)
                .or(() -> DialogOption.byToken("-" + bare))
                .or(() -> DialogOption.byJsonKey(bare));
        if (option.isEmpty()) {
            return "no dialog option \"" + name.strip() + "\" (did you mean " + DialogOption.closestToken("--" + bare)
                    + "?); --help lists them all\n";
        }
        DialogOption o = option.get();
        StringBuilder out = new StringBuilder();
        out.append(heading(o)).append('\n');
        out.append(wrap(o.help(), 2));
        out.append(wrap(
                switch (o.support()) {
                    case SUPPORTED -> where(o);
                    case NO_EFFECT -> "Accepted and ignored: it does nothing in swiftDialog 3.x either.";
                    case UNSUPPORTED -> "Not supported by escrow-bootstrap: ignored with a warning.";
                },
                2));
        if (o == DialogOption.ICON || o == DialogOption.OVERLAYICON) {
            out.append('\n').append(symbols());
        }
        return out.toString();
    }

    /** The SF Symbols we draw, for the icon topics: scripts name them with SF=… in several options. */
    private static String symbols() {
        return wrap(
                        "SF=<symbol> draws our own look-alike of these SF Symbols (also as an overlay, a list item's"
                                + " status or icon, and in --bannerimage); any other name shows its nearest family"
                                + " (laptopcomputer.and.arrow.down.badge as laptopcomputer.and.arrow.down) or a"
                                + " generic symbol, with a warning:",
                        2)
                + wrap(String.join(" ", SfSymbols.SHIPPED), 4);
    }

    private static String where(DialogOption option) {
        String kind =
                switch (option.kind()) {
                    case FLAG -> "a flag; in JSON true or false";
                    case VALUE -> "takes a value";
                    case OPTIONAL_VALUE -> "the value may be left out";
                    case REPEATABLE -> "may be given several times";
                };
        String channel =
                switch (option.channel()) {
                    case BOTH -> "JSON key \"" + option.longName() + "\"";
                    case CLI_ONLY -> "command line only";
                    case JSON_ONLY -> "JSON only";
                };
        return option.group().heading() + "; " + kind + "; " + channel + ".";
    }

    private static void appendLine(StringBuilder out, DialogOption option) {
        String head = "  " + heading(option);
        if (head.length() + 2 > NAME_COLUMN) {
            out.append(head).append('\n').append(wrap(option.help(), NAME_COLUMN));
        } else {
            String body = wrap(option.help(), NAME_COLUMN);
            out.append(head).append(body.substring(head.length()));
        }
    }

    /** How help names an option: {@code -t, --title <text>}, or {@code "icons": […] (JSON)}. */
    private static String heading(DialogOption option) {
        if (option.channel() == Channel.JSON_ONLY) {
            return "\"" + option.longName() + "\": " + (option.argument() == null ? "[…]" : option.argument())
                    + " (JSON)";
        }
        String argument = option.argument() != null && option.kind() != Kind.FLAG ? " " + option.argument() : "";
        return String.join(", ", spellings(option)) + argument;
    }

    /** Short name first, as help pages usually write it: {@code -t, --title}. */
    private static List<String> spellings(DialogOption option) {
        List<String> spellings = new ArrayList<>();
        if (option.shortName() != null) {
            spellings.add("-" + option.shortName());
        }
        spellings.add("--" + option.longName());
        option.aliases().forEach(alias -> spellings.add("--" + alias));
        return spellings;
    }

    private static String names(Support support) {
        return java.util.Arrays.stream(DialogOption.values())
                .filter(option -> option.support() == support)
                .map(option -> option.onCommandLine() ? option.display() : "\"" + option.longName() + "\" (JSON)")
                .collect(Collectors.joining(", "));
    }

    /** Word-wraps {@code text} to the help width, every line indented by {@code indent} spaces. */
    static String wrap(String text, int indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        for (String word : text.split(" ")) {
            if (line.length() > indent && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(" ".repeat(indent));
            }
            if (line.length() > indent) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }
}
