package org.escrowbootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.escrowbootstrap.model.Templates;
import org.escrowbootstrap.system.FakeSysroot.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template variables on macOS (through the fake tools), Linux (a fake root folder) and Windows. */
class HostFactsTest {

    private final FakeSysroot mac = FakeSysroot.create();
    private final RealMac real = new RealMac(mac.root(), Timeouts.all(Duration.ofSeconds(10)), null);

    @TempDir
    Path linuxRoot;

    @AfterEach
    void cleanUp() {
        mac.close();
    }

    @Test
    void mac_resolvesEveryBuiltIn_withTheToolsUnderTheSysroot() {
        HostFacts facts = HostFacts.mac(real, Map.of(), "bob", "10.16");

        assertThat(facts.lookup("serialnumber")).contains("C02XK1ABCDEF");
        assertThat(facts.lookup("computername")).contains("Alice's MacBook Pro");
        assertThat(facts.lookup("computermodel")).contains("MacBook Pro (14-inch, 2023)");
        assertThat(facts.lookup("username")).contains("alice"); // the console user
        assertThat(facts.lookup("userfullname")).contains("Bob"); // the process owner, as in swiftDialog
        assertThat(facts.lookup("osversion")).contains("15.3.1");
        assertThat(facts.lookup("osname")).contains("Sequoia");
    }

    @Test
    void mac_runsNoToolUntilATextUsesAVariable_andOnlyTheToolsThatTextNeeds() {
        HostFacts facts = HostFacts.mac(real, Map.of(), "bob", "10.16");

        assertThat(Templates.apply("Please enter your password.", facts)).isEqualTo("Please enter your password.");
        assertThat(mac.calls()).isEmpty();

        assertThat(Templates.apply("{username}, you are on {osname} {osversion}", facts))
                .isEqualTo("alice, you are on Sequoia 15.3.1");
        assertThat(mac.calls())
                .extracting(FakeSysroot.Call::tool)
                .containsExactly("/usr/sbin/scutil", "/usr/bin/sw_vers");
    }

    @Test
    void mac_computesEachValueOnce() {
        HostFacts facts = HostFacts.mac(real, Map.of(), "bob", "10.16");

        facts.lookup("serialnumber");
        facts.lookup("serialnumber");
        Templates.apply("{serialnumber} {serialnumber}", facts);

        assertThat(mac.calls()).hasSize(1);
    }

    @Test
    void environmentVariables_areVariablesToo_andWinOverBuiltInsOfTheSameName() {
        HostFacts facts =
                HostFacts.mac(real, Map.of("HOME", "/Users/alice", "computername", "from the env"), "bob", "");

        assertThat(Templates.apply("{HOME} on {computername}", facts)).isEqualTo("/Users/alice on from the env");
        assertThat(mac.calls()).isEmpty();
    }

    @Test
    void unknownNames_stayUnresolved() {
        HostFacts facts = HostFacts.mac(real, Map.of(), "bob", "");

        assertThat(facts.lookup("nosuchthing")).isEmpty();
        assertThat(facts.lookup("SERIALNUMBER")).isEmpty(); // names are case-sensitive, as in swiftDialog
        assertThat(Templates.apply("{nosuchthing}", facts)).isEqualTo("{nosuchthing}");
        assertThat(mac.calls()).isEmpty();
    }

    @Test
    void mac_fallsBack_likeSwiftDialog_butToTheHostNameBeforeMac() {
        mac.removeHost("computer-name").removeHost("serial").mode("sw_vers", Mode.HANG);
        HostFacts facts = HostFacts.mac(
                new RealMac(mac.root(), Timeouts.all(Duration.ofMillis(500)), null), Map.of(), "bob", "15.1");

        assertThat(facts.lookup("computername")).contains("alices-mbp.example.com");
        assertThat(facts.lookup("serialnumber")).contains("Serial Unknown");
        assertThat(facts.lookup("osversion")).contains("15.1"); // what Java says, when sw_vers cannot
        mac.removeTool("/bin/hostname");
        HostFacts again = HostFacts.mac(real, Map.of(), "bob", "");
        mac.removeHost("computer-name");
        assertThat(again.lookup("computername")).contains("Mac");
    }

