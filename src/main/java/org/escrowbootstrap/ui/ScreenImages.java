package org.escrowbootstrap.ui;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.escrowbootstrap.model.Colour;
import org.escrowbootstrap.model.DialogSpec;
import org.escrowbootstrap.model.ImageRef;
import org.escrowbootstrap.model.TextFieldSpec;

/**
 * The pictures one screen needs (icon, overlay, banner), each loading on its own background thread so a slow
 * URL never holds up the Swing thread; the components repaint when a picture arrives.
 */
final class ScreenImages {

    private static final ExecutorService LOADERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "escrow-image-loader");
        thread.setDaemon(true);
        return thread;
    });

    final CompletableFuture<Artwork> icon;
    final CompletableFuture<Artwork> overlay;
    final CompletableFuture<Artwork> banner;
    /** The {@code --background} picture, or null inside when there is none. */
    final CompletableFuture<Artwork> watermark;

    private final ImageLoader loader;
    private final boolean now;
    private final Map<ImageRef, CompletableFuture<Artwork>> listIcons = new ConcurrentHashMap<>();

    private ScreenImages(
            CompletableFuture<Artwork> icon,
            CompletableFuture<Artwork> overlay,
            CompletableFuture<Artwork> banner,
            CompletableFuture<Artwork> watermark,
            ImageLoader loader,
            boolean now) {
        this.icon = icon;
        this.overlay = overlay;
        this.banner = banner;
        this.watermark = watermark;
        this.loader = loader;
        this.now = now;
    }

    /**
     * A list row's icon, loaded once per source: in the background for a window (the row repaints when it comes),
     * on the calling thread for the PNG renderer, which paints once.
     */
    /** A list row's status symbol, drawn at once (our own SVG, cached); a name we do not draw warns once. */
    Artwork statusSymbol(ImageRef.Symbol symbol) {
        return loader.symbol(symbol);
    }

    CompletableFuture<Artwork> listIcon(ImageRef ref) {
        if (ref.isNone()) {
            return CompletableFuture.completedFuture(null);
        }
        return listIcons.computeIfAbsent(
                ref,
                key -> now
                        ? CompletableFuture.completedFuture(loader.load(key, ImageLoader.Slot.ICON))
                        : async(key, loader, ImageLoader.Slot.ICON));
    }

    /** Starts loading in the background and returns at once. */
    static ScreenImages start(DialogSpec spec, ImageLoader loader) {
        if (spec.fields().stream().anyMatch(TextFieldSpec::secure)) {
            // The secure field's lock is an SVG too: parsed here, the Swing thread finds it in the cache.
            LOADERS.execute(FieldsPanel::lockGlyph);
        }
        return new ScreenImages(
                async(iconRef(spec), loader, ImageLoader.Slot.ICON),
                async(overlayRef(spec), loader, ImageLoader.Slot.OVERLAY),
                async(spec.banner(), loader, ImageLoader.Slot.BANNER),
                async(spec.watermark().image(), loader, ImageLoader.Slot.WATERMARK),
                loader,
                false);
    }

    /** Loads everything on the calling thread (the PNG renderer, which paints once and must see every picture). */
    static ScreenImages now(DialogSpec spec, ImageLoader loader) {
        return new ScreenImages(
                CompletableFuture.completedFuture(loader.load(iconRef(spec), ImageLoader.Slot.ICON)),
                CompletableFuture.completedFuture(loader.load(overlayRef(spec), ImageLoader.Slot.OVERLAY)),
                CompletableFuture.completedFuture(loader.load(spec.banner(), ImageLoader.Slot.BANNER)),
                CompletableFuture.completedFuture(loader.load(spec.watermark().image(), ImageLoader.Slot.WATERMARK)),
                loader,
                true);
    }

    /**
     * The pictures for {@code next}, reusing those of {@code previous} that {@code before} already had: a live update
     * that changes the message must not make the icon disappear while it loads again.
     */
    static ScreenImages reuse(ScreenImages previous, DialogSpec before, DialogSpec next, ImageLoader loader) {
        if (previous == null) {
            return start(next, loader);
        }
        ScreenImages images = new ScreenImages(
                iconRef(next).equals(iconRef(before))
                        ? previous.icon
                        : async(iconRef(next), loader, ImageLoader.Slot.ICON),
                overlayRef(next).equals(overlayRef(before))
                        ? previous.overlay
                        : async(overlayRef(next), loader, ImageLoader.Slot.OVERLAY),
                next.banner().equals(before.banner())
                        ? previous.banner
                        : async(next.banner(), loader, ImageLoader.Slot.BANNER),
                next.watermark().image().equals(before.watermark().image())
                        ? previous.watermark
                        : async(next.watermark().image(), loader, ImageLoader.Slot.WATERMARK),
                loader,
                previous.now);
        images.listIcons.putAll(previous.listIcons);
        return images;
    }

    /** Waits up to {@code limit} for every picture; the rest appear when they arrive. */
    void await(Duration limit) {
        try {
            CompletableFuture.allOf(icon, overlay, banner, watermark).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Late pictures are painted when they arrive; failures were already reported as warnings.
        }
    }

    private static ImageRef iconRef(DialogSpec spec) {
        if (!spec.icon().visible()) {
            return ImageRef.none();
        }
        ImageRef icon = spec.icon().icon();
        if (spec.presentation()
                && !spec.fullScreen()
                && icon instanceof ImageRef.Symbol symbol
                && symbol.colour() == null) {
            // On the accent panel the text colour is dark on blue: the symbol takes the panel's ink, as its info box
            return new ImageRef.Symbol(
                    symbol.name(),
                    PresentationLayout.panelInk(spec),
                    symbol.colour2(),
                    symbol.weight(),
                    symbol.background());
        }
        if (spec.fullScreen() && icon instanceof ImageRef.Symbol symbol && symbol.colour() == null) {
            // swiftDialog's full-screen view is dark: a symbol without a colour is white there
            return new ImageRef.Symbol(
                    symbol.name(), Colour.rgb(0xFFFFFF), symbol.colour2(), symbol.weight(), symbol.background());
        }
        return icon;
    }

    private static ImageRef overlayRef(DialogSpec spec) {
        return spec.icon().visible() ? spec.icon().overlay() : ImageRef.none();
    }

    private static CompletableFuture<Artwork> async(ImageRef ref, ImageLoader loader, ImageLoader.Slot slot) {
        if (ref.isNone()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> loader.load(ref, slot), LOADERS);
    }
}
