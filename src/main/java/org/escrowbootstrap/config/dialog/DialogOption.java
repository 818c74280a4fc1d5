package org.escrowbootstrap.config.dialog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of dialog options: swiftDialog's command-line options and JSON keys, and our own few.
 *
 * <p>The command-line parser, the JSON reader, {@code --help} and the unknown-option warning all read this table, so
 * an option exists in all four places or in none. swiftDialog options we do not implement are listed too, so that
 * they get a clear "not supported" warning instead of "unknown option", and so that their values are skipped
 * correctly. Short names are swiftDialog's ({@code -h} is {@code --hideicon}, not help).
 */
enum DialogOption {
    // Window
    WIDTH(
            Group.WINDOW,
            "width",
            null,
            Kind.VALUE,
            "<n|n%>",
            "Window width in points, or a percentage of the screen width. Default 820."),
    HEIGHT(
            Group.WINDOW,
            "height",
            null,
            Kind.VALUE,
            "<n|n%>",
            "Window height in points, or a percentage of the screen height. Default 380."),
    SMALL(
            Group.WINDOW,
            "small",
            "s",
            Kind.FLAG,
            null,
            "Scale the window to 75 %; the icon becomes 120 points unless --iconsize says otherwise."),
    BIG(Group.WINDOW, "big", "b", Kind.FLAG, null, "Scale the window to 125 %."),
    POSITION(
            Group.WINDOW,
            "position",
            null,
            Kind.VALUE,
            "<where|x,y>",
            "Where the window opens: topleft, top, topright, left, centre, right, deadleft, deadright, bottomleft,"
                    + " bottom, bottomright, default, or x,y in points from the screen's top-left corner."),
    MINI(
            Group.WINDOW,
            "mini",
            null,
            Kind.FLAG,
            null,
            "swiftDialog's small window (540 × 150): a small title, icon and message, and a progress bar in place of"
                    + " the buttons when --progress is given."),
    STYLE(
            Group.WINDOW,
            "style",
            null,
            Kind.VALUE,
            "<alert|caution|warning|centred|mini|presentation>",
            "swiftDialog's presets: alert (300 × 300, centred icon, the title as a heading over the message, centred"
                    + " buttons), caution and warning (alert with that icon), centred (centred icon, message and"
                    + " buttons), mini (--mini), presentation (--presentation)."),
    FULLSCREEN(
            Group.WINDOW,
            "fullscreen",
            "f",
            Kind.FLAG,
            null,
            "swiftDialog's full-screen view: a window covering the whole screen, dark, with the banner, title, icon"
                    + " (or the pictures) and message drawn large and no buttons. Return is button 1 (exit 0), Esc"
                    + " button 2 when there is one (exit 2), the quit key exits 10. --screenshot draws it at 1440 × 900."),
    BACKGROUND(
            Group.WINDOW,
            "background",
            "bg",
            Kind.VALUE,
            "<image|colour=c|gradient=c1,c2>",
            "A picture drawn behind the whole content (any --icon source, or a colour or gradient fill)."),
    BGALPHA(
            Group.WINDOW,
            "bgalpha",
            "ba",
            Kind.VALUE,
            "<0-1>",
            "The --background picture's opacity: 0 invisible, 1 opaque. Default 0.5."),
    BGPOSITION(
            Group.WINDOW,
            "bgposition",
            "bp",
            Kind.VALUE,
            "<where>",
            "Where the --background picture sits: topleft, left, bottomleft, top, center, bottom, topright, right,"
                    + " bottomright. Default center."),
    BGFILL(
            Group.WINDOW,
            "bgfill",
            "bf",
            Kind.VALUE,
            "<fill|fit>",
            "fill: the --background picture covers the window, cut at its edges; fit: it is scaled to fit inside."
                    + " Default: its own size."),
    MOVEABLE(Group.WINDOW, "moveable", "o", Kind.FLAG, null, "Let the user drag the window. By default it stays put."),
    ONTOP(Group.WINDOW, "ontop", "p", Kind.FLAG, null, "Keep the window above all other windows."),
    PRESENTATION(
            Group.WINDOW,
            "presentation",
            null,
            Kind.FLAG,
            null,
            "swiftDialog's layout for a task on display: no title; on the left third a coloured panel with the"
                    + " --infobox (and an --icon at its top) or the first --image filling it; on the right the message"
                    + " or the list; the progress bar, its text and the buttons across the foot."),
    BLURSCREEN(
            Group.WINDOW,
            "blurscreen",
            null,
            Kind.FLAG,
            null,
            "Dim every screen behind the dialog with a dark backdrop (other programs' windows are covered, not"
                    + " blurred), the dialog above it. Not drawn by --screenshot."),
    WINDOWBUTTONS(
            Group.WINDOW,
            "windowbuttons",
            null,
            Kind.OPTIONAL_VALUE,
            "[close,min,max]",
            "A title bar with the window buttons named (all three without a list). Closing the window exits with 15."),
    APPEARANCE(
            Group.WINDOW,
            "appearance",
            null,
            Kind.VALUE,
            "<dark|light>",
            "Force a dark or light look instead of following the system."),
    QUITKEY(
            Group.WINDOW,
            "quitkey",
            null,
            Kind.VALUE,
            "<char>",
            "Cmd (Ctrl off macOS) plus this key quits with exit code 10. Default q."),

