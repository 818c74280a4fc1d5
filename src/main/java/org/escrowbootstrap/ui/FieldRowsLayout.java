package org.escrowbootstrap.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;

/**
 * Lays out label/field pairs in rows: each field takes a fixed share of the width on the right, as swiftDialog's
 * text fields do, and its label the rest on the left, vertically centred on the field. When a label does not fit
 * its share (a narrow window), every label goes above its field and the fields take the whole width.
 */
final class FieldRowsLayout implements LayoutManager {

    private final Insets padding;
    private final int rowGap;
    private final int columnGap;
    private final float fieldShare;

    /** Between a label and its field below it. */
    private static final int STACK_GAP = 4;

    FieldRowsLayout(Insets padding, int rowGap, int columnGap, float fieldShare) {
        this.padding = padding;
        this.rowGap = rowGap;
        this.columnGap = columnGap;
        this.fieldShare = fieldShare;
    }

    @Override
    public void layoutContainer(Container parent) {
        Component[] parts = parent.getComponents();
        int inner = parent.getWidth() - padding.left - padding.right;
        int fieldWidth = Math.round(inner * fieldShare);
        int labelWidth = Math.max(0, inner - fieldWidth - columnGap);
        boolean stacked = stacked(parts, labelWidth);
        int y = padding.top;
        for (int i = 0; i + 1 < parts.length; i += 2) {
            Component label = parts[i];
            Component field = parts[i + 1];
            int fieldHeight = field.getPreferredSize().height;
            if (stacked) {
                int labelHeight = heightAt(label, inner);
                label.setBounds(padding.left, y, inner, labelHeight);
                y += labelHeight + STACK_GAP;
                field.setBounds(padding.left, y, inner, fieldHeight);
                y += fieldHeight + rowGap;
                continue;
            }
            int labelHeight = label.getPreferredSize().height;
            int height = rowHeight(label, field);
            label.setBounds(padding.left, y + (height - labelHeight) / 2, labelWidth, labelHeight);
            field.setBounds(padding.left + inner - fieldWidth, y + (height - fieldHeight) / 2, fieldWidth, fieldHeight);
            y += height + rowGap;
        }
    }

    /** Whether a label is wider than the labels' share of the width: then all go above their fields. */
    private static boolean stacked(Component[] parts, int labelWidth) {
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (naturalWidth(parts[i]) > labelWidth) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Component[] parts = parent.getComponents();
        int height = padding.top + padding.bottom;
        int width = 0;
        int inner = parent.getWidth() - padding.left - padding.right;
        // Before its first layout the panel has no width, and the rows are side by side as in a wide window.
        boolean stacked = parent.getWidth() > 0
                && stacked(parts, Math.max(0, inner - Math.round(inner * fieldShare) - columnGap));
        for (int i = 0; i + 1 < parts.length; i += 2) {
            int row = stacked
                    ? heightAt(parts[i], inner) + STACK_GAP + parts[i + 1].getPreferredSize().height
                    : rowHeight(parts[i], parts[i + 1]);
            height += row + (i > 0 ? rowGap : 0);
            int across = naturalWidth(parts[i]) + columnGap + parts[i + 1].getPreferredSize().width;
            width = Math.max(width, across);
        }
        return new Dimension(width + padding.left + padding.right, height);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        Dimension preferred = preferredLayoutSize(parent);
        return new Dimension(0, preferred.height);
    }

    /** A label's width on one line: a label that wraps says how wide it would like to be, not how wide it is. */
    private static int naturalWidth(Component label) {
        return label instanceof TextLine line ? line.naturalWidth() : label.getPreferredSize().width;
    }

    /** A label's height at {@code width}, on as many lines as a label that wraps needs there. */
    private static int heightAt(Component label, int width) {
        return label instanceof TextLine line ? line.heightAt(width) : label.getPreferredSize().height;
    }

    private static int rowHeight(Component label, Component field) {
        return Math.max(label.getPreferredSize().height, field.getPreferredSize().height);
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {}

    @Override
    public void removeLayoutComponent(Component comp) {}
}
