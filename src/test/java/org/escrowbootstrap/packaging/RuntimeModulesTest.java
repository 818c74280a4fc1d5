package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * packaging/runtime-modules against {@code jdeps}: the image's runtime has every module our classes and their
 * libraries need, leaves out only what it says why, and says why each module is there.
 */
class RuntimeModulesTest {

    private static final Path MODULES = Path.of("packaging/runtime-modules");

    private static List<String> lines;
    private static Set<String> included;
    private static Set<String> excluded;
    private static Set<String> jdeps;

    @BeforeAll
    static void readTheList() throws IOException {
        lines = Files.readAllLines(MODULES);
        included = new LinkedHashSet<>();
        excluded = new LinkedHashSet<>();
        for (String line : lines) {
            String module = line.strip().split("\\s+")[0];
            if (module.isEmpty() || module.startsWith("#")) {
                continue;
            }
            if (module.startsWith("-")) {
                excluded.add(module.substring(1));
            } else {
                included.add(module);
            }
        }
    }

    /** What jdeps says our classes and the libraries they use need (it takes seconds: asked once). */
    private static synchronized Set<String> jdepsModules() {
        if (jdeps == null) {
            jdeps = runJdeps();
        }
        return jdeps;
    }

    private static Set<String> runJdeps() {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .collect(Collectors.joining(File.pathSeparator));
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        assertThat(jdeps).as("the tests run on a JDK with jdeps").isExecutable();
        ScriptRun run = ScriptRun.of(
                List.of(
                        jdeps.toString(),
                        "--multi-release",
                        "17",
                        "--ignore-missing-deps",
                        "--print-module-deps",
                        "--class-path",
                        classPath,
                        "target/classes"),
                Map.of(),
                Duration.ofMinutes(3));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return Set.of(run.stdout().strip().split(","));
    }

    /** The modules jlink puts into the image for the listed ones: them and everything they require. */
    private static Set<String> resolvedFromTheList() {
        Configuration configuration =
                Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), included);
        return configuration.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
    }

    @Test
    void everyModuleJdepsFinds_isInTheImage_orLeftOutOnPurpose() {
        Set<String> missing = new LinkedHashSet<>(jdepsModules());
        missing.removeAll(resolvedFromTheList());
        missing.removeAll(excluded);

        assertThat(missing)
                .as("modules jdeps needs that " + MODULES + " neither lists nor leaves out")
                .isEmpty();
    }

    @Test
    void everyModuleLeftOut_isOneJdepsStillReports() {
        assertThat(excluded).isNotEmpty();
        assertThat(jdepsModules()).containsAll(excluded);
    }

    @Test
    void everyListedModule_hasItsReasonOnTheLineAbove() {
        List<String> unexplained = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean module = !line.isEmpty() && !line.startsWith("#");
            if (module
                    && !line.equals("java.base")
                    && (i == 0 || !lines.get(i - 1).startsWith("#"))) {
                unexplained.add(line);
            }
        }
        assertThat(unexplained).isEmpty();
        assertThat(included).contains("java.base", "java.desktop", "jdk.security.auth", "jdk.unsupported");
    }
}