    // Title and message
    TITLE(
            Group.TEXT,
            "title",
            "t",
            Kind.VALUE,
            "<text>",
            "The title (inline Markdown). 'none' or an empty value hides the title area."),
    SUBTITLE(Group.TEXT, "subtitle", null, Kind.VALUE, "<text>", "A smaller line under the title."),
    TITLEFONT(
            Group.TEXT,
            "titlefont",
            null,
            Kind.VALUE,
            "<key=value,…>",
            "Title font: size=, weight=, colour= (or color=), name=, shadow=true|false, alignment=left|centre|right,"
                    + " offset=. In JSON also an object such as {\"size\": 24, \"colour\": \"#00A4C7\"}."),
    MESSAGE(
            Group.TEXT,
            "message",
            "m",
            Kind.VALUE,
            "<markdown|file.md|URL.md>",
            "The message, in Markdown. A value ending in .md is read from that file or http(s) URL. 'none' hides it."),
    MESSAGEFONT(
            Group.TEXT,
            "messagefont",
            null,
            Kind.VALUE,
            "<key=value,…>",
            "Message font: size=, weight=, colour= (or color=), name=. In JSON also an object."),
    MESSAGEALIGNMENT(
            Group.TEXT,
            "messagealignment",
            null,
            Kind.VALUE,
            "<left|centre|right>",
            "Horizontal alignment of the message. Default left.",
            "alignment"),
    EULA(
            Group.TEXT,
            "eula",
            null,
            Kind.FLAG,
            null,
            "swiftDialog's licence mode: the message is shown as plain monospaced text (12 points, no Markdown) in a"
                    + " scrolling box, for a licence or other legal text."),
    MESSAGEPOSITION(
            Group.TEXT,
            "messageposition",
            null,
            Kind.VALUE,
            "<top|centre|bottom>",
            "Vertical placement of the message and fields."),

    HELPMESSAGE(
            Group.TEXT,
            "helpmessage",
            null,
            Kind.VALUE,
            "<markdown|file.md>",
            "Help in Markdown, shown from a ? button beside the buttons. A value ending in .md is read from that file."),
    HELPIMAGE(
            Group.TEXT,
            "helpimage",
            null,
            Kind.VALUE,
            "<source>",
            "An image shown beside the help text (any --icon source). Needs --helpmessage."),

    IMAGE(
            Group.TEXT,
            "image",
            "g",
            Kind.REPEATABLE,
            "<source>",
            "An image above the message (any --icon source); repeat for a carousel with previous and next buttons."
                    + " JSON: a source, or [{\"imagename\": …, \"caption\": …}]."),
    IMAGECAPTION(
            Group.TEXT,
            "imagecaption",
            null,
            Kind.REPEATABLE,
            "<text>",
            "A line under an image; repeat to pair with the images by order."),

    HELPSHEETBUTTONTEXT(
            Group.TEXT,
            "helpsheetbuttontext",
            null,
            Kind.VALUE,
            "<text>",
            "The label of the button that closes the help. Default OK."),

