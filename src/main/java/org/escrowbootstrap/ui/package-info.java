/**
 * Swing rendering of a dialog spec (FlatLaf, MigLayout), the Swing presenter and headless PNG rendering.
 *
 * <p>Entry points: {@link org.escrowbootstrap.ui.SwingDialogPresenter} shows screens in one window (the
 * {@code dialog} mode shows one, the escrow workflow several); {@link org.escrowbootstrap.ui.DialogRenderer}
 * paints a screen into a PNG without a display ({@code --screenshot}, the escrow preview);
 * {@link org.escrowbootstrap.ui.Theme} installs the look and feel, optionally ahead of the first screen;
 * {@link org.escrowbootstrap.ui.LinkOpener} opens links. Every entry point takes a warning sink, a
 * {@code Consumer<String>} that receives one plain line per picture that could not be read or link that could
 * not be opened.
 *
 * <p>Inside, {@code DialogContent} composes one component per region (banner, title area, icon with overlay,
 * Markdown message and info box, fields, progress, button bar with timer) and is what both the window and the
 * renderer show; {@code ScreenController} gives it swiftDialog's behaviour. Colours and sizes are
 * {@code EscrowDialog.*} keys in this package's FlatLaf {@code .properties} files; the SF Symbol look-alikes,
 * built-in images and the app icon are our own SVGs under {@code symbols/} and {@code builtin/}.
 */
package org.escrowbootstrap.ui;
