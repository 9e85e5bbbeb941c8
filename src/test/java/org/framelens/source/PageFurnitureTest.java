package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    private static final PageFurniture FURNITURE = PageFurniture.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<nav>Home</nav>|navigation",
        "<header>Site</header>|page header",
        "<footer>(c) 2025</footer>|page footer",
        "<aside>Also read</aside>|sidebar",
        "<figcaption>Photo: AP</figcaption>|photo caption",
        "<div role=navigation>x</div>|navigation",
        "<div role=complementary>x</div>|sidebar",
        "<div id=comments>x</div>|reader comments",
        "<ol class='comment-list'>x</ol>|reader comments",
        "<div id=disqus_thread>x</div>|reader comments",
        "<div id=respond>x</div>|reader comments",
        "<section class='related-articles'>x</section>|related articles",
        "<div class='relatedStories'>x</div>|related articles",
        "<div class='recommended'>x</div>|related articles",
        "<div class='more-stories-rail'>x</div>|related articles",
        "<div class='newsletter-signup'>x</div>|newsletter sign-up",
        "<div class='subscribe-box'>x</div>|newsletter sign-up",
        "<div class='share-tools'>x</div>|sharing buttons",
        "<div class='social-links'>x</div>|sharing buttons",
        "<div class='advert'>x</div>|advertisement",
        "<div class='ad-slot'>x</div>|advertisement",
        "<div class='AdContainer'>x</div>|advertisement",
        "<div class='promo'>x</div>|promotion",
        "<p class='wp-caption-text'>x</p>|photo caption",
        "<div class='layout breadcrumb'>x</div>|navigation",
    })
    void namesPageFurniture(String html, String reason) {
        assertThat(FURNITURE.reasonFor(element(html), false)).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div class='header-image'>x</div>",
        "<p id=adapted>x</p>",
        "<div class='headline'>x</div>",
        "<div class='loaded'>x</div>",
        "<div class='commentary'>x</div>",
        "<div class='responsive'>x</div>",
        "<div class='shared-content'>x</div>",
        "<div class='unrelated'>x</div>",
        "<div class='subscriber-content'>x</div>",
        "<div class='has-comments'>x</div>",
        "<div class='no-ads'>x</div>",
        "<div class='is-social'>x</div>",
        "<div class='entry-header'>x</div>",
        "<div class='read'>x</div>",
        "<div class='lead'>x</div>",
        "<p>plain</p>",
    })
    void leavesNearMissesAlone(String html) {
        assertThat(FURNITURE.reasonFor(element(html), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<header><h1>Headline</h1></header>", "<div role=banner>Headline</div>"})
    void keepsTheArticlesOwnHeader(String html) {
        Optional<String> inside = FURNITURE.reasonFor(element(html), true);
        Optional<String> outside = FURNITURE.reasonFor(element(html), false);

        assertThat(inside).isEmpty();
        assertThat(outside).contains("page header");
    }

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}
