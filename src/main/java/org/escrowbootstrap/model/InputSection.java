package org.escrowbootstrap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The input sections under the message, which {@code --vieworder} puts in order. */
public enum InputSection {
    LIST("listitem"),
    CHECKBOXES("checkbox"),
    TEXT_FIELDS("textfield"),
    RADIO_GROUPS("radiobutton"),
    MENUS("dropdown");

    /** swiftDialog's default order. */
    public static final List<InputSection> DEFAULT_ORDER = List.of(values());

    /** swiftDialog's sections we do not draw; named in {@code --vieworder} without a complaint. */
    public static final List<String> NOT_DRAWN = List.of("textfile", "webcontent");

    private final String keyword;

    InputSection(String keyword) {
        this.keyword = keyword;
    }

    /** The name {@code --vieworder} uses. */
    public String keyword() {
        return keyword;
    }

    public static Optional<InputSection> byKeyword(String keyword) {
        for (InputSection section : values()) {
            if (section.keyword.equals(keyword)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /**
     * The order {@code names} asks for, as swiftDialog reorders: the named sections first, in that order, then the
     * others in the default order. Names that match nothing are added to {@code unknown}.
     */
    public static List<InputSection> order(List<String> names, List<String> unknown) {
        List<InputSection> order = new ArrayList<>();
        for (String name : names) {
            Optional<InputSection> section = byKeyword(name.strip());
            if (section.isPresent() && !order.contains(section.get())) {
                order.add(section.get());
            } else if (section.isEmpty() && !NOT_DRAWN.contains(name.strip())) {
                unknown.add(name.strip());
            }
        }
        for (InputSection section :
                DEFAULT_ORDER) { // a loop, not a stream: every dialog comes here before its first paint
            if (!order.contains(section)) {
                order.add(section);
            }
        }
        return List.copyOf(order);
    }
}