    // Icon, banner and info box
    ICONALPHA(Group.ICON, "iconalpha", null, Kind.VALUE, "<0-1>", "The icon's opacity, from 0 (invisible) to 1."),
    ICON(
            Group.ICON,
            "icon",
            "i",
            Kind.REPEATABLE,
            "<source>",
            "The icon: a file, an http(s) URL, an .app bundle, SF=<symbol>[,colour=…], text=<emoji>, qr=<text> (a QR code), info,"
                    + " caution, warning, computer, default or none. Only the first --icon is shown."),
    ICONS(
            Group.ICON,
            "icons",
            null,
            Kind.REPEATABLE,
            "[{\"icon\": …}]",
            "JSON only: a list of icons; the first is shown.",
            Channel.JSON_ONLY),
    OVERLAYICON(
            Group.ICON,
            "overlayicon",
            "y",
            Kind.VALUE,
            "<source>",
            "A badge drawn on the icon's lower right corner. Same sources as --icon."),
    ICONSIZE(Group.ICON, "iconsize", null, Kind.VALUE, "<n>", "Width of the icon column in points. Default 150."),
    ICONALTTEXT(
            Group.ICON,
            "iconalttext",
            null,
            Kind.VALUE,
            "<text>",
            "What a screen reader says for the icon. Default \"Dialog Icon\"."),
    HIDEICON(Group.ICON, "hideicon", "h", Kind.FLAG, null, "No icon column."),
    CENTREICON(
            Group.ICON,
            "centreicon",
            null,
            Kind.FLAG,
            null,
            "Show the icon centred above the message instead of on the left.",
            "centericon"),
    BANNERIMAGE(
            Group.ICON,
            "bannerimage",
            "n",
            Kind.VALUE,
            "<source>",
            "A full-width banner across the top: an image, colour=<c>[,nogradient] or gradient=<c1>,<c2>[:angle=<deg>]."
                    + " It hides the icon unless --icon names one."),
    BANNERTITLE(
            Group.ICON,
            "bannertitle",
            null,
            Kind.OPTIONAL_VALUE,
            "[<text>]",
            "Draw the title over the banner, white unless --titlefont gives a colour. With text, that text is the title.",
            "bannertext"),
    BANNERHEIGHT(Group.ICON, "bannerheight", null, Kind.VALUE, "<n>", "Exact banner height in points."),
    INFOBOX(
            Group.ICON,
            "infobox",
            null,
            Kind.VALUE,
            "<markdown|file.md>",
            "Markdown shown under the icon, for facts such as the computer name."),
    INFOTEXT(
            Group.ICON,
            "infotext",
            null,
            Kind.OPTIONAL_VALUE,
            "[<text>]",
            "Grey text in the lower left corner. Without text: the program's name and version."),

    NOTIFICATION(
            Group.TEXT,
            "notification",
            null,
            Kind.FLAG,
            null,
            "Post a system notification of --title, --subtitle, --message and --icon instead of showing a dialog,"
                    + " and exit 0: notify-send on Linux, the system tray elsewhere (a warning where there is"
                    + " neither). With --screenshot, draw it as a notification banner."),

