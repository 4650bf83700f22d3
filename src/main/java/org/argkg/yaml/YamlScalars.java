package org.argkg.yaml;

/** Scalars for the YAML that argkg writes itself (maps, draft maps, front matter, link suggestions). */
public final class YamlScalars {

    private YamlScalars() {
    }

    /**
     * {@code s} as a YAML double-quoted scalar, on one line: quotes and backslashes escaped, line
     * breaks and tabs as {@code \n}, {@code \r}, {@code \t}, and as {@code \}{@code uXXXX} every other
     * character that YAML does not allow as it is or would read as a line break (control
     * characters, DEL, C1 controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF). Everything else,
     * Chinese included, is written as it is.
     */
    public static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
