package org.escrowbootstrap.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.fonts.inter.FlatInterFont;
import com.formdev.flatlaf.themes.FlatMacDarkLaf;
import com.formdev.flatlaf.themes.FlatMacLightLaf;
import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;
import org.escrowbootstrap.model.WindowSpec.Appearance;

/**
 * The dialog's look and feel: FlatLaf's macOS-style light or dark theme, the Inter font and our own defaults.
 *
 * <p>Call {@link #install(Appearance)} once before the first screen (the presenter and the renderer also call it,
 * so calling it is optional). Colours and sizes come from the {@code .properties} files in this package, which
 * FlatLaf reads because the package is registered as a custom defaults source.
 */
public final class Theme {

    private static final String DEFAULTS_PACKAGE = "org.escrowbootstrap.ui";
    private static boolean registered;
    private static Boolean installedDark;

    private Theme() {}

    /**
     * Installs the theme for {@code appearance}; switching between light and dark later updates every open window.
     * Safe to call from any thread; cheap when the theme is already installed.
     */
    public static void install(Appearance appearance) {
        boolean dark =
                switch (appearance == null ? Appearance.SYSTEM : appearance) {
                    case DARK -> true;
                    case LIGHT -> false;
                    case SYSTEM -> SystemAppearance.isDark();
                };
        onEdt(() -> installOnEdt(dark));
    }

    /** Whether the dark theme is installed. */
    public static boolean isDark() {
        return Boolean.TRUE.equals(installedDark);
    }

    private static void installOnEdt(boolean dark) {
        if (installedDark != null && installedDark == dark) {
            return;
        }
        if (!registered) {
            // Inter is read and registered on a background thread (Fonts.prepareInBackground): the default font
            // needs its regular family here, the screens the semibold one too, below.
            Fonts.loadInterRegular();
            FlatLaf.setPreferredFontFamily(FlatInterFont.FAMILY);
            FlatLaf.setPreferredLightFontFamily(FlatInterFont.FAMILY_LIGHT);
            FlatLaf.setPreferredSemiboldFontFamily(FlatInterFont.FAMILY_SEMIBOLD);
            FlatLaf.registerCustomDefaultsSource(DEFAULTS_PACKAGE, Theme.class.getClassLoader());
            registered = true;
        }
        boolean switching = installedDark != null;
        FlatLaf.setup(dark ? new FlatMacDarkLaf() : new FlatMacLightLaf());
        Fonts.loadInter();
        installedDark = dark;
        if (switching) {
            FlatLaf.updateUI();
        }
    }

    static void onEdt(Runnable task) {
        if (SwingUtilities.isEventDispatchThread()) {
            task.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Swing thread", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