    // Buttons
    BUTTON1TEXT(
            Group.BUTTONS,
            "button1text",
            null,
            Kind.VALUE,
            "<text>",
            "Label of button 1 (Return, exit 0). Default OK; 'none' hides it."),
    BUTTON1DISABLED(Group.BUTTONS, "button1disabled", null, Kind.FLAG, null, "Button 1 starts disabled."),
    BUTTON2(Group.BUTTONS, "button2", "2", Kind.FLAG, null, "Show button 2, \"Cancel\" (Esc, exit 2)."),
    BUTTON2TEXT(Group.BUTTONS, "button2text", null, Kind.VALUE, "<text>", "Show button 2 with this label."),
    BUTTON2DISABLED(
            Group.BUTTONS,
            "button2disabled",
            null,
            Kind.FLAG,
            null,
            "Button 2 starts disabled; the command file's 'button2: enable' enables it."),
    INFOBUTTON(
            Group.BUTTONS, "infobutton", "3", Kind.FLAG, null, "Show the info button, \"More Information\" (exit 3)."),
    INFOBUTTONTEXT(
            Group.BUTTONS, "infobuttontext", null, Kind.VALUE, "<text>", "Show the info button with this label."),
    INFOBUTTONACTION(
            Group.BUTTONS,
            "infobuttonaction",
            null,
            Kind.VALUE,
            "<URL>",
            "The info button opens this URL and the dialog stays open (unless --quitoninfo)."),
    BUTTON1SYMBOL(
            Group.BUTTONS,
            "button1symbol",
            null,
            Kind.VALUE,
            "<symbol>[,position][,size=n][,color=c][,palette=c1-c2]",
            "An SF Symbol beside button 1's label: leading (default), trailing, top or bottom; 16 points high unless"
                    + " size= says; in the label's colour unless color= or palette= says."),
    BUTTON2SYMBOL(
            Group.BUTTONS,
            "button2symbol",
            null,
            Kind.VALUE,
            "<symbol>[,…]",
            "An SF Symbol beside button 2's label, as --button1symbol."),
    INFOBUTTONSYMBOL(
            Group.BUTTONS,
            "infobuttonsymbol",
            null,
            Kind.VALUE,
            "<symbol>[,…]",
            "An SF Symbol beside the info button's label, as --button1symbol."),
    BUTTONSTYLE(
            Group.BUTTONS,
            "buttonstyle",
            null,
            Kind.VALUE,
            "<center|centre|stack>",
            "Centred buttons, or full-width buttons one above the other; neither shows the info button or help."),
    BUTTONSIZE(
            Group.BUTTONS,
            "buttonsize",
            null,
            Kind.VALUE,
            "<mini|small|regular|large>",
            "The buttons' size. Default regular."),
    QUITONINFO(
            Group.BUTTONS,
            "quitoninfo",
            null,
            Kind.FLAG,
            null,
            "The info button quits with exit 3 even when it has an action."),

    // Text fields
    TEXTFIELD(
            Group.FIELDS,
            "textfield",
            null,
            Kind.REPEATABLE,
            "<title>[,modifiers]",
            "A text field; repeat for more. Modifiers: secure, required, confirm, editor, fileselect, filetype=, path=,"
                    + " prompt=<placeholder>,"
                    + " value=<prefill>, name=<output key>, regex=<pattern>, regexerror=<message>."),
    SELECTTITLE(
            Group.FIELDS,
            "selecttitle",
            null,
            Kind.REPEATABLE,
            "<title>[,modifiers]",
            "A select list's title; repeat for more lists, paired with --selectvalues by order. Modifiers: required,"
                    + " radio (radio buttons), searchable, multiselect, name=<output key>."),
    SELECTVALUES(
            Group.FIELDS,
            "selectvalues",
            null,
            Kind.REPEATABLE,
            "<a,b,---,c>",
            "A select list's values, comma-separated; --- draws a divider (it counts in the index). One list per"
                    + " --selectvalues."),
    SELECTDEFAULT(
            Group.FIELDS,
            "selectdefault",
            null,
            Kind.REPEATABLE,
            "<value>",
            "The value chosen when the dialog opens, per list in order."),
    SELECTITEMS(
            Group.FIELDS,
            "selectitems",
            null,
            Kind.REPEATABLE,
            "[{\"title\": …}]",
            "JSON only: select lists as objects with title, name, values, default, required and style"
                    + " (radio, searchable or multiselect).",
            Channel.JSON_ONLY),
    CHECKBOX(
            Group.FIELDS,
            "checkbox",
            null,
            Kind.REPEATABLE,
            "<label>[,modifiers]",
            "A check box; repeat for more. Modifiers: checked, disabled, enablebutton1 (ticking it enables button 1),"
                    + " name=<output key>, icon=<source> (switch style only)."),
    CHECKBOXSTYLE(
            Group.FIELDS,
            "checkboxstyle",
            null,
            Kind.VALUE,
            "<checkbox|switch>[,size]",
            "Draw check boxes or switches; size is mini, small, regular or large. In JSON also"
                    + " {\"style\": \"switch\", \"size\": \"large\"}."),
    VIEWORDER(
            Group.FIELDS,
            "vieworder",
            null,
            Kind.VALUE,
            "<csv>",
            "The order of the sections under the message: listitem, checkbox, textfield, radiobutton, dropdown"
                    + " (the default order); those not named follow in the default order."),
    TEXTFIELDLIVEVALIDATION(
            Group.FIELDS,
            "textfieldlivevalidation",
            null,
            Kind.FLAG,
            null,
            "Tint a field with a regex green or red while the user types."),

