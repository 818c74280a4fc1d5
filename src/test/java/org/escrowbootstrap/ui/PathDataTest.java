package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathDataTest {

    /** The path as "M x y", "L x y", "C … x y", "Z" steps, end points only for curves. */
    private static List<String> steps(String d) {
        Path2D path = PathData.parse(d, Path2D.WIND_NON_ZERO);
        List<String> steps = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            steps.add(
                    switch (type) {
                        case PathIterator.SEG_MOVETO -> "M" + fmt(c[0], c[1]);
                        case PathIterator.SEG_LINETO -> "L" + fmt(c[0], c[1]);
                        case PathIterator.SEG_QUADTO -> "Q" + fmt(c[0], c[1]) + fmt(c[2], c[3]);
                        case PathIterator.SEG_CUBICTO -> "C" + fmt(c[0], c[1]) + fmt(c[2], c[3]) + fmt(c[4], c[5]);
                        default -> "Z";
                    });
        }
        return steps;
    }

    private static String fmt(double x, double y) {
        return " " + Math.round(x * 1000) / 1000.0 + "," + Math.round(y * 1000) / 1000.0;
    }

    @Test
    void numbersWrittenTightly_readAsSvgReadsThem() {
        assertThat(steps("M1.5.5L2-3l1e1,-.5")).containsExactly("M 1.5,0.5", "L 2.0,-3.0", "L 12.0,-3.5");
    }

    @Test
    void numbersAfterAMove_areLines_absoluteOrRelative() {
        assertThat(steps("M1 1 2 2 3 3")).containsExactly("M 1.0,1.0", "L 2.0,2.0", "L 3.0,3.0");
        assertThat(steps("m1 1 2 2 3 3")).containsExactly("M 1.0,1.0", "L 3.0,3.0", "L 6.0,6.0");
    }

    @Test
    void relativeCommands_startFromTheCurrentPoint_andClosingReturnsToTheSubpathStart() {
        assertThat(steps("M10 10 h5 v5 H0 V0 z l1 1"))
                .containsExactly(
                        "M 10.0,10.0", "L 15.0,10.0", "L 15.0,15.0", "L 0.0,15.0", "L 0.0,0.0", "Z", "L 11.0,11.0");
    }

    @Test
    void smoothCurves_reflectTheLastControlPoint_onlyAfterACurveOfTheirKind() {
        assertThat(steps("M0 0 C0 10 10 10 10 0 S20 -10 20 0"))
                .containsExactly("M 0.0,0.0", "C 0.0,10.0 10.0,10.0 10.0,0.0", "C 10.0,-10.0 20.0,-10.0 20.0,0.0");
        assertThat(steps("M0 0 L5 5 S10 10 20 0"))
                .containsExactly("M 0.0,0.0", "L 5.0,5.0", "C 5.0,5.0 10.0,10.0 20.0,0.0");
        assertThat(steps("M0 0 Q5 10 10 0 T20 0"))
                .containsExactly("M 0.0,0.0", "Q 5.0,10.0 10.0,0.0", "Q 15.0,-10.0 20.0,0.0");
    }

    @Test
    void anArc_endsExactlyWhereItSays_andBulgesToTheSideItsFlagsChoose() {
        Path2D clockwise = PathData.parse("M0 0 A10 10 0 0 1 20 0", Path2D.WIND_NON_ZERO);
        Path2D anticlockwise = PathData.parse("M0 0 A10 10 0 0 0 20 0", Path2D.WIND_NON_ZERO);

        assertThat(clockwise.getCurrentPoint()).isEqualTo(new Point2D.Float(20, 0));
        // SVG's y axis points down: sweeping clockwise from left to right passes above the line
        assertThat(clockwise.getBounds2D().getMinY()).isCloseTo(-10, org.assertj.core.data.Offset.offset(0.01));
        assertThat(anticlockwise.getBounds2D().getMaxY()).isCloseTo(10, org.assertj.core.data.Offset.offset(0.01));
        assertThat(steps("M0 0 A10 10 0 0 1 20 0"))
                .noneMatch(step -> step.startsWith("L") || step.startsWith("M 0.0,0.0 "));
    }

    @Test
    void anArcTooSmallToReach_growsJustEnough_andOneWithoutRadius_isALine() {
        Path2D grown = PathData.parse("M0 0 A1 1 0 0 1 20 0", Path2D.WIND_NON_ZERO);

        assertThat(grown.getBounds2D().getMinY()).isCloseTo(-10, org.assertj.core.data.Offset.offset(0.01));
        assertThat(steps("M0 0 A0 5 0 0 1 20 0")).containsExactly("M 0.0,0.0", "L 20.0,0.0");
    }

    @Test
    void pathDataThatStopsMakingSense_isRefusedWithWhereItStopped() {
        assertThatThrownBy(() -> PathData.parse("10 10", Path2D.WIND_NON_ZERO))
                .hasMessage("path data: a command must come first at character 1 of \"10 10\"");
        assertThatThrownBy(() -> PathData.parse("M0 0 X5", Path2D.WIND_NON_ZERO))
                .hasMessage("path data: unknown command X at character 7 of \"M0 0 X5\"");
        assertThatThrownBy(() -> PathData.parse("M0 0 A1 1 0 2 0 5 5", Path2D.WIND_NON_ZERO))
                .hasMessage("path data: expected an arc flag (0 or 1) at character 13 of \"M0 0 A1 1 0 2 0 5 5\"");
        assertThatThrownBy(() -> PathData.parse("M0 0 Z 5", Path2D.WIND_NON_ZERO))
                .hasMessageContaining("numbers after Z");
    }
}
