package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.escrowbootstrap.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app's runtime ships Inter in its own lib/fonts (packaging/build-image.sh), where AWT finds the faces
 * by name without our registering them; the executable jar adds them to AWT's installed fonts when its manifest's
 * export lets it ({@link InstalledFaces}). In real JVMs: one whose runtime ships the faces, the test's own, which
 * has to register them, and the test's own with the jar's export: all must draw the same screen, pixel for pixel.
 */
class RuntimeFontsTest {

    private static final String[] FACES = {
        FlatInterFont.STYLE_REGULAR,
        FlatInterFont.STYLE_ITALIC,
        FlatInterFont.STYLE_BOLD,
        FlatInterFont.STYLE_BOLD_ITALIC,
        FlatInterFont.STYLE_SEMIBOLD,
        FlatInterFont.STYLE_SEMIBOLD_ITALIC,
        FlatInterFont.STYLE_LIGHT,
        FlatInterFont.STYLE_LIGHT_ITALIC
    };

    @TempDir
    Path temp;

    @Test
    void aRuntimeThatShipsInter_drawsTheScreenAsRegisteredInterDoes_withoutRegisteringOrCopyingAFace()
            throws Exception {
        Path runtime = runtimeWithFonts(temp.resolve("runtime"), face -> face);
        Path shippedHome = Files.createDirectories(temp.resolve("home-shipped"));
        Path registeredHome = Files.createDirectories(temp.resolve("home-registered"));

        Run shipped = screenshot(runtime, shippedHome, temp.resolve("shipped.png"));
        Run registered =
                screenshot(Path.of(System.getProperty("java.home")), registeredHome, temp.resolve("registered.png"));

        assertThat(shipped.exitCode()).as(shipped.stderr()).isZero();
        assertThat(registered.exitCode()).as(registered.stderr()).isZero();
        assertThat(Files.readAllBytes(temp.resolve("shipped.png")))
                .as("the same pixels from the runtime's faces as from registered ones")
                .isEqualTo(Files.readAllBytes(temp.resolve("registered.png")));
        assertThat(shipped.stderr())
                .as("AWT opened Inter from the runtime's font folder")
                .contains("Opening deferred font file " + runtime.resolve("lib/fonts/Inter-"));
        assertThat(filesUnder(shippedHome.resolve(".cache/escrow-bootstrap/fonts")))
                .as("no face copied into the user's cache to be registered")
                .isEmpty();
        assertThat(filesUnder(registeredHome.resolve(".cache/escrow-bootstrap/fonts")))
                .as("the test's own runtime has to register copies")
                .isNotEmpty();
    }

    @Test
    void aRuntimeWhoseFontFilesAwtDoesNotServeAsInter_getsTheFacesRegistered_andDrawsTheSameScreen() throws Exception {
        // Every file named as an Inter face holds the semibold one: AWT finds no family "Inter" there.
        Path runtime = runtimeWithFonts(temp.resolve("runtime"), face -> FlatInterFont.STYLE_SEMIBOLD);
        Path home = Files.createDirectories(temp.resolve("home"));

        Run run = screenshot(runtime, home, temp.resolve("fallback.png"));
        Run registered = screenshot(
                Path.of(System.getProperty("java.home")),
                Files.createDirectories(temp.resolve("home-registered")),
                temp.resolve("registered.png"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(registered.exitCode()).as(registered.stderr()).isZero();
        assertThat(filesUnder(home.resolve(".cache/escrow-bootstrap/fonts")))
                .as("the faces copied to be registered, as without a runtime that ships them")
                .isNotEmpty();
        assertThat(Files.readAllBytes(temp.resolve("fallback.png")))
                .as("Inter drawn all the same")
                .isEqualTo(Files.readAllBytes(temp.resolve("registered.png")));
    }

    @Test
    void withTheJarsExportOfAwtsFontTable_theFacesAreAddedWithoutListingEveryFont_andDrawTheSameScreen()
            throws Exception {
        Path java = Path.of(System.getProperty("java.home"));
        Path exportHome = Files.createDirectories(temp.resolve("home-export"));

        // the export the jar's manifest declares (Add-Exports), as a class-path run needs it spelled out
        Run added = screenshot(
                java, exportHome, temp.resolve("added.png"), "--add-exports=java.desktop/sun.font=ALL-UNNAMED");
        Run registered = screenshot(
                java, Files.createDirectories(temp.resolve("home-registered")), temp.resolve("registered.png"));

        assertThat(added.exitCode()).as(added.stderr()).isZero();
        assertThat(registered.exitCode()).as(registered.stderr()).isZero();
        assertThat(Files.readAllBytes(temp.resolve("added.png")))
                .as("the same pixels from faces added to AWT's table as from registered ones")
                .isEqualTo(Files.readAllBytes(temp.resolve("registered.png")));
        assertThat(added.stderr())
                .as("Inter read from the cached copies")
                .contains("open TTF: " + exportHome.resolve(".cache/escrow-bootstrap/fonts/Inter-Regular-"));
        assertThat(added.stderr())
                .as("AWT did not list and open every installed font")
                .doesNotContain("loadFonts() called");
        assertThat(registered.stderr())
                .as("registering a font the public way does (what the export spares)")
                .contains("loadFonts() called");
    }

    private record Run(int exitCode, String stderr) {}

    /** A dialog with regular, bold, italic, semibold and light text, drawn to a PNG by {@code runtime}'s java. */
    private static Run screenshot(Path runtime, Path home, Path png, String... javaOptions) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(runtime.resolve("bin/java").toString()));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of(
                "-Djava.awt.headless=true",
                "-Dsun.java2d.debugfonts=true",
                "-Duser.home=" + home,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "dialog",
                "--title",
                "Light title",
                "--titlefont",
                "weight=light",
                "--message",
                "Regular, **bold**, *italic* and ***both***.",
                "--infobox",
                "**Info** box",
                "--button1text",
                "Semibold",
                "--screenshot",
                png.toString()));
        Path err = Files.createTempFile(home.getParent(), "stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the screenshot did not finish: " + Files.readString(err));
        }
        String stderr = Files.readString(err);
        Files.delete(err);
        return new Run(process.exitValue(), stderr);
    }

    /**
     * The test's Java runtime, hard-linked file by file (copied where linking is refused), with a file for each of
     * Inter's faces in its lib/fonts, as the packaged runtime has them, holding the face {@code content} names:
     * java finds its home from where its files are.
     */
    private static Path runtimeWithFonts(Path copy, UnaryOperator<String> content) throws IOException {
        Path home = Path.of(System.getProperty("java.home")).toRealPath();
        Files.walkFileTree(home, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(copy.resolve(home.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path target = copy.resolve(home.relativize(file).toString());
                if (attributes.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(file));
                } else {
                    try {
                        Files.createLink(target, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Path fonts = Files.createDirectories(copy.resolve("lib/fonts"));
        for (String face : FACES) {
            try (InputStream in = FlatInterFont.class.getResourceAsStream(content.apply(face))) {
                Files.copy(in, fonts.resolve(face));
            }
        }
        return copy;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
