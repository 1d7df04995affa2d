package org.crmir.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms and conditions as the rich-text editor writes them, made safe to show as HTML: everything is escaped,
 * then a short list of formatting tags comes back without any attributes (no links, styles, scripts or event
 * handlers survive). Text without tags, as an API client may send, stays plain escaped text.
 */
public final class RichText {

    public static final int MAX_LENGTH = 100_000;

    private static final Pattern ALLOWED = Pattern.compile(
            "&lt;(/?)(p|br|strong|b|em|i|u|s|ol|ul|li|h1|h2|h3|blockquote)(?:\\s(?:(?!&gt;).)*?)?\\s*/?&gt;",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private RichText() {
    }

    /** The safe form of {@code html}; null or blank stays null. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        // The editor sends its text HTML-encoded (Tom &amp; Jerry): decoded first, so that escaping below does not
        // show the entities themselves. &amp; goes last, so "&amp;lt;" stays the text "&lt;".
        String text = html.strip().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
        Matcher m = ALLOWED.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String tag = m.group(2).toLowerCase(java.util.Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement("<" + m.group(1) + tag + ">"));
        }
        m.appendTail(out);
        String safe = out.toString();
        return safe.replaceAll("<p><br></p>", "").isBlank() ? null : safe;
    }
}
