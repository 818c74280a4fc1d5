package org.escrowbootstrap.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deployment guide in README.md and the packaging notes in packaging/README.md: their links and pictures exist,
 * and the guide names what the scripts print.
 */
class DeploymentGuideTest {

    private static final Path GUIDE = Path.of("README.md");

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "packaging/README.md"})
    void everyRelativeLinkAndPicture_pointsAtAFileThatExists(String readme) throws Exception {
        Path file = Path.of(readme);
        // Markdown links and pictures, and the gallery's <img src="…"> tags.
        Matcher link = Pattern.compile("\\]\\(([^)#\\s]+)[^)]*\\)|<img src=\"([^\"]+)\"")
                .matcher(Files.readString(file));
        List<String> broken = new ArrayList<>();
        int relative = 0;
        while (link.find()) {
            String target = link.group(1) != null ? link.group(1) : link.group(2);
            if (target.contains("://")) {
                continue;
            }
            relative++;
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.exists(folder.resolve(target))) {
                broken.add(target);
            }
        }
        assertThat(relative).isGreaterThan(5);
        assertThat(broken).isEmpty();
    }

    @Test
    void namesEveryValueTheExtensionAttributePrints() throws Exception {
        Matcher value = Pattern.compile("<result>([^<$]+)</result>")
                .matcher(Files.readString(Path.of("packaging/jamf/escrow-bootstrap-ea.sh")));
        Set<String> values = new LinkedHashSet<>();
        while (value.find()) {
            values.add(value.group(1));
        }
        String guide = Files.readString(GUIDE);

        assertThat(values).containsExactlyInAnyOrder("Escrowed", "Not escrowed", "Not supported", "Unknown");
        for (String each : values) {
            assertThat(guide).contains("| `" + each + "` |");
        }
    }

    @Test
    void namesThePolicyScriptsOwnExitCode() throws Exception {
        assertThat(Files.readString(Path.of("packaging/jamf/escrow-bootstrap-policy.sh")))
                .contains("exit 127");
        assertThat(Files.readString(GUIDE))
                .contains("| **127** | **the policy script: Escrow Bootstrap is not installed** |");
    }
}