    // Timer and progress
    TIMER(
            Group.TIMER,
            "timer",
            null,
            Kind.OPTIONAL_VALUE,
            "[<seconds>]",
            "Count down and quit with exit 4. Default 10 seconds."),
    HIDETIMERBAR(Group.TIMER, "hidetimerbar", null, Kind.FLAG, null, "Count down without showing the bar."),
    PROGRESS(
            Group.TIMER,
            "progress",
            null,
            Kind.OPTIONAL_VALUE,
            "[<steps>]",
            "Show a progress bar with this many steps; without a number, a busy bar."),
    PROGRESSTEXT(Group.TIMER, "progresstext", null, Kind.VALUE, "<text>", "A line of text under the progress bar."),
    COMMANDFILE(
            Group.LIST,
            "commandfile",
            null,
            Kind.VALUE,
            "<file>",
            "Follow this file while the window is up: each line appended (progress: 40, message: …, listitem: …,"
                    + " button1: enable, quit: …) changes the dialog. Default /var/tmp/dialog.log. With --screenshot,"
                    + " the lines already in the file are applied first."),
    LISTITEM(
            Group.LIST,
            "listitem",
            null,
            Kind.REPEATABLE,
            "<title[,status=…,statustext=…,subtitle=…,icon=…]>",
            "A row of a list under the message. Status: wait, success, fail, error, pending, progress, or an SF"
                    + " Symbol as name-colour. In JSON a title or an object with these keys."),
    LISTSTYLE(Group.LIST, "liststyle", null, Kind.VALUE, "<expanded|compact>", "Taller or shorter list rows."),
    ENABLELISTSELECT(
            Group.LIST,
            "enablelistselect",
            null,
            Kind.FLAG,
            null,
            "Let the user select list rows (a click toggles one); exit 0 prints \"title\" : \"true|false\" per row."),

    // Output and input
    JSON(
            Group.OUTPUT,
            "json",
            "j",
            Kind.FLAG,
            null,
            "Print what the user entered as one JSON object instead of 'name : value' lines."),
    ALWAYSRETURNINPUT(
            Group.OUTPUT,
            "alwaysreturninput",
            null,
            Kind.FLAG,
            null,
            "Print what the user entered whatever the exit code, not only on exit 0."),
    JSONFILE(
            Group.OUTPUT,
            "jsonfile",
            null,
            Kind.VALUE,
            "<file>",
            "Read options from a JSON file, keys as the long option names. JSON wins over the command line.",
            Channel.CLI_ONLY),
    JSONSTRING(
            Group.OUTPUT,
            "jsonstring",
            null,
            Kind.VALUE,
            "<json>",
            "Read options from this JSON text (may span several lines). Replaces --jsonfile.",
            Channel.CLI_ONLY),

    // Our own
    SCREENSHOT(
            Group.PROGRAM,
            "screenshot",
            null,
            Kind.VALUE,
            "<file.png>",
            "Draw the dialog into this PNG file without showing a window, then exit 0.",
            Channel.CLI_ONLY),
    HELP(
            Group.PROGRAM,
            "help",
            null,
            Kind.OPTIONAL_VALUE,
            "[<option>]",
            "Print this help, or the help of one option.",
            Channel.CLI_ONLY),
    VERSION(
            Group.PROGRAM,
            "version",
            "v",
            Kind.FLAG,
            null,
            "Print the swiftDialog version whose options we implement (" + DialogHelp.SWIFTDIALOG_VERSION
                    + "), as scripts compare it;"
                    + " escrow-bootstrap --version prints ours.",
            Channel.CLI_ONLY),

    // Accepted and ignored without a word: they do nothing in swiftDialog 3.x either.
    IGNOREDND(
            Support.NO_EFFECT,
            Group.WINDOW,
            "ignorednd",
            "d",
            Kind.FLAG,
            "Meant to ignore Do Not Disturb; no effect in swiftDialog 3.x."),
    HIDEDEFAULTKEYBOARDACTION(
            Support.NO_EFFECT,
            Group.BUTTONS,
            "hidedefaultkeyboardaction",
            null,
            Kind.FLAG,
            "Meant to make Return and Esc need Cmd+Shift; no effect in swiftDialog 3.x."),
    BUTTON1ACTION(
            Support.NO_EFFECT,
            Group.BUTTONS,
            "button1action",
            null,
            Kind.VALUE,
            "A URL for button 1; swiftDialog 3.x ignores it on click. Branch on exit code 0 instead."),
    BUTTON2ACTION(
            Support.NO_EFFECT, Group.BUTTONS, "button2action", null, Kind.VALUE, "Never implemented by swiftDialog."),

