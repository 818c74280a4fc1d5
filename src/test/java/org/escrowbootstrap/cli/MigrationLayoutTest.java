package org.escrowbootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies set up for another script keep their parameters: each layout read as that script meant it. */
class MigrationLayoutTest {

    /** What a policy of robjschroeder/Bootstrap-Token-Escrow passes. */
    private static final String[] SCHROEDER_POLICY = {
        "/",
        "Avery's MacBook Pro",
        "avery",
        "https://example.com/banner.png",
        "More Information",
        "https://support.example.com/bootstrap",
        "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/LockedIcon.icns",
        "support@example.com"
    };

    @TempDir
    Path root;

    private CliRun print(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "config";
        args[1] = "--print";
        args[2] = "--sysroot";
        args[3] = root.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private static String[] with(String layout, String... parameters) {
        String[] all = new String[parameters.length + 2];
        all[0] = "--parameters";
        all[1] = layout;
        System.arraycopy(parameters, 0, all, 2, parameters.length);
        return all;
    }

    @Test
    void schroedersLayout_readsEachParameterAsThatScriptMeantIt() {
        CliRun run = print(with("schroeder", SCHROEDER_POLICY));

        assertThat(run.out())
                .contains("branding.banner", "\"https://example.com/banner.png\"    # Jamf parameter $4")
                .contains("\"More Information\"    # Jamf parameter $5")
                .contains("\"https://support.example.com/bootstrap\"    # Jamf parameter $6")
                // Read as the icon: here, off a Mac, the file is missing, which is the ordinary warning.
                .contains("Jamf parameter $7: \"branding.icon\": names an image file that does not exist:")
                .contains("\"support@example.com\"    # Jamf parameter $8")
                .contains("Jamf parameters $4–$11 (schroeder layout)")
                .doesNotContain("ERROR");
    }

    @Test
    void schroedersParameters_readInOurLayout_areClearErrorsNamingTheParameter_neverMisread() {
        CliRun run = print(SCHROEDER_POLICY);

        assertThat(run.out())
                .contains("ERROR Jamf parameter $4: is the config file path in the escrow-bootstrap parameter layout,"
                        + " but holds a link; it is not used. Is this policy set up for another script's parameters?")
                .contains("ERROR Jamf parameter $8: is behaviour.maxAttempts in the escrow-bootstrap parameter layout,"
                        + " but holds an e-mail address")
                .contains("docs/migrating.md");
        assertThat(run.out()).contains("behaviour.maxAttempts").doesNotContain("support@example.com\"    # Jamf");
    }

    @Test
    void kendallsLayout_readsItsBrandingProfile() throws Exception {
        Path plist = root.resolve("Library/Managed Preferences/com.gianteaglescript.defaults.plist");
        Files.createDirectories(plist.getParent());
        Files.writeString(
                plist,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>"
                        + "<key>SupportFiles</key><string>/Library/Application Support/Example</string>"
                        + "<key>BannerImage</key><string>banner.png</string>"
                        + "<key>BannerSubtitle</key><string>Example IT</string>"
                        + "<key>TitleFontColor</key><string>white</string>"
                        + "<key>BannerPadding</key><integer>10</integer>"
                        + "</dict></plist>\n");

        CliRun run = print(with("kendall", "/", "Mac", "avery"));

        assertThat(run.out())
                // Read as the banner, in SupportFiles: off a Mac the file is missing, the ordinary warning.
                .contains("BannerImage: \"branding.banner\": names an image file that does not exist:"
                        + " /Library/Application Support/Example/banner.png")
                .contains("\"Example IT\"")
                .contains("branding.titleColour")
                .contains("BannerPadding is not used");
    }

    @Test
    void kendallsLayout_withTheAdminsOwnDomain() throws Exception {
        Path plist = root.resolve("com.example.defaults.plist");
        Files.writeString(
                plist,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>"
                        + "<key>BannerSubtitle</key><string>Ours</string></dict></plist>\n");

        CliRun run = print(with("kendall:" + plist, "/", "Mac", "avery"));

        assertThat(run.out()).contains("\"Ours\"");
    }

    @Test
    void anUnknownLayout_isAUsageError_withItsOwnExitCode() {
        CliRun run = CliRun.of("escrow", "--parameters", "mine", "/", "Mac", "avery");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err())
                .isEqualTo("escrow-bootstrap escrow: --parameters takes one of escrow-bootstrap, schroeder, kendall,"
                        + " not \"mine\"\n");
    }
}
