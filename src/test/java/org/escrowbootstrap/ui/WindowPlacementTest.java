package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import org.escrowbootstrap.model.WindowPosition;
import org.escrowbootstrap.model.WindowPosition.Keyword;
import org.escrowbootstrap.model.WindowSpec;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle SCREEN = new Rectangle(0, 0, 1440, 900);
    private static final Dimension WINDOW = new Dimension(820, 380);

    private static Point at(Keyword keyword) {
        return WindowPlacement.location(WindowPosition.of(keyword), WINDOW, SCREEN);
    }

    @Test
    void default_isCentredAcross_andItsMiddle15PercentAboveTheScreensMiddle() {
        assertThat(at(Keyword.DEFAULT)).isEqualTo(new Point(310, 315 - 190));
    }

    @Test
    void centre_isDeadCentre() {
        assertThat(at(Keyword.CENTRE)).isEqualTo(new Point(310, 260));
    }

    @Test
    void edgeKeywords_keep16PointsFromTheEdges() {
        assertThat(at(Keyword.TOPLEFT)).isEqualTo(new Point(16, 16));
        assertThat(at(Keyword.TOP)).isEqualTo(new Point(310, 16));
        assertThat(at(Keyword.TOPRIGHT)).isEqualTo(new Point(604, 16));
        assertThat(at(Keyword.BOTTOMLEFT)).isEqualTo(new Point(16, 504));
        assertThat(at(Keyword.BOTTOM)).isEqualTo(new Point(310, 504));
        assertThat(at(Keyword.BOTTOMRIGHT)).isEqualTo(new Point(604, 504));
    }

    @Test
    void leftAndRight_useTheDefaultHeight_deadLeftAndRightTheCentre() {
        assertThat(at(Keyword.LEFT)).isEqualTo(new Point(16, 125));
        assertThat(at(Keyword.RIGHT)).isEqualTo(new Point(604, 125));
        assertThat(at(Keyword.DEADLEFT)).isEqualTo(new Point(16, 260));
        assertThat(at(Keyword.DEADRIGHT)).isEqualTo(new Point(604, 260));
    }

    @Test
    void explicitPosition_isFromTheScreensTopLeft_andKeptOnScreen() {
        Rectangle second = new Rectangle(1440, 25, 1920, 1055);
        assertThat(WindowPlacement.location(WindowPosition.at(100, 50), WINDOW, second))
                .isEqualTo(new Point(1540, 75));
        assertThat(WindowPlacement.location(WindowPosition.at(9999, 9999), WINDOW, SCREEN))
                .isEqualTo(new Point(620, 520));
    }

    @Test
    void size_takesPercentagesOfTheScreen_thenTheScale() {
        WindowSpec percent = new WindowSpec(50, true, 40, true, 1.0, null, false, false, null, 'q');
        assertThat(WindowPlacement.size(percent, SCREEN)).isEqualTo(new Dimension(720, 360));
        WindowSpec small = new WindowSpec(820, false, 380, false, 0.75, null, false, false, null, 'q');
        assertThat(WindowPlacement.size(small, SCREEN)).isEqualTo(new Dimension(615, 285));
    }
}