    BGSCALE(
            Support.NO_EFFECT,
            Group.WINDOW,
            "bgscale",
            "bs",
            Kind.VALUE,
            "Parsed but never applied by swiftDialog; --bgfill scales the --background picture."),

    // swiftDialog options escrow-bootstrap does not implement: ignored with a warning.
    POSITIONOFFSET(
            Support.UNSUPPORTED,
            Group.WINDOW,
            "positionoffset",
            null,
            Kind.VALUE,
            "Distance from the screen edge for keyword positions."),
    SHOWONALLSCREENS(Support.UNSUPPORTED, Group.WINDOW, "showonallscreens", null, Kind.FLAG, "Show on every Space."),
    LOGINWINDOW(Support.UNSUPPORTED, Group.WINDOW, "loginwindow", null, Kind.FLAG, "Show at the login window."),
    RESIZABLE(Support.UNSUPPORTED, Group.WINDOW, "resizable", null, Kind.FLAG, "Let the user resize the window."),
    KEY(Support.UNSUPPORTED, Group.WINDOW, "key", "k", Kind.VALUE, "Authorisation key."),
    PID(Support.UNSUPPORTED, Group.WINDOW, "pid", null, Kind.VALUE, "Quit when this process ends."),
    DEBUG(Support.UNSUPPORTED, Group.WINDOW, "debug", null, Kind.OPTIONAL_VALUE, "Debug output."),
    VERBOSE(Support.UNSUPPORTED, Group.WINDOW, "verbose", "vvv", Kind.FLAG, "Verbose logging."),
    INFOBOXWIDTH(Support.UNSUPPORTED, Group.ICON, "infoboxwidth", null, Kind.VALUE, "Width of the info box."),
    WARNINGICON(Support.UNSUPPORTED, Group.ICON, "warningicon", null, Kind.FLAG, "Deprecated; use --icon warning."),
    INFOICON(Support.UNSUPPORTED, Group.ICON, "infoicon", null, Kind.FLAG, "Deprecated; use --icon info."),
    CAUTIONICON(Support.UNSUPPORTED, Group.ICON, "cautionicon", null, Kind.FLAG, "Deprecated; use --icon caution."),
    HELPALIGNMENT(
            Support.UNSUPPORTED, Group.TEXT, "helpalignment", null, Kind.VALUE, "Alignment of the help sheet's text."),
    BUTTON1SHELLACTION(
            Support.UNSUPPORTED,
            Group.BUTTONS,
            "button1shellaction",
            null,
            Kind.VALUE,
            "A shell command for button 1."),
    BUTTONTEXTSIZE(Support.UNSUPPORTED, Group.BUTTONS, "buttontextsize", null, Kind.VALUE, "Button font size."),
    SELECTSTYLE(
            Support.NO_EFFECT,
            Group.FIELDS,
            "selectstyle",
            null,
            Kind.VALUE,
            "Parsed but never applied by swiftDialog."),
    VIDEO(Support.UNSUPPORTED, Group.TEXT, "video", null, Kind.VALUE, "A video."),
    VIDEOCAPTION(Support.UNSUPPORTED, Group.TEXT, "videocaption", null, Kind.VALUE, "A video caption."),
    AUTOPLAY(Support.UNSUPPORTED, Group.TEXT, "autoplay", null, Kind.FLAG, "Start the video at once."),
    WEBCONTENT(Support.UNSUPPORTED, Group.TEXT, "webcontent", null, Kind.VALUE, "A web page."),
    DISPLAYLOG(Support.UNSUPPORTED, Group.TEXT, "displaylog", null, Kind.VALUE, "Follow a log file."),
    LOGHISTORY(Support.UNSUPPORTED, Group.TEXT, "loghistory", null, Kind.VALUE, "Lines of log history."),
    PROGRESSTEXTALIGNMENT(
            Support.UNSUPPORTED,
            Group.TIMER,
            "progresstextalignment",
            null,
            Kind.VALUE,
            "Alignment of the progress text."),
    HIDETIMER(Support.UNSUPPORTED, Group.TIMER, "hidetimer", null, Kind.FLAG, "Hide the timer."),

