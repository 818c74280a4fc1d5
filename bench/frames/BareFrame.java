import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;

/**
 * The yardstick of a plain Swing window: the JDK's own look and feel and layouts, a title, a line of text, a
 * password field and two buttons. Nothing of ours and no library.
 */
public final class BareFrame {

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("Bootstrap Token");
            JPanel content = new JPanel(new BorderLayout(8, 8));
            content.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
            content.add(new JLabel("Enter your Mac login password to store the Bootstrap Token."), BorderLayout.NORTH);
            JPasswordField password = new JPasswordField(24);
            content.add(password, BorderLayout.CENTER);
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
            buttons.add(new JButton("Cancel"));
            JButton ok = new JButton("OK");
            buttons.add(ok);
            content.add(buttons, BorderLayout.SOUTH);
            frame.setContentPane(content);
            frame.getRootPane().setDefaultButton(ok);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.pack();
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