    @Test
    void mac_withNobodyAtTheConsole_usesTheProcessOwnerAsUserName() {
        mac.consoleUser("loginwindow", 0);

        assertThat(HostFacts.mac(real, Map.of(), "bob", "").lookup("username")).contains("bob");
    }

    @Test
    void linux_readsOsReleaseDmiHostnameAndGecos() throws IOException {
        write(
                "etc/os-release",
                "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\n");
        write("sys/class/dmi/id/product_name", "ThinkPad X1 Carbon Gen 11\n");
        write("sys/class/dmi/id/product_serial", "PF3ABCDE\n");
        write("proc/sys/kernel/hostname", "build-box\n");
        write("etc/passwd", "root:x:0:0:root:/root:/bin/bash\njan:x:1000:1000:Jan Doe,Room 4,,:/home/jan:/bin/bash\n");

        HostFacts facts = HostFacts.linux(linuxRoot, Map.of(), "jan", "Linux", "6.1.0");

        assertThat(facts.lookup("osname")).contains("Debian GNU/Linux");
        assertThat(facts.lookup("osversion")).contains("12");
        assertThat(facts.lookup("computermodel")).contains("ThinkPad X1 Carbon Gen 11");
        assertThat(facts.lookup("serialnumber")).contains("PF3ABCDE");
        assertThat(facts.lookup("computername")).contains("build-box");
        assertThat(facts.lookup("username")).contains("jan");
        assertThat(facts.lookup("userfullname")).contains("Jan Doe");
    }

    @Test
    void linux_withoutThoseFiles_fallsBack() throws IOException {
        write("etc/hostname", "from-etc\n");

        HostFacts facts = HostFacts.linux(linuxRoot, Map.of(), "jan", "Linux", "6.1.0");

        assertThat(facts.lookup("serialnumber")).contains("Serial Unknown"); // root-only or absent
        assertThat(facts.lookup("osname")).contains("Linux");
        assertThat(facts.lookup("osversion")).contains("6.1.0");
        assertThat(facts.lookup("computername")).contains("from-etc");
        assertThat(facts.lookup("userfullname")).contains("jan");
        assertThat(facts.lookup("computermodel")).contains("Unknown");
    }

    @Test
    void windows_usesTheEnvironmentAndJavasOsProperties() {
        HostFacts facts = HostFacts.windows(
                Map.of("COMPUTERNAME", "DESKTOP-7Q2", "USERNAME", "jdoe"), "jdoe", "Windows 11", "10.0");

        assertThat(facts.lookup("computername")).contains("DESKTOP-7Q2");
        assertThat(facts.lookup("username")).contains("jdoe");
        assertThat(facts.lookup("osname")).contains("Windows 11");
        assertThat(facts.lookup("osversion")).contains("10.0");
        assertThat(facts.lookup("serialnumber")).contains("Serial Unknown");
        assertThat(facts.lookup("USERNAME")).contains("jdoe");
    }

    @Test
    void forThisHost_onThisMachine_answersFromItsOwnFiles() throws IOException {
        HostFacts facts = HostFacts.forThisHost(Path.of("/"), null);

        assertThat(facts.lookup("username")).contains(System.getProperty("user.name"));
        assertThat(facts.lookup("HOME")).isEqualTo(Optional.ofNullable(System.getenv("HOME")));
        if (Files.exists(Path.of("/etc/os-release"))) {
            String name = Files.readAllLines(Path.of("/etc/os-release")).stream()
                    .filter(l -> l.startsWith("NAME="))
                    .map(l -> l.substring(5).replace("\"", ""))
                    .findFirst()
                    .orElseThrow();
            assertThat(facts.lookup("osname")).contains(name);
        }
        assertThat(HostFacts.NAMES).allSatisfy(n -> assertThat(facts.lookup(n)).isPresent());
    }

    private void write(String relative, String content) throws IOException {
        Path file = linuxRoot.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