    IDENTIFIER(Support.UNSUPPORTED, Group.PROGRAM, "identifier", "id", Kind.VALUE, "Notification identifier."),
    ENABLENOTIFICATIONSOUNDS(
            Support.UNSUPPORTED, Group.PROGRAM, "enablenotificationsounds", null, Kind.FLAG, "Notification sound."),
    REMOVE(Support.UNSUPPORTED, Group.PROGRAM, "remove", null, Kind.FLAG, "Remove a notification."),
    SOUND(Support.UNSUPPORTED, Group.PROGRAM, "sound", null, Kind.VALUE, "Play a sound."),
    DOCKICON(Support.UNSUPPORTED, Group.PROGRAM, "dockicon", null, Kind.VALUE, "Dock icon."),
    DOCKICONBADGE(Support.UNSUPPORTED, Group.PROGRAM, "dockiconbadge", null, Kind.VALUE, "Dock icon badge."),
    SHOWDOCKICON(Support.UNSUPPORTED, Group.PROGRAM, "showdockicon", null, Kind.FLAG, "Show a Dock icon."),
    ONADVANCE(Support.UNSUPPORTED, Group.PROGRAM, "onadvance", null, Kind.VALUE, "A hook run between cards."),
    LISTFONTS(Support.UNSUPPORTED, Group.PROGRAM, "listfonts", null, Kind.FLAG, "List the installed fonts."),
    LICENCE(Support.UNSUPPORTED, Group.PROGRAM, "licence", "l", Kind.FLAG, "Print swiftDialog's licence."),
    CHECKSUM(Support.UNSUPPORTED, Group.PROGRAM, "checksum", null, Kind.VALUE, "Print a SHA-256 hash of a key."),
    SETICON(Support.UNSUPPORTED, Group.PROGRAM, "seticon", null, Kind.VALUE, "Change swiftDialog's app icon."),
    DEMO(Support.UNSUPPORTED, Group.PROGRAM, "demo", null, Kind.FLAG, "A demonstration dialog."),
    BUILDER(Support.UNSUPPORTED, Group.PROGRAM, "builder", null, Kind.FLAG, "The dialog builder."),
    INSPECT_MODE(Support.UNSUPPORTED, Group.PROGRAM, "inspect-mode", null, Kind.FLAG, "Inspect mode."),
    INSPECT_CONFIG(
            Support.UNSUPPORTED, Group.PROGRAM, "inspect-config", null, Kind.VALUE, "Inspect mode configuration.");

    /** How an option takes its value on the command line. */
    enum Kind {
        /** No value; present means on. */
        FLAG,
        /** A value; the next token unless it starts with {@code -}. */
        VALUE,
        /** A value that may be left out: {@code --timer [seconds]}. */
        OPTIONAL_VALUE,
        /** A value, and every occurrence counts: {@code --textfield}. */
        REPEATABLE;

        boolean takesValue() {
            return this != FLAG;
        }
    }

    /** Whether escrow-bootstrap implements an option. */
    enum Support {
        SUPPORTED,
        /** Accepted silently: it does nothing in swiftDialog 3.x either. */
        NO_EFFECT,
        /** A swiftDialog option we do not implement: ignored with a warning. */
        UNSUPPORTED
    }

    /** Where an option may be given. */
    enum Channel {
        BOTH,
        CLI_ONLY,
        JSON_ONLY
    }

    /** A heading of {@code --help}, in the order printed. */
    enum Group {
        WINDOW("Window"),
        TEXT("Title and message"),
        ICON("Icon, banner and info box"),
        BUTTONS("Buttons"),
        FIELDS("Text fields, selects and check boxes"),
        TIMER("Timer and progress"),
        LIST("Lists and live updates"),
        OUTPUT("Output and JSON input"),
        PROGRAM("Not in swiftDialog");

        private final String heading;

        Group(String heading) {
            this.heading = heading;
        }

        String heading() {
            return heading;
        }
    }

    private final Group group;
    private final String longName;
    private final String shortName;
    private final Kind kind;
    private final Support support;
    private final Channel channel;
    private final String argument;
    private final String help;
    private final List<String> aliases;

