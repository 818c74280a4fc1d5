package org.escrowbootstrap.config.dialog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.escrowbootstrap.config.NumberText;
import org.escrowbootstrap.model.Alignment;
import org.escrowbootstrap.model.ControlSize;
import org.escrowbootstrap.model.DialogUpdate;
import org.escrowbootstrap.model.DialogUpdate.ProgressOp;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.TemplateVariables;
import org.escrowbootstrap.model.Templates;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.WindowPosition;

/**
 * Reads one line of swiftDialog's command file ({@code --commandfile}) into a {@link DialogUpdate}.
 *
 * <p>As swiftDialog: the command is the line's first word, lower-cased, with its colon; the argument gets the
 * template variables, {@code \n} and {@code <br>}. Unlike swiftDialog the argument is trimmed, so that
 * {@code button1: disable } (a trailing space) disables as the script meant (see docs/swiftdialog-compatibility.md).
 * Bad input never throws: it is a warning, and the line changes nothing.
 */
public final class CommandFileSyntax {

    /** A longer line is a runaway writer, not a command: it is refused whole. */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    /** Commands swiftDialog has that act on the Mac's own desktop (or views we do not have): named, not applied. */
    private static final List<String> NOT_HERE = List.of(
            "showdockicon:",
            "dockicon:",
            "dockiconbadge:",
            "bounce:",
            "minimize:",
            "maximize:",
            "screenbackground:",
            "video:",
            "webcontent:",
            "infobutton:");

    private final TemplateVariables variables;
    private final MarkdownSource markdown;

    private CommandFileSyntax(TemplateVariables variables, Duration timeout) {
        this.variables = variables;
        this.markdown = new MarkdownSource(timeout);
    }

    public static CommandFileSyntax create(TemplateVariables variables) {
        return new CommandFileSyntax(variables, MarkdownSource.DEFAULT_TIMEOUT);
    }

