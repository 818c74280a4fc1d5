package org.escrowbootstrap.ui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import net.miginfocom.swing.MigLayout;
import org.escrowbootstrap.model.FontWeight;
import org.escrowbootstrap.model.TimerSpec;

/** The countdown bar of a timed dialog, emptying as the time runs out, with the time left beside it. */
final class TimerBar extends JPanel {

    private static final int STEPS_PER_SECOND = 10;
    private final JProgressBar bar;
    private final JLabel remaining;
    private final int seconds;

    private final UiWords words;

    TimerBar(TimerSpec timer, UiWords words) {
        super(new MigLayout("insets 0, gap 8, fillx", "[grow, fill][]", "[center]"));
        this.seconds = timer.seconds();
        this.words = words;
        setName("timer");
        setOpaque(false);
        bar = new JProgressBar(0, seconds * STEPS_PER_SECOND);
        bar.setName("timerBar");
        bar.getAccessibleContext().setAccessibleName(words.get("name.timeRemaining"));
        remaining = new MeasuredLabel();
        remaining.setName("timerText");
        remaining.setFont(Fonts.inter(FontWeight.REGULAR, Look.number("timer.text.size", 12)));
        remaining.setForeground(Look.secondary());
        add(bar, "growx");
        add(remaining);
        show(seconds);
    }

    /** Shows how much time is left, in seconds (fractions move the bar smoothly). */
    void show(double secondsLeft) {
        double left = Math.max(0, Math.min(seconds, secondsLeft));
        bar.setValue((int) Math.round(left * STEPS_PER_SECOND));
        String text = TimerSpec.format((int) Math.ceil(left));
        remaining.setText(text);
        bar.getAccessibleContext().setAccessibleDescription(words.get("time.left", text));
    }

    String remainingText() {
        return remaining.getText();
    }
}
