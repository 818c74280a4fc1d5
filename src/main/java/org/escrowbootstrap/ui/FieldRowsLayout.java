package org.escrowbootstrap.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;

/**
 * Lays out label/field pairs in rows: each field takes a fixed share of the width on the right, as swiftDialog's
 * text fields do, and its label the rest on the left, vertically centred on the field.
 */
final class FieldRowsLayout implements LayoutManager {

    private final Insets padding;
    private final int rowGap;
    private final int columnGap;
    private final float fieldShare;

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
        int y = padding.top;
        for (int i = 0; i + 1 < parts.length; i += 2) {
            Component label = parts[i];
            Component field = parts[i + 1];
            int height = rowHeight(label, field);
            int labelHeight = label.getPreferredSize().height;
            label.setBounds(padding.left, y + (height - labelHeight) / 2, labelWidth, labelHeight);
            int fieldHeight = field.getPreferredSize().height;
            field.setBounds(padding.left + inner - fieldWidth, y + (height - fieldHeight) / 2, fieldWidth, fieldHeight);
            y += height + rowGap;
        }
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Component[] parts = parent.getComponents();
        int height = padding.top + padding.bottom;
        int width = 0;
        for (int i = 0; i + 1 < parts.length; i += 2) {
            height += rowHeight(parts[i], parts[i + 1]) + (i > 0 ? rowGap : 0);
            int row = parts[i].getPreferredSize().width + columnGap + parts[i + 1].getPreferredSize().width;
            width = Math.max(width, row);
        }
        return new Dimension(width + padding.left + padding.right, height);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        Dimension preferred = preferredLayoutSize(parent);
        return new Dimension(0, preferred.height);
    }

    private static int rowHeight(Component label, Component field) {
        return Math.max(label.getPreferredSize().height, field.getPreferredSize().height);
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {}

    @Override
    public void removeLayoutComponent(Component comp) {}
}