    /** What one line asks for: an update, nothing (an empty line), and the warnings it gave. */
    public record Parsed(Optional<DialogUpdate> update, List<String> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads one line, without its line ending. */
    public Parsed parse(String line) {
        List<String> warnings = new ArrayList<>();
        Optional<DialogUpdate> update = Optional.empty();
        if (line.length() > MAX_LINE_CHARS) {
            warnings.add("command file: a line of " + line.length() + " characters ignored (at most " + MAX_LINE_CHARS
                    + ")");
        } else if (!line.isBlank()) {
            update = Optional.ofNullable(read(line.strip(), warnings));
        }
        return new Parsed(update, warnings);
    }

    private DialogUpdate read(String line, List<String> warnings) {
        int space = line.indexOf(' ');
        String command = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        String argument =
                Templates.apply(space < 0 ? "" : line.substring(space + 1).strip(), variables);
        String lower = argument.toLowerCase(Locale.ROOT);
        switch (command) {
            case "title:":
                return new DialogUpdate.Title(argument);
            case "titlefont:":
                return titleFont(argument, warnings);
            case "message:":
                return message(argument, "message:", warnings);
            case "alignment:":
                return keyword(
                        command,
                        argument,
                        Alignment.parse(argument).map(DialogUpdate.MessageAlignment::new),
                        "left, centre or right",
                        warnings);
            case "progress:":
                return progress(argument, lower, warnings);
            case "progresstext:":
                return new DialogUpdate.ProgressText(argument);
            case "button1:", "button2:":
                return new DialogUpdate.ButtonEnabled(
                        command.charAt(6) - '0', !(lower.equals("disable") || lower.equals("hide")));
            case "button1text:", "button2text:":
                return new DialogUpdate.ButtonText(command.charAt(6) - '0', argument);
            case "infotext:":
                return new DialogUpdate.InfoText(
                        List.of("disable", "hide", "reset", "clear", "").contains(lower) ? null : argument);
            case "infobox:":
                return infoBox(argument, warnings);
            case "buttonsize:":
                return keyword(
                        command,
                        argument,
                        ControlSize.parse(argument).map(DialogUpdate.ButtonSize::new),
                        "mini, small, regular or large",
                        warnings);
            case "helpmessage:":
                return new DialogUpdate.HelpMessage(argument);
            case "icon:":
                return icon(argument, lower, warnings);
            case "iconalpha:":
                return NumberText.parse(argument)
                        .filter(a -> a >= 0 && a <= 1)
                        .<DialogUpdate>map(DialogUpdate.IconAlpha::new)
                        .orElseGet(() -> {
                            warnings.add("iconalpha: \"" + shorten(argument) + "\" is not an opacity from 0 to 1;"
                                    + " ignored");
                            return null;
                        });
            case "overlayicon:":
                return new DialogUpdate.Overlay(ImageRef.parse(argument));
            case "bannerimage:":
                return new DialogUpdate.Banner(ImageRef.parse(argument));
            case "bannertext:":
                return switch (lower) {
                    case "enable" -> new DialogUpdate.BannerTitle(true, null, false);
                    case "disable" -> new DialogUpdate.BannerTitle(false, null, false);
                    case "shadow" -> new DialogUpdate.BannerTitle(null, null, true);
                    default -> new DialogUpdate.BannerTitle(true, argument, false);
                };
            case "image:":
                return image(argument, lower, warnings);
            case "imagecaption:":
                return new DialogUpdate.ImageCaption(argument);
            case "blurscreen:":
                // as swiftDialog: "enable" turns it on, any other word off
                return new DialogUpdate.BlurScreen(lower.equals("enable"));
            case "list:":
                return list(argument, lower);
            case "listitem:":
                return ListItemSyntax.fromCommand(argument, warnings);
            case "width:", "height:":
                return size(command, argument, warnings);
            case "position:":
                return keyword(
                        command,
                        argument,
                        WindowPosition.parse(argument).map(DialogUpdate.Position::new),
                        "a position keyword such as topright, or x,y",
                        warnings);
            case "activate:":
                return new DialogUpdate.WindowAction(DialogUpdate.WindowAction.Action.ACTIVATE);
            case "hide:":
                return new DialogUpdate.WindowAction(DialogUpdate.WindowAction.Action.HIDE);
            case "show:":
                return new DialogUpdate.WindowAction(DialogUpdate.WindowAction.Action.SHOW);
            case "quit:":
                return new DialogUpdate.Quit();
            default:
                if (NOT_HERE.contains(command)) {
                    warnings.add("command file: " + command + " is not supported here; ignored");
                } else {
                    warnings.add("command file: unknown command \"" + shorten(command) + "\""
                            + (command.endsWith(":") ? "" : " (a command ends with a colon and a space)")
                            + "; ignored");
                }
                return null;
        }
    }

    private DialogUpdate message(String argument, String command, List<String> warnings) {
        if (MarkdownSource.isMarkdownLocation(argument)) {
            String text = markdown.load(argument, command, warnings);
            return new DialogUpdate.Message(Templates.apply(text, variables), false);
        }
        if (argument.startsWith("+ ") || argument.equals("+")) {
            return new DialogUpdate.Message(argument.substring(1).strip(), true);
        }
        return new DialogUpdate.Message(argument, false);
    }

    private DialogUpdate infoBox(String argument, List<String> warnings) {
        DialogUpdate.Message m = (DialogUpdate.Message) message(argument, "infobox:", warnings);
        return new DialogUpdate.InfoBox(m.markdown(), m.append());
    }

    private static DialogUpdate progress(String argument, String lower, List<String> warnings) {
        // split by hand: a busy script sends thousands of these a second, and a regex split costs more than the rest
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        String last = space < 0 ? lower : lower.substring(lower.lastIndexOf(' ') + 1);
        switch (first) {
            case "increment":
                if (space >= 0) {
                    Optional<Double> by = NumberText.parse(last);
                    if (by.isEmpty()) {
                        warnings.add("progress: increment \"" + shorten(last) + "\" is not a number; 1 is used");
                    }
                    return new DialogUpdate.Progress(ProgressOp.INCREMENT, by.orElse(1.0));
                }
                return new DialogUpdate.Progress(ProgressOp.INCREMENT, 1);
            case "reset", "indeterminate":
                return new DialogUpdate.Progress(ProgressOp.RESET, 0);
            case "complete":
                return new DialogUpdate.Progress(ProgressOp.COMPLETE, 0);
            case "hide", "delete", "remove", "disable":
                return new DialogUpdate.Progress(ProgressOp.HIDE, 0);
            case "show", "create", "enable":
                return new DialogUpdate.Progress(ProgressOp.SHOW, 0);
            default:
                Optional<Double> value = NumberText.parse(argument).filter(n -> n >= 0);
                if (value.isEmpty()) {
                    warnings.add("progress: \"" + shorten(argument) + "\" is not a number or a progress keyword;"
                            + " ignored");
                    return null;
                }
                return new DialogUpdate.Progress(ProgressOp.SET, value.get());
        }
    }

    private static DialogUpdate icon(String argument, String lower, List<String> warnings) {
        switch (lower) {
            case "centre", "center":
                return new DialogUpdate.IconCentred(true);
            case "left", "default":
                return new DialogUpdate.IconCentred(false);
            default:
                break;
        }
        if (lower.startsWith("size:")) {
            String number = argument.substring("size:".length()).strip();
            Optional<Integer> size = NumberText.parseRounded(number).filter(n -> n > 0 && n <= 2000);
            if (size.isEmpty()) {
                warnings.add("icon: size \"" + shorten(number) + "\" is not a size in points; ignored");
                return null;
            }
            return new DialogUpdate.IconSize(size.get());
        }
        return new DialogUpdate.Icon(ImageRef.parse(argument));
    }

    private static DialogUpdate image(String argument, String lower, List<String> warnings) {
        return switch (lower) {
            case "show" -> new DialogUpdate.Image(DialogUpdate.ImageOp.SHOW, null);
            case "hide" -> new DialogUpdate.Image(DialogUpdate.ImageOp.HIDE, null);
            case "clear" -> new DialogUpdate.Image(DialogUpdate.ImageOp.CLEAR, null);
            case "" -> {
                warnings.add("image: needs a source, or show, hide or clear; ignored");
                yield null;
            }
            default -> new DialogUpdate.Image(DialogUpdate.ImageOp.ADD, ImageRef.parse(argument));
        };
    }

    private static DialogUpdate list(String argument, String lower) {
        return switch (lower) {
            case "clear" -> new DialogUpdate.ListReplace(List.of());
            case "show" -> new DialogUpdate.ListVisible(true);
            case "hide" -> new DialogUpdate.ListVisible(false);
            default -> new DialogUpdate.ListReplace(Arrays.stream(argument.split(","))
                    .map(String::strip)
                    .filter(title -> !title.isEmpty())
                    .toList());
        };
    }

    private static DialogUpdate size(String command, String argument, List<String> warnings) {
        Optional<Integer> points = NumberText.parseRounded(argument).filter(n -> n >= 100 && n <= 10_000);
        if (points.isEmpty()) {
            warnings.add(command + " \"" + shorten(argument) + "\" is not a size in points (100 or more); ignored");
            return null;
        }
        return command.equals("width:")
                ? new DialogUpdate.Size(points.get(), null)
                : new DialogUpdate.Size(null, points.get());
    }

    private static DialogUpdate titleFont(String argument, List<String> warnings) {
        // space-separated key=value pairs, as swiftDialog; FontSyntax reads comma-separated ones
        java.util.Map<String, String> pairs = FontSyntax.pairs(argument.replaceAll("\\s+(?=[A-Za-z]+=)", ","));
        List<String> problems = new ArrayList<>();
        TextStyle changes = FontSyntax.apply(pairs, TextStyle.defaults(), FontSyntax.Target.TITLE, problems);
        problems.forEach(problem -> warnings.add(problem.replace("--titlefont", "titlefont:")));
        Boolean shadow = pairs.containsKey("shadow") ? changes.shadow() : null;
        return new DialogUpdate.TitleFont(changes, shadow);
    }

    private static <T extends DialogUpdate> DialogUpdate keyword(
            String command, String argument, Optional<T> parsed, String expected, List<String> warnings) {
        if (parsed.isEmpty()) {
            warnings.add(command + " \"" + shorten(argument) + "\" is not " + expected + "; ignored");
            return null;
        }
        return parsed.get();
    }

    /** Enough of a bad value to recognise it, never a screenful. */
    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
