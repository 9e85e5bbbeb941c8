package org.framelens.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops the contact, subscription and promotion lines pages put around an article ("Contact the reporter at
 * jdoe@example.com or 555-301-2244.", "Follow her on X @janedoe", "Subscribe today for unlimited access.",
 * "Have a story? Email news@example.com"): a short line holding an e-mail address, a phone number or a social
 * media handle together with a contact word, or opening like such an appeal. A sentence that merely mentions
 * an e-mail, or quotes an address without asking the reader to get in touch, stays.
 */
final class ContactLineRule implements LineRule {

    private static final int MAX_CONTACT_WORDS = 40;
    private static final int MAX_APPEAL_WORDS = 25;
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d,.])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,5}\\)\\s?|\\d{2,5}[\\s.-])\\d{3,4}[\\s.-]\\d{3,4}(?![\\d,])");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@[A-Za-z0-9_]{2,30}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    private final Set<String> contactWords;
    private final LinePhrases appeals;

    /** Builds the rule from the contact words and the list of openings of reader appeals. */
    ContactLineRule(PhraseList contactWords, LinePhrases appeals) {
        this.contactWords = contactWords.entries().stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.appeals = appeals;
    }

    @Override
    public Optional<RemovalReason> reasonToRemove(Page page, int index) {
        String text = page.text(index);
        int words = page.words(index);
        boolean contact = words <= MAX_CONTACT_WORDS && hasContactDetail(text) && hasContactWord(text);
        boolean appeal = words <= MAX_APPEAL_WORDS && appeals.matches(text);
        return contact || appeal ? Optional.of(RemovalReason.CONTACT) : Optional.empty();
    }

    private static boolean hasContactDetail(String text) {
        return EMAIL.matcher(text).find() || PHONE.matcher(text).find() || HANDLE.matcher(text).find();
    }

    private boolean hasContactWord(String text) {
        String withoutAddresses = EMAIL.matcher(text).replaceAll(" ");
        return WORD.matcher(withoutAddresses.toLowerCase(Locale.ROOT)).results()
                .anyMatch(word -> contactWords.contains(word.group()));
    }
}
