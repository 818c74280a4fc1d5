package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.Notification;
import org.junit.jupiter.api.Test;

class NotificationBannerTest {

    private static FontMetrics metrics() {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        return probe.createGraphics().getFontMetrics(Fonts.inter(FontWeight.REGULAR, 13f));
    }

    @Test
    void wrap_breaksAtSpacesAndNewLines_andEndsACutTextWithAnEllipsis() {
        FontMetrics metrics = metrics();
        int width = metrics.stringWidth("one two three");

        assertThat(NotificationBanner.wrap("one two three four\nfive", metrics, width, 4))
                .containsExactly("one two three", "four", "five");
        List<String> cut = NotificationBanner.wrap("one two three four five six seven eight", metrics, width, 2);
        assertThat(cut).hasSize(2);
        assertThat(cut.get(0)).isEqualTo("one two three");
        assertThat(cut.get(1)).endsWith("…");
        assertThat(metrics.stringWidth(cut.get(1))).isLessThanOrEqualTo(width);
        assertThat(NotificationBanner.wrap(" ", metrics, width, 2)).isEmpty();
    }

    @Test
    void render_drawsTheIconOnTheLeftOfTheCard_andTheTextToItsRight() {
        List<String> warnings = new ArrayList<>();
        Notification notification = new Notification(
                "Reminder", null, "Your password will expire in 10 days.", ImageRef.parse("SF=bell,colour=#FF0000"));

        BufferedImage image = NotificationBanner.render(notification, 2, warnings::add);

        int middle = image.getHeight() / 2;
        boolean redOnTheLeft = false;
        for (int x = 0; x < 2 * 70; x++) {
            Color c = new Color(image.getRGB(x, middle), true);
            redOnTheLeft |= c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80;
        }
        assertThat(redOnTheLeft).isTrue();
        boolean darkTextOnTheRight = false;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 2 * 80; x < image.getWidth() - 40; x++) {
                Color c = new Color(image.getRGB(x, y), true);
                darkTextOnTheRight |= c.getAlpha() == 255 && c.getRed() < 60 && c.getGreen() < 60;
            }
        }
        assertThat(darkTextOnTheRight).isTrue();
        assertThat(warnings).isEmpty();
    }
}
