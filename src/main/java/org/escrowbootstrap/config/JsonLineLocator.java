package org.escrowbootstrap.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line of every member name in a JSON text, so messages can say "line 12" for a key.
 *
 * <p>Gson reports lines for syntax errors but not for the members of a tree it parsed; this scanner only runs on
 * text Gson has already accepted, so it needs to know strings, nesting and colons, nothing more. Paths are dotted
 * member names ({@code branding.banner}); array elements add {@code [i]}.
 */
final class JsonLineLocator {

    /** Where each member was found; a name written twice in one object is listed in {@code duplicates}. */
    record Lines(Map<String, Integer> lines, List<String> duplicates) {
        int lineOf(String path) {
            return lines.getOrDefault(path, 0);
        }
    }

    private JsonLineLocator() {}

    static Lines locate(String json) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        int line = 1;
        String pendingName = null;
        int pendingLine = 0;
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '"') {
                int end = endOfString(json, i);
                String text = unescape(json.substring(i + 1, end));
                Frame top = stack.peek();
                if (top != null && top.isObject && top.expectingName) {
                    pendingName = text;
                    pendingLine = line;
                }
                i = end;
            } else if (c == ':') {
                Frame top = stack.peek();
                if (top != null && pendingName != null) {
                    top.member = pendingName;
                    top.expectingName = false;
                    String path = top.childPath();
                    if (lines.containsKey(path)) {
                        duplicates.add(path);
                    } else {
                        lines.put(path, pendingLine);
                    }
                    pendingName = null;
                }
            } else if (c == ',') {
                Frame top = stack.peek();
                if (top != null) {
                    if (top.isObject) {
                        top.expectingName = true;
                    } else {
                        top.index++;
                    }
                }
            } else if (c == '{' || c == '[') {
                Frame parent = stack.peek();
                String path = parent == null ? "" : parent.childPath();
                stack.push(new Frame(path, c == '{'));
            } else if (c == '}' || c == ']') {
                stack.pop();
            }
            i++;
        }
        return new Lines(Map.copyOf(lines), List.copyOf(duplicates));
    }

    private static int endOfString(String json, int start) {
        int i = start + 1;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                return i;
            }
            i++;
        }
        return json.length() - 1;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < text.length()) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** An open object or array. */
    private static final class Frame {
        final String path;
        final boolean isObject;
        boolean expectingName = true;
        String member;
        int index;

        Frame(String path, boolean isObject) {
            this.path = path;
            this.isObject = isObject;
        }

        String childPath() {
            if (isObject) {
                return path.isEmpty() ? member : path + "." + member;
            }
            return path + "[" + index + "]";
        }
    }
}
