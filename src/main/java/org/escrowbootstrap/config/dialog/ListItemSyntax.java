package org.escrowbootstrap.config.dialog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.ListItem;
import org.escrowbootstrap.model.ListItemUpdate;

/**
 * swiftDialog's list item syntaxes: {@code --listitem "Title,status=wait,statustext=…"}, JSON {@code listitem}
 * objects, and the command file's {@code listitem:} in its old and new forms.
 */
final class ListItemSyntax {

    /** A comma starts a new part only before one of these keys: a title may contain commas. */
    private static final Pattern OPTION_PART =
            Pattern.compile(",\\s*(?=(?i:title|subtitle|icon|iconalpha|status|statustext|action)\\s*=)");

    private ListItemSyntax() {}

    /** A {@code --listitem} value: the title first (or {@code title=}), then {@code key=value} parts. */
    static ListItem fromOption(String value, List<String> warnings) {
        String[] parts = OPTION_PART.split(value);
        ListItem item = ListItem.of(parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int eq = part.indexOf('=');
            item = withKey(
                    item,
                    part.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                    part.substring(eq + 1).strip(),
                    "--listitem",
                    warnings);
        }
        if (parts[0].contains("=") && parts[0].strip().toLowerCase(Locale.ROOT).startsWith("title=")) {
            item = item.withTitle(parts[0].substring(parts[0].indexOf('=') + 1).strip());
        }
        return item;
    }

    /** A JSON {@code listitem} object, its values as text. */
    static ListItem fromPairs(Map<String, String> pairs, List<String> warnings) {
        ListItem item = ListItem.of(pairs.getOrDefault("title", ""));
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            if (!pair.getKey().equals("title")) {
                item = withKey(item, pair.getKey().toLowerCase(Locale.ROOT), pair.getValue(), "listitem", warnings);
            }
        }
        return item;
    }

    private static ListItem withKey(ListItem item, String key, String value, String where, List<String> warnings) {
        return switch (key) {
            case "title" -> item.withTitle(value);
            case "subtitle" -> item.withSubtitle(value);
            case "icon" -> item.withIcon(ImageRef.parse(value));
            case "statustext" -> item.withStatusText(value);
            case "status" -> withStatus(item, value);
            case "progress" -> NumberText.parse(value).map(item::withProgress).orElseGet(() -> {
                warnings.add(where + ": progress \"" + value + "\" is not a number; ignored");
                return item;
            });
            case "iconalpha", "action" -> item; // accepted, not drawn: no click actions, icons fully opaque
            default -> {
                warnings.add(where + ": unknown key \"" + key + "\"; ignored");
                yield item;
            }
        };
    }

    private static ListItem withStatus(ListItem item, String value) {
        Optional<ListItem.Status> named = ListItem.Status.named(value);
        return named.isPresent() ? item.withStatus(named.get()) : item.withCustomStatus(customStatus(value));
    }

    /** Any other status is an SF Symbol, {@code name-colour} as swiftDialog writes it, or an {@code SF=} source. */
    static ImageRef customStatus(String value) {
        String text = value.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith("sf=")) {
            return ImageRef.parse(text);
        }
        String[] parts = text.split("-");
        Colour colour = parts.length > 1 ? Colour.parse(parts[1]).orElse(null) : null;
        return new ImageRef.Symbol(parts[0].toLowerCase(Locale.ROOT), colour, null, null, null);
    }

    /** A {@code listitem:} argument (already trimmed), read in both of swiftDialog's forms. */
    static ListItemUpdate fromCommand(String argument, List<String> warnings) {
        int firstColon = argument.indexOf(": ");
        int lastColon = argument.lastIndexOf(": ");
        String oldTitle = firstColon < 0 ? argument : argument.substring(0, firstColon);
        String oldValue =
                lastColon < 0 ? argument : argument.substring(lastColon + 2).strip();
        return new ListItemUpdate(oldTitle, oldValue, change(argument, warnings));
    }

    private static ListItemUpdate.Change change(String argument, List<String> warnings) {
        Integer index = null;
        String title = null;
        String subtitle = null;
        ImageRef icon = null;
        ListItem.Status status = null;
        ImageRef custom = null;
        String statusText = null;
        Double progress = null;
        boolean delete = false;
        boolean add = false;
        for (String part : argument.split(",")) {
            int colon = part.indexOf(':');
            String key = (colon < 0 ? part : part.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? null : part.substring(colon + 1).strip();
            if (key.equals("delete")) {
                delete = true;
                continue;
            }
            if (key.equals("add")) {
                add = true;
                continue;
            }
            if (!isKey(key)) {
                continue; // as swiftDialog: not a key of the new form (an old-form line reaches here too)
            }
            if (value == null || value.isEmpty()) {
                // swiftDialog crashes on a key without a value; the rest of the line still counts here.
                warnings.add("listitem: \"" + key + "\" has no value; ignored");
                continue;
            }
            switch (key) {
                case "index" -> {
                    Optional<Long> n = NumberText.whole(value);
                    if (n.isEmpty()) {
                        warnings.add("listitem: index \"" + value + "\" is not a whole number; ignored");
                    } else {
                        index = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.get()));
                    }
                }
                case "title" -> title = value;
                case "subtitle" -> subtitle = value;
                case "icon" -> icon = ImageRef.parse(value);
                case "statustext" -> statusText = value;
                case "status" -> {
                    status = ListItem.Status.named(value).orElse(ListItem.Status.CUSTOM);
                    custom = status == ListItem.Status.CUSTOM ? customStatus(value) : null;
                }
                case "progress" -> {
                    Optional<Double> n = NumberText.parse(value);
                    if (n.isEmpty()) {
                        warnings.add("listitem: progress \"" + value + "\" is not a number; ignored");
                    } else {
                        progress = n.get();
                    }
                }
                default -> {} // iconalpha, action: accepted, not drawn
            }
        }
        return new ListItemUpdate.Change(
                index, title, subtitle, icon, status, custom, statusText, progress, delete, add);
    }

    private static boolean isKey(String key) {
        return switch (key) {
            case "index",
                    "title",
                    "subtitle",
                    "icon",
                    "iconalpha",
                    "status",
                    "statustext",
                    "progress",
                    "action" -> true;
            default -> false;
        };
    }
}
