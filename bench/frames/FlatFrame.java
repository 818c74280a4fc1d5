import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The yardstick of a modern Swing window: the bare frame's content with FlatLaf's look and MigLayout's layout,
 * the two libraries our dialog is built on, and nothing of ours.
 */
public final class FlatFrame {

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Bootstrap Token");
            JPanel content = new JPanel(new MigLayout("insets 16, fill, wrap 1", "[grow, fill]"));
            content.add(new JLabel("Enter your Mac login password to store the Bootstrap Token."));
            JPasswordField password = new JPasswordField(24);
            content.add(password);
            JButton ok = new JButton("OK");
            content.add(new JButton("Cancel"), "split 2, right, growx 0");
            content.add(ok, "growx 0");
            frame.setContentPane(content);
            frame.getRootPane().setDefaultButton(ok);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.pack();
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
