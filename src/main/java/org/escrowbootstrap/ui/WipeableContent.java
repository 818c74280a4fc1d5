package org.escrowbootstrap.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JPasswordField;
import javax.swing.text.GapContent;
import javax.swing.text.PlainDocument;

/**
 * The text store of a secure field, which can be wiped: every character array it ever used is zeroed, not only the
 * one in use.
 *
 * <p>A {@link JPasswordField} keeps what was typed in a gap buffer: clearing the field only moves the gap over the
 * characters, and growing the buffer drops the old array with the characters still in it. Both would leave a
 * rejected password in the UI process's memory after its screen is gone.
 */
final class WipeableContent extends GapContent {

    private static final long serialVersionUID = 1L;

    // Assigned on first use: GapContent's constructor allocates before this class's fields are initialised.
    private transient List<char[]> arrays;

    /** A secure field whose characters can be wiped with {@link #wipe(JPasswordField)}. */
    static JPasswordField passwordField() {
        WipeableContent content = new WipeableContent();
        PlainDocument document = new PlainDocument(content);
        // Kept with the document, not the field: a rebuilt screen moves the document to a new field.
        document.putProperty(WipeableContent.class, content);
        return new JPasswordField(document, null, 0);
    }

    /** Zeroes every character the field ever held, then empties it (zeroed first: emptying copies what it removes). */
    static void wipe(JPasswordField field) {
        if (field.getDocument().getProperty(WipeableContent.class) instanceof WipeableContent content) {
            content.wipe();
        }
        field.setText("");
    }

    /** Whether any array the field ever used still holds {@code text}; for tests. */
    static boolean holds(JPasswordField field, String text) {
        WipeableContent content = (WipeableContent) field.getDocument().getProperty(WipeableContent.class);
        for (char[] array : content.arrays) {
            if (new String(array).contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Object allocateArray(int len) {
        char[] array = new char[len];
        if (arrays == null) {
            arrays = new ArrayList<>();
        }
        arrays.add(array);
        return array;
    }

    /**
     * Zeroes every character but line breaks: a field never holds one typed (Swing filters them), and the one at
     * the end of every document is the store's own, which must stay.
     */
    private void wipe() {
        for (char[] array : arrays) {
            for (int i = 0; i < array.length; i++) {
                if (array[i] != '\n') {
                    array[i] = '\0';
                }
            }
        }
    }
}
