package org.escrowbootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jamf's $1–$11: the fixed slots, the key=value slot, empty parameters and the 255-character cut. */
class JamfParametersTest {

    private static JamfParameters params(String... values) {
        return JamfParameters.of(List.of(values));
    }

    private static EscrowConfig merged(JamfParameters jamf) {
        return new EscrowConfigMerger(EscrowConfig.defaults())
                .apply(jamf.layer())
                .config();
    }

    @Test
    void get_jamfsOwnParameters() {
        JamfParameters jamf = params("/", "Avery's Mac", "avery", "/etc/escrow.json");

        assertThat(jamf.get(1)).isEqualTo("/");
        assertThat(jamf.computerName()).contains("Avery's Mac");
        assertThat(jamf.userName()).contains("avery");
        assertThat(jamf.configFile()).contains(Path.of("/etc/escrow.json"));
        assertThat(jamf.get(11)).isEmpty();
    }

    @Test
    void none_hasNoUserAndNoFile() {
        assertThat(JamfParameters.none().userName()).isEmpty();
        assertThat(JamfParameters.none().configFile()).isEmpty();
        assertThat(params("/", "", " ").userName()).isEmpty();
    }

    @Test
    void layer_mapsEachSlotToItsKey() {
        EscrowConfig config = merged(
                params("/", "mac", "avery", "", "IT Desk", "colour=#003366", "SF=key.fill", "5", "true", "no", ""));

        assertThat(config.text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("IT Desk");
        assertThat(config.text(EscrowConfigKey.BANNER)).isEqualTo("colour=#003366");
        assertThat(config.text(EscrowConfigKey.ICON)).isEqualTo("SF=key.fill");
        assertThat(config.integer(EscrowConfigKey.MAX_ATTEMPTS)).isEqualTo(5);
        assertThat(config.flag(EscrowConfigKey.SELF_SERVICE_EXIT_ZERO)).isTrue();
        assertThat(config.flag(EscrowConfigKey.RUN_RECON)).isFalse();
        assertThat(config.source(EscrowConfigKey.ICON)).isEqualTo(new EscrowConfigSource.JamfParameter(7));
        assertThat(config.source(EscrowConfigKey.RUN_RECON)).isEqualTo(new EscrowConfigSource.JamfParameter(10));
    }

    @Test
    void layer_emptyAndBlankParameters_areIgnored() {
        JamfParameters jamf = params("/", "mac", "avery", "", "", "  ", "", "", "", "", "");

        assertThat(jamf.layer().settings()).isEmpty();
        assertThat(jamf.layer().problems()).isEmpty();
        assertThat(merged(jamf)).isEqualTo(EscrowConfig.defaults());
    }

    @Test
    void layer_pairsSlot_setsAnyKey() {
        EscrowConfig config = merged(params(
                "/",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "branding.title=Example IT; texts.buttonOk = Store it ;behaviour.pollSeconds=20"));

        assertThat(config.text(EscrowConfigKey.TITLE)).isEqualTo("Example IT");
        assertThat(config.text(EscrowConfigKey.BUTTON_OK)).isEqualTo("Store it");
        assertThat(config.integer(EscrowConfigKey.POLL_SECONDS)).isEqualTo(20);
        assertThat(config.source(EscrowConfigKey.TITLE)).isEqualTo(new EscrowConfigSource.JamfParameter(11));
    }

    @Test
    void layer_pairsSlot_escapedSemicolonAndEqualsInValues() {
        EscrowConfig config = merged(params(
                "/",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "support.contact=Desk\\; ext. 42;support.url=https://x.example/?a=b;branding.subtitle=a\\\\b"));

        assertThat(config.text(EscrowConfigKey.SUPPORT_CONTACT)).isEqualTo("Desk; ext. 42");
        assertThat(config.text(EscrowConfigKey.SUPPORT_URL)).isEqualTo("https://x.example/?a=b");
        assertThat(config.text(EscrowConfigKey.SUBTITLE)).isEqualTo("a\\b");
    }

    @Test
    void layer_pairsSlot_malformedPairAndUnknownKey_warn() {
        JamfParameters jamf = params("/", "", "", "", "", "", "", "", "", "", "justtext;behaviour.maxAttemps=2");

        EscrowConfigMerger merger = new EscrowConfigMerger(EscrowConfig.defaults()).apply(jamf.layer());

        assertThat(merger.problems())
                .extracting(EscrowConfigProblem::toString)
                .containsExactly(
                        "Jamf parameter $11: \"justtext\" is not key=value (pairs are separated by \";\"); ignored",
                        "Jamf parameter $11: \"behaviour.maxAttemps\": unknown key (did you mean"
                                + " \"behaviour.maxAttempts\"?); ignored");
    }

    @Test
    void layer_parameterOf255Characters_warnsItWasProbablyCut() {
        String cut = "support.contact=" + "x".repeat(255 - 16);

        JamfParameters jamf = params("/", "", "", "", "", "", "", "", "", "", cut);

        assertThat(jamf.layer().problems())
                .singleElement()
                .hasToString("Jamf parameter $11: is 255 characters long: Jamf cuts parameters at 255, so it was"
                        + " probably cut short; put long values in the config file");
        assertThat(params("/", "", "", "", "y".repeat(254)).layer().problems()).isEmpty();
    }

    @Test
    void layer_configFileSlot_isNotASetting() throws Exception {
        Path file = Files.createTempFile("escrow", ".json");
        try {
            assertThat(params("/", "", "", file.toString()).layer().settings()).isEmpty();
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void slots_areFixed() {
        assertThat(JamfParameters.SLOTS)
                .extracting(JamfParameters.Slot::number, s -> s.key().key())
                .containsExactly(
                        tuple(5, "support.contact"),
                        tuple(6, "branding.banner"),
                        tuple(7, "branding.icon"),
                        tuple(8, "behaviour.maxAttempts"),
                        tuple(9, "behaviour.selfServiceExitZero"),
                        tuple(10, "behaviour.runRecon"));
    }

    @Test
    void of_moreThanElevenParameters_isRejected() {
        assertThatThrownBy(
                        () -> JamfParameters.of(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 11");
    }

    @Test
    void docs_jamfParametersPage_documentsEverySlot() throws Exception {
        String doc = Files.readString(Path.of("docs/jamf-parameters.md"));

        assertThat(doc).contains("| $4 | Config file path |");
        for (JamfParameters.Slot slot : JamfParameters.SLOTS) {
            assertThat(doc)
                    .contains("| $" + slot.number() + " | ")
                    .contains("`" + slot.key().key() + "`");
        }
        assertThat(doc).contains("| $11 | Settings (key=value; …) |");
    }
}
