package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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
    void ourPropertiesParse_withoutAnyFlatLafComplaint() {
        Logger flatlaf = Logger.getLogger(FlatLaf.class.getName());
        List<String> complaints = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    complaints.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        flatlaf.addHandler(handler);
        try {
            Theme.install(Appearance.DARK);
            Theme.install(Appearance.LIGHT);
        } finally {
            flatlaf.removeHandler(handler);
        }
        assertThat(complaints).isEmpty();
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
