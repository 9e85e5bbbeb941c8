package org.framelens.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops the contact, subscription and promotion lines pages put around an article ("Contact the reporter at
 * jdoe@example.com or 555-301-2244.", "Follow her on X @janedoe", "Subscribe today for unlimited access.",
 * "Have a story? Email news@example.com"): a short line holding an e-mail address or a phone number together
 * with a contact word, or a social media handle or web address together with an invitation to follow it
 * ("Follow our coverage at https://…"), or opening like
 * such an appeal. A sentence that merely mentions an e-mail, quotes an address without asking the reader to
 * get in touch, reports what "@someone" posted on X, or reports someone's appeal ("Police urged anyone with
 * information to call 555-0100") stays.
 */
final class ContactLineRule implements LineRule {

    private static final int MAX_CONTACT_WORDS = 40;
    private static final int MAX_APPEAL_WORDS = 25;
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** A phone number: an optional country code, an area code, then two groups of three or four digits. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d,.])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,5}\\)\\s?|\\d{2,5}[\\s.-])"
                    + "\\d{3,4}[\\s.-]\\d{3,4}(?![\\d,])");
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\bhttps?://\\S+|\\bwww\\.\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@[A-Za-z0-9_]{2,30}\\b");
    /** Double quotation marks: the line quotes someone (apostrophes, as in "the Gazette's", do not count). */
    private static final Pattern QUOTATION = Pattern.compile("[\"“”«»„]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    private final Set<String> contactWords;
    private final Set<String> followWords;
    private final Set<String> reportingWords;
    private final LinePhrases appeals;

    /**
     * Builds the rule from the words that ask for contact by mail or phone, the words that invite readers to
     * follow a handle, the words that mark reported speech, and the list of openings of reader appeals.
     */
    ContactLineRule(PhraseList contactWords, PhraseList followWords, PhraseList reportingWords, LinePhrases appeals) {
        this.contactWords = lowerCase(contactWords);
        this.followWords = lowerCase(followWords);
        this.reportingWords = lowerCase(reportingWords);
        this.appeals = appeals;
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        String text = page.text(index);
        int words = page.words(index);
        boolean contact = words <= MAX_CONTACT_WORDS && !reportsSomeone(text)
                && (hasMailOrPhone(text) && hasWord(text, contactWords)
                        || hasHandleOrAddress(text) && hasWord(text, followWords));
        boolean appeal = words <= MAX_APPEAL_WORDS && appeals.matches(text);
        return contact || appeal ? Optional.of(RemovalReason.CONTACT) : Optional.empty();
    }

    private static boolean hasMailOrPhone(String text) {
        return EMAIL.matcher(text).find() || PHONE.matcher(text).find();
    }

    private static boolean hasHandleOrAddress(String text) {
        return HANDLE.matcher(text).find() || WEB_ADDRESS.matcher(text).find();
    }

    /** Whether the line reports or quotes someone, as the article's own sentences do. */
    private boolean reportsSomeone(String text) {
        return hasWord(text, reportingWords) || QUOTATION.matcher(text).find();
    }

    private static boolean hasWord(String text, Set<String> words) {
        String withoutAddresses = EMAIL.matcher(text).replaceAll(" ");
        return WORD.matcher(withoutAddresses.toLowerCase(Locale.ROOT)).results()
                .anyMatch(word -> words.contains(word.group()));
    }

    private static Set<String> lowerCase(PhraseList list) {
        return list.entries().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
