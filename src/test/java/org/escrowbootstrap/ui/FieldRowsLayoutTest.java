package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.Rectangle;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

class FieldRowsLayoutTest {

    @Test
    void fieldTakesItsShareOnTheRight_labelTheRestOnTheLeft() {
        Rectangle[] bounds = GuiActionRunner.execute(() -> {
            JPanel panel = new JPanel(new FieldRowsLayout(new Insets(8, 8, 8, 8), 6, 12, 0.5f));
            JLabel label = new JLabel("Label");
            JTextField field = new JTextField();
            JLabel label2 = new JLabel("Second");
            JTextField field2 = new JTextField();
            panel.add(label);
            panel.add(field);
            panel.add(label2);
            panel.add(field2);
            Dimension preferred = panel.getPreferredSize();
            panel.setSize(416, preferred.height);
            panel.doLayout();
            return new Rectangle[] {label.getBounds(), field.getBounds(), field2.getBounds(), new Rectangle(preferred)};
        });
        assertThat(bounds[1].x).isEqualTo(8 + 200);
        assertThat(bounds[1].width).isEqualTo(200);
        assertThat(bounds[0].x).isEqualTo(8);
        assertThat(bounds[0].width).isEqualTo(400 - 200 - 12);
        assertThat(bounds[2].y).isEqualTo(bounds[1].y + bounds[1].height + 6);
        assertThat(bounds[3].height).isEqualTo(8 + bounds[1].height + 6 + bounds[2].height + 8);
    }
}
