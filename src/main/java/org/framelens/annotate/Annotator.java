package org.framelens.annotate;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;
import org.framelens.article.Article;

/**
 * Splits an article into sentences and tokens, tags parts of speech with OpenNLP, and marks which words are
 * quoted and whom each sentence's words are attributed to.
 *
 * <p>One instance can annotate articles from several threads at once.
 */
public final class Annotator {

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final SentenceJoiner joiner;
    private final SpeakerFinder speakers;

    public Annotator(LanguageModels models) {
        this.sentenceDetector = new ThreadSafeSentenceDetectorME(models.sentences());
        this.tokenizer = new ThreadSafeTokenizerME(models.tokens());
        this.tagger = new ThreadSafePOSTaggerME(models.partsOfSpeech());
        this.joiner = new SentenceJoiner();
        this.speakers = new SpeakerFinder();
    }

    /** Annotates every paragraph of the article, numbering sentences from 0. */
    public AnnotatedArticle annotate(Article article) {
        List<TaggedSentence> tagged = new ArrayList<>();
        List<String> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            tagged.addAll(tagParagraph(p, paragraphs.get(p)));
        }
        List<String> speakerOf = speakers.attribute(tagged);
        List<Sentence> sentences = new ArrayList<>(tagged.size());
        for (int i = 0; i < tagged.size(); i++) {
            TaggedSentence t = tagged.get(i);
            sentences.add(new Sentence(i, t.paragraph(), t.text(), t.tokens(), t.voice(), speakerOf.get(i)));
        }
        return new AnnotatedArticle(article, sentences);
    }

    private List<TaggedSentence> tagParagraph(int paragraph, String text) {
        List<QuoteSpans.Span> quotes = QuoteSpans.find(text);
        List<TaggedSentence> out = new ArrayList<>();
        for (Span trimmed : joiner.join(text, sentenceDetector.sentPosDetect(text))) {
            String sentenceText = text.substring(trimmed.getStart(), trimmed.getEnd());
            Span[] tokenSpans = splitAtDashes(tokenizer.tokenizePos(sentenceText), sentenceText);
            if (tokenSpans.length == 0) {
                continue;
            }
            String[] words = Span.spansToStrings(tokenSpans, sentenceText);
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                int start = tokenSpans[i].getStart();
                boolean quoted = isQuoted(quotes, trimmed.getStart() + start);
                tokens.add(new Token(words[i], start, tokenSpans[i].getEnd(), tags[i], quoted));
            }
            out.add(new TaggedSentence(paragraph, sentenceText, tokens));
        }
        return out;
    }

    /** Splits tokens the tokenizer left joined by a dash ("Ukraine—probably") into word, dash, word. */
    static Span[] splitAtDashes(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int from = span.getStart();
            for (int i = span.getStart(); i < span.getEnd(); i++) {
                char c = text.charAt(i);
                if ((c == '—' || c == '–') && span.length() > 1) {
                    if (i > from) {
                        out.add(new Span(from, i));
                    }
                    out.add(new Span(i, i + 1));
                    from = i + 1;
                }
            }
            if (from < span.getEnd()) {
                out.add(new Span(from, span.getEnd()));
            }
        }
        return out.toArray(new Span[0]);
    }

    private static boolean isQuoted(List<QuoteSpans.Span> quotes, int offset) {
        for (QuoteSpans.Span span : quotes) {
            if (span.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
