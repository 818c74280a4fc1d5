package org.escrowbootstrap.ui;

import java.util.List;
import org.escrowbootstrap.model.Buttons;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.DialogSpecBuilder;
import org.escrowbootstrap.model.IconSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.TextFieldSpec;
import org.escrowbootstrap.model.TextStyle;
import org.escrowbootstrap.model.WindowSpec;

/**
 * The three screens the README shows (message, password, result), with neutral branding: a slate-blue banner,
 * our padlock icon and our own wording. {@code ReadmeScreensTest} renders them into {@code assets/}.
 */
final class ReadmeScreens {

    static final ImageRef BANNER = new ImageRef.Fill(List.of(Colour.rgb(0x1E3A5F)), true, 0);
    static final String SYSTEM_INFO =
            "### System Info\n\nApple M2 Pro\nC02ZX1Y2MD6T\n32 GB RAM\n412 GB Available\nmacOS 15.3.1";

    private ReadmeScreens() {}

    static DialogSpecBuilder base() {
        return DialogSpec.builder()
                .window(WindowSpec.defaults().withSize(760, 480).withAppearance(WindowSpec.Appearance.LIGHT))
                .title("Bootstrap Token Escrow")
                .subtitle("Device security, from your IT team")
                .banner(BANNER)
                .titleStyle(TextStyle.defaults().withShadow(true))
                .bannerTitle(true)
                .bannerHeight(130)
                .infoBox(SYSTEM_INFO);
    }

    static DialogSpec message() {
        return base().icon(IconSpec.of(new ImageRef.Builtin("default"), ImageRef.none()))
                .message("## Keep your Mac account safe\n\n"
                        + "Your Mac has a Bootstrap Token that lets your IT team help you when you are locked out. "
                        + "It is not stored with your device management service yet.\n\n"
                        + "This takes a minute and needs your Mac password once.")
                .buttons(Buttons.okCancel("Continue", "Not Now"))
                .build();
    }

    static DialogSpec password() {
        return base().icon(IconSpec.of(new ImageRef.Builtin("default"), new ImageRef.Builtin("caution")))
                .message("## Bootstrap Token\n\n"
                        + "Your Bootstrap Token is not stored with your device management service yet. "
                        + "It helps keep your Mac account secure.\n\n"
                        + "### Wrong password, please try again:")
                .field(TextFieldSpec.password("Enter Password"))
                .buttons(Buttons.okCancel("OK", "Cancel"))
                .build();
    }

    static DialogSpec success() {
        return base().icon(IconSpec.of(
                        new ImageRef.Builtin("default"),
                        new ImageRef.Symbol(
                                "checkmark.circle.fill", Colour.parse("green").orElseThrow(), null, null, null)))
                .message("Your Bootstrap Token is now stored safely with your device management service. "
                        + "Thank you!")
                .buttons(Buttons.ok().withButton1("Done"))
                .build();
    }

    static DialogSpec failure() {
        return base().icon(IconSpec.of(new ImageRef.Builtin("default"), new ImageRef.Builtin("warning")))
                .message("Your account does not have the permission to create a Bootstrap Token. "
                        + "Please contact [IT Support](mailto:it-support@example.com).")
                .buttons(Buttons.ok().withButton1("Done"))
                .build();
    }
}
