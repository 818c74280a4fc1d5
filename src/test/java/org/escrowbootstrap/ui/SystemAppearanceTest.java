package org.escrowbootstrap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemAppearanceTest {

    @Test
    void mac_isDarkOnlyWhenDefaultsSaysDark() {
        assertThat(SystemAppearance.macSaysDark("Dark\n")).isTrue();
        assertThat(SystemAppearance.macSaysDark("")).isFalse();
        assertThat(SystemAppearance.macSaysDark(null)).isFalse();
    }

    @Test
    void windows_isDarkWhenAppsDoNotUseTheLightTheme() {
        String dark = "\nHKEY_CURRENT_USER\\Software\\...\\Personalize\n    AppsUseLightTheme    REG_DWORD    0x0\n";
        String light = "\n    AppsUseLightTheme    REG_DWORD    0x1\n";
        assertThat(SystemAppearance.windowsSaysDark(dark)).isTrue();
        assertThat(SystemAppearance.windowsSaysDark(light)).isFalse();
        assertThat(SystemAppearance.windowsSaysDark(null)).isFalse();
    }

    @Test
    void gnome_isDarkWhenItPrefersDark() {
        assertThat(SystemAppearance.gnomeSaysDark("'prefer-dark'\n")).isTrue();
        assertThat(SystemAppearance.gnomeSaysDark("'default'\n")).isFalse();
        assertThat(SystemAppearance.gnomeSaysDark(null)).isFalse();
    }
}
