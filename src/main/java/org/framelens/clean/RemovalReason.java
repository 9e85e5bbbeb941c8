package org.framelens.clean;

/** Why cleaning kept a block out of the article, worded for the report a teacher or editor reads. */
enum RemovalReason {
    INTERFACE("page interface (logo, reading time, buttons, counters)"),
    NAVIGATION("navigation"),
    DATE_AND_BYLINE("date and byline line"),
    CREDITS("reporting credits or copyright notice"),
    CONTACT("contact and subscription lines"),
    ABOUT_AUTHOR("about the author / editorial standards"),
    CAPTION("photo caption or credit"),
    RELATED_HEADLINE("headline of another article (related link)"),
    COMMENT_SECTION("reader comments and comment form"),
    RELATED_SECTION("related articles"),
    TOPIC_TAGS("topic tags"),
    READER_COMMENTS("reader comments"),
    PAGE_HEADER("page header (before the article starts)"),
    REPEATED_LINE("repeated line"),
    PULL_QUOTE("pull quote (repeats the article text)");

    private final String text;

    RemovalReason(String text) {
        this.text = text;
    }

    /** The plain-English reason shown in reports. */
    String text() {
        return text;
    }
}
