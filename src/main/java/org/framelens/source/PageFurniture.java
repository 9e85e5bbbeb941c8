package org.framelens.source;

import org.framelens.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Recognises the parts of a web page that are not the article (navigation, reader comments, related stories,
 * advertisements, photo captions...) by element name, ARIA role, or words in its class and id, using the rules
 * in {@code page-furniture.txt}, and names each in plain English for the report.
 */
final class PageFurniture {

    private enum Kind { TAG, ROLE, CLASS }

    /** One rule: what to look at, the marker's words, and the reason to give. */
    private record Rule(Kind kind, List<String> marker, String reason) {
    }

    private final List<Rule> rules;
    private final Set<String> states;

    private PageFurniture(List<Rule> rules, Set<String> states) {
        this.rules = List.copyOf(rules);
        this.states = Set.copyOf(states);
    }

    /** The rules shipped with framelens. */
    static PageFurniture standard() {
        List<Rule> rules = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (String line : WordList.lines(PageFurniture.class, "page-furniture.txt")) {
            String[] kindAndRest = line.split("\\s+", 2);
            String kind = kindAndRest[0].toLowerCase(Locale.ROOT);
            if (kind.equals("state")) {
                states.add(kindAndRest[1].strip().toLowerCase(Locale.ROOT));
                continue;
            }
            int equals = kindAndRest[1].indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("page-furniture.txt: no reason in \"" + line + "\"");
            }
            String marker = kindAndRest[1].substring(0, equals).strip();
            String reason = kindAndRest[1].substring(equals + 1).strip();
            Kind parsed = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            List<String> words = parsed == Kind.CLASS ? ClassWords.of(marker) : List.of(marker.toLowerCase(Locale.ROOT));
            rules.add(new Rule(parsed, words, reason));
        }
        return new PageFurniture(rules, Set.copyOf(states));
    }

    /**
     * Why this element is not part of the article, or empty when nothing marks it so. A {@code header} inside
     * the article is the article's own header (its headline, its byline) and is kept; an element holding a
     * headline ({@code h1}) is never judged by its class or id, since a wrapper around a whole article may carry
     * a class such as {@code social-enabled}.
     */
    Optional<String> reasonFor(Element element, boolean insideArticle) {
        for (Rule rule : rules) {
            if (matches(rule, element, insideArticle)) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the element is a landmark of the page outside any article (navigation, sidebar, page header or
     * footer) by its name or role; an article inside one is a teaser, not the page's article.
     */
    boolean isLandmark(Element element) {
        for (Rule rule : rules) {
            if (rule.kind() != Kind.CLASS && matches(rule, element, false)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Rule rule, Element element, boolean insideArticle) {
        switch (rule.kind()) {
            case TAG:
                String tag = element.normalName();
                return tag.equals(rule.marker().get(0)) && !(insideArticle && tag.equals("header"));
            case ROLE:
                for (String role : element.attr("role").toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (role.equals(rule.marker().get(0))) {
                        return !(insideArticle && role.equals("banner"));
                    }
                }
                return false;
            default:
                if (!element.getElementsByTag("h1").isEmpty()) {
                    return false;
                }
                for (String token : classAndId(element)) {
                    List<String> words = ClassWords.of(token);
                    if (!words.isEmpty() && !states.contains(words.get(0)) && ClassWords.contains(words, rule.marker())) {
                        return true;
                    }
                }
                return false;
        }
    }

    private static List<String> classAndId(Element element) {
        List<String> tokens = new ArrayList<>(element.classNames());
        String id = element.id();
        if (!id.isBlank()) {
            tokens.add(id);
        }
        return tokens;
    }
}
