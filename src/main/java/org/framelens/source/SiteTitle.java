package org.framelens.source;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's {@code <title>} or {@code og:title} split into the headline and the site name pages append to it
 * ("Steel truce agreed | CityNews Online", "… - BBC News", "… — The Herald"), so the report shows the headline
 * and can name the outlet.
 *
 * @param headline the title without the site name; null when there was no title
 * @param site the site name, or null when the title names none
 */
record SiteTitle(String headline, String site) {

    /** The separators pages put between headline and site name, with spaces on both sides. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•]|::)\\s+");
    private static final int MAX_SITE_WORDS = 4;

    /** The title split at its last separator when what follows reads like a site name; whole otherwise. */
    static SiteTitle of(String title) {
        if (title == null || title.isBlank()) {
            return new SiteTitle(null, null);
        }
        String whole = title.strip();
        Matcher separators = SEPARATOR.matcher(whole);
        int start = -1;
        int end = -1;
        while (separators.find()) {
            start = separators.start();
            end = separators.end();
        }
        if (start <= 0) {
            return new SiteTitle(whole, null);
        }
        String headline = whole.substring(0, start).strip();
        String site = whole.substring(end).strip();
        List<String> siteWords = words(site);
        boolean siteShaped = !siteWords.isEmpty() && siteWords.size() <= MAX_SITE_WORDS
                && siteWords.stream().allMatch(SiteTitle::isNameWord)
                && words(headline).size() > siteWords.size();
        return siteShaped ? new SiteTitle(headline, site) : new SiteTitle(whole, null);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).toList();
    }

    /** A word of a site name: capitalised ("CityNews", "BBC", "24"), or a web address ("herald.example"). */
    private static boolean isNameWord(String word) {
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || word.matches("[\\p{Ll}\\d-]+\\.[\\p{L}.]+");
    }
}