    DialogOption(
            Group group,
            String longName,
            String shortName,
            Kind kind,
            String argument,
            String help,
            String... aliases) {
        this(group, longName, shortName, kind, Support.SUPPORTED, Channel.BOTH, argument, help, aliases);
    }

    DialogOption(
            Group group, String longName, String shortName, Kind kind, String argument, String help, Channel channel) {
        this(group, longName, shortName, kind, Support.SUPPORTED, channel, argument, help);
    }

    DialogOption(Support support, Group group, String longName, String shortName, Kind kind, String help) {
        this(group, longName, shortName, kind, support, Channel.BOTH, null, help);
    }

    DialogOption(
            Support support, Group group, String longName, String shortName, Kind kind, String help, Channel channel) {
        this(group, longName, shortName, kind, support, channel, null, help);
    }

    DialogOption(
            Group group,
            String longName,
            String shortName,
            Kind kind,
            Support support,
            Channel channel,
            String argument,
            String help,
            String... aliases) {
        this.group = group;
        this.longName = longName;
        this.shortName = shortName;
        this.kind = kind;
        this.support = support;
        this.channel = channel;
        this.argument = argument;
        this.help = help;
        this.aliases = List.of(aliases);
    }

    Group group() {
        return group;
    }

    String longName() {
        return longName;
    }

    /** swiftDialog's short name without its dash, or null. */
    String shortName() {
        return shortName;
    }

    Kind kind() {
        return kind;
    }

    Support support() {
        return support;
    }

    Channel channel() {
        return channel;
    }

    /** The value's placeholder for help, such as {@code <text>}, or null for a flag. */
    String argument() {
        return argument;
    }

    String help() {
        return help;
    }

    /** Other long names for the same option, such as {@code bannertext} for {@code bannertitle}. */
    List<String> aliases() {
        return aliases;
    }

    boolean isSupported() {
        return support == Support.SUPPORTED;
    }

    boolean onCommandLine() {
        return channel != Channel.JSON_ONLY;
    }

    boolean inJson() {
        return channel != Channel.CLI_ONLY;
    }

    /** {@code --long}: how messages name the option. */
    String display() {
        return "--" + longName;
    }

    /** Every command-line spelling: {@code --long}, {@code --alias} and {@code -short}. */
    List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        tokens.add("--" + longName);
        aliases.forEach(alias -> tokens.add("--" + alias));
        if (shortName != null) {
            tokens.add("-" + shortName);
        }
        return tokens;
    }

    /** The option a command-line token names exactly ({@code --title}, {@code -t}), as swiftDialog matches it. */
    static Optional<DialogOption> byToken(String token) {
        return Optional.ofNullable(Index.BY_TOKEN.get(token));
    }

    /** The option a JSON key names: its long name or an alias, without dashes. */
    static Optional<DialogOption> byJsonKey(String key) {
        return Optional.ofNullable(Index.BY_JSON_KEY.get(key));
    }

    /** The known command-line spelling nearest to {@code token} by edit distance, for "did you mean". */
    static String closestToken(String token) {
        return EditDistance.closest(token, Index.BY_TOKEN.keySet());
    }

    /** The known JSON key nearest to {@code key} by edit distance, for "did you mean". */
    static String closestJsonKey(String key) {
        return EditDistance.closest(key, Index.BY_JSON_KEY.keySet());
    }

    /** Lookup tables, built once from the enum (an enum cannot read its own static fields in its constructor). */
    private static final class Index {
        static final Map<String, DialogOption> BY_TOKEN;
        static final Map<String, DialogOption> BY_JSON_KEY;

        static {
            Map<String, DialogOption> tokens = new HashMap<>();
            Map<String, DialogOption> keys = new HashMap<>();
            for (DialogOption option : values()) {
                if (option.onCommandLine()) {
                    for (String token : option.tokens()) {
                        if (tokens.put(token, option) != null) {
                            throw new IllegalStateException("two options spelled " + token);
                        }
                    }
                }
                if (option.inJson()) {
                    keys.put(option.longName, option);
                    option.aliases.forEach(alias -> keys.put(alias, option));
                }
            }
            BY_TOKEN = Collections.unmodifiableMap(tokens);
            BY_JSON_KEY = Collections.unmodifiableMap(keys);
        }
    }
}
