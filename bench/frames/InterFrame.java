import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.fonts.inter.FlatInterFont;

/**
 * The FlatLaf frame in the typeface our dialog uses: Inter, installed as FlatLaf's own font package documents
 * (every face registered with AWT, then preferred by the look and feel). Not a target of the issue; it shows how
 * much of our start-up the typeface alone costs, since a registered font makes AWT open every font of the system.
 */
public final class InterFrame {

    public static void main(String[] args) {
        FlatInterFont.install();
        FlatLaf.setPreferredFontFamily(FlatInterFont.FAMILY);
        FlatFrame.main(args);
    }
}
