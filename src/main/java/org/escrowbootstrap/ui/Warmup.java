package org.escrowbootstrap.ui;

import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.AttributedString;
import java.text.BreakIterator;
import java.util.Map;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.StyleSheet;
import net.miginfocom.layout.ConstraintParser;
import org.escrowbootstrap.model.DialogSpec;

/**
 * Loads the machinery the first screen needs on background threads, while the main and Swing threads start AWT
 * and install the theme: the first paint then finds those classes, fonts and caches ready instead of loading
 * them one after another on the Swing thread.
 *
 * <p>Only models and fonts are touched here (no Swing component is created off the Swing thread). Failures are
 * ignored: whatever was not warmed is simply loaded when the screen is built.
 */
final class Warmup {

    /** The JDK's switch between its foreign-function (default since JDK 22) and JNI bindings of HarfBuzz. */
    static final String SHAPER_PROPERTY = "sun.font.layout.ffm";

    private static boolean displayStarted;
    private static boolean screenStarted;

    private Warmup() {}

    /**
     * Starts what every window needs whatever it shows: Inter (read and registered), the text shaping that lays
     * it out and MigLayout's constraint parser. (Not JSVG: our own pictures are read without it, and a user's SVG
     * file loads it on the image loader's thread.) Once per process; call it when the program has decided whether
     * it runs headless.
     */
    static synchronized void forDisplay() {
        if (displayStarted) {
            return;
        }
        displayStarted = true;
        preferNativeTextShaper();
        Fonts.prepareInBackground();
        // AWT's toolkit (the display connection, the event queue's machinery) starts here too, beside the fonts,
        // while the main thread may still be reading the arguments; it would otherwise start on the main thread.
        start("escrow-awt", () -> quietly(Toolkit::getDefaultToolkit));
        // The rest waits for Inter: the Swing thread cannot install the theme before the fonts are in, so on a
        // machine with few cores nothing should compete with them (or with the main thread starting AWT).
        start("escrow-warmup-ui", () -> {
            Fonts.loadInter();
            quietly(Warmup::textShaping);
            quietly(Warmup::layoutParser);
        });
        start("escrow-preload", () -> {
            Fonts.loadInter();
            preloadClasses();
        });
    }

    /**
     * On JDK 22 and later, AWT calls HarfBuzz through the foreign-function API by default, and the first text laid
     * out spins a method handle and a stub class for every function and callback it crosses: on the packaged
     * launcher's JDK 25 that cost 330 ms of CPU and 12 MB before the first paint (none of it kept in the AOT
     * cache). The JDK's JNI binding of the same HarfBuzz, still behind {@code sun.font.layout.ffm=false}, lays out
     * the same glyphs (a screen renders byte-identical) for nothing at start. An explicit setting is kept; JDK 17
     * knows only JNI and ignores the property. Set before anything lays text out: the JDK reads it once.
     */
    static void preferNativeTextShaper() {
        if (System.getProperty(SHAPER_PROPERTY) == null) {
            System.setProperty(SHAPER_PROPERTY, "false");
        }
    }

    /** Starts loading the HTML machinery for the first screen whose Markdown is more than prose. */
    static synchronized void forScreen(DialogSpec spec) {
        String text = spec.message() != null ? spec.message() : spec.infoBox();
        if (screenStarted || text == null || text.isBlank()) {
            return;
        }
        screenStarted = true;
        start("escrow-warmup", () -> {
            Fonts.loadInter(); // after the fonts, as above
            quietly(() -> markdown(text));
        });
    }

    private static void markdown(String text) throws IOException, BadLocationException {
        org.commonmark.node.Node markdown = Markdown.parse(text);
        if (Prose.of(markdown).isPresent()) {
            return; // a ProseView draws it: the text shaping warmed for every window is all it needs
        }
        String html = Markdown.htmlOf(markdown);
        HTMLEditorKit kit = new HTMLEditorKit();
        Document document = kit.createDefaultDocument();
        kit.read(new StringReader("<html><body>" + html + "</body></html>"), document, 0);
        // The view's own rules go through the CSS parser, which the default style sheet does not load.
        new StyleSheet().addRule("p { margin-top: 0; margin-bottom: 12.4pt; text-align: left; }");
    }

    /**
     * Loads (without initialising) the classes the first screen will need, listed in {@code preload-classes.txt}
     * in the order a dialog first needs them: the Swing thread then finds most of them loaded. The packaged
     * launcher gets this and more from its class-data cache; a plain {@code java -jar} only has the JDK's own.
     */
    private static void preloadClasses() {
        if (Boolean.getBoolean("escrowbootstrap.preload.off")) {
            return; // bench/preload-classes.sh makes the list from what a screen loads without it
        }
        InputStream list = Warmup.class.getResourceAsStream("preload-classes.txt");
        if (list == null) {
            return;
        }
        boolean headless = GraphicsEnvironment.isHeadless();
        ClassLoader loader = Warmup.class.getClassLoader();
        try (BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                if (name.isEmpty() || name.startsWith("#") || headless && isDisplayOnly(name)) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // another JDK or a class that is gone: the screen loads what it needs itself
                }
            }
        } catch (IOException e) {
            // nothing lost
        }
    }

    /** Classes of the X11 window system, which a headless (PNG) run never touches. */
    private static boolean isDisplayOnly(String name) {
        return name.startsWith("sun.awt.X11") || name.startsWith("sun.java2d.x11") || name.startsWith("sun.java2d.xr");
    }

    private static void layoutParser() {
        ConstraintParser.parseLayoutConstraint("insets 0, gap 0, fill, hidemode 3");
        ConstraintParser.parseColumnConstraints("[150!]23[grow, fill]");
        ConstraintParser.parseComponentConstraint("span, growx, wrap, gaptop 8");
    }

    /**
     * Lays out a line in Inter the way the Markdown view does (line breaks, bidi, shaping): the native shaper, the
     * font's tables and the break iterator's rules are loaded once per process, on first use.
     */
    private static void textShaping() {
        for (String family : new String[] {FlatInterFont.FAMILY, FlatInterFont.FAMILY_SEMIBOLD}) {
            Font font = Fonts.tracked(new Font(family, Font.PLAIN, 1).deriveFont(17f));
            AttributedString text = new AttributedString("Warm up, 1 2 3.", Map.of(TextAttribute.FONT, font));
            LineBreakMeasurer lines = new LineBreakMeasurer(
                    text.getIterator(), BreakIterator.getLineInstance(), new FontRenderContext(null, true, true));
            lines.nextLayout(60f);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void quietly(Work work) {
        try {
            work.run();
        } catch (Exception | LinkageError e) {
            // Nothing lost: the screen loads what it needs when it is built.
        }
    }

    private static void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
