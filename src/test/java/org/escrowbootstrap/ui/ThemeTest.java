package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.escrowbootstrap.model.WindowSpec.Appearance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @AfterAll
    static void backToLight() {
        Theme.install(Appearance.LIGHT);
    }

    @Test
    void light_andDark_comeWithOurColoursFromTheProperties() {
        Theme.install(Appearance.LIGHT);
        assertThat(Theme.isDark()).isFalse();
        assertThat(GuiActionRunner.execute(() -> UIManager.getColor("EscrowDialog.background")))
                .isEqualTo(new Color(0xF3F3F1));

        Theme.install(Appearance.DARK);
        assertThat(Theme.isDark()).isTrue();
        assertThat(GuiActionRunner.execute(() -> UIManager.getColor("EscrowDialog.background")))
                .isEqualTo(new Color(0x29292B));
    }

    @Test
    void sizesComeFromTheProperties_andInterIsTheFont() {
        Theme.install(Appearance.LIGHT);
        assertThat(GuiActionRunner.execute(() -> Look.size("message.size", -1))).isEqualTo(20);
        assertThat(GuiActionRunner.execute(() -> Look.size("title.size", -1))).isEqualTo(30);
        assertThat(GuiActionRunner.execute(
                        () -> UIManager.getFont("defaultFont").getFamily()))
                .isEqualTo("Inter");
    }
}
