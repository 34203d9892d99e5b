package org.gongkai.core.internal;

/** A tiny JSON writer: enough for diagnostics and open data, with deterministic output and no dependency. */
public final class Json {
    private Json() {
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                // Keeps the output safe to inline in <script> and HTML.
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Streaming writer with pretty two-space indentation; callers keep the nesting right. */
    public static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private final java.util.ArrayDeque<boolean[]> stack = new java.util.ArrayDeque<>();
        private boolean afterName;

        private void beforeValue() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (!stack.isEmpty()) {
                boolean[] first = stack.peek();
                if (!first[0]) {
                    out.append(',');
                }
                first[0] = false;
                newline();
            }
        }

        private void newline() {
            out.append('\n');
            out.append("  ".repeat(stack.size()));
        }

        public Writer beginObject() {
            beforeValue();
            out.append('{');
            stack.push(new boolean[] {true});
            return this;
        }

        public Writer endObject() {
            boolean empty = stack.pop()[0];
            if (!empty) {
                newline();
            }
            out.append('}');
            return this;
        }

        public Writer beginArray() {
            beforeValue();
            out.append('[');
            stack.push(new boolean[] {true});
            return this;
        }

        public Writer endArray() {
            boolean empty = stack.pop()[0];
            if (!empty) {
                newline();
            }
            out.append(']');
            return this;
        }

        public Writer name(String name) {
            beforeValue();
            out.append(quote(name)).append(": ");
            afterName = true;
            return this;
        }

        public Writer value(String s) {
            beforeValue();
            out.append(s == null ? "null" : quote(s));
            return this;
        }

        public Writer value(long n) {
            beforeValue();
            out.append(n);
            return this;
        }

        /** A decimal as written (12.35, 200.50): never in exponent form, never rounded through a double. */
        public Writer value(java.math.BigDecimal d) {
            beforeValue();
            out.append(d.toPlainString());
            return this;
        }

        public Writer value(boolean b) {
            beforeValue();
            out.append(b);
            return this;
        }

        @Override
        public String toString() {
            return stack.isEmpty() ? out + "\n" : out.toString();
        }
    }
}
