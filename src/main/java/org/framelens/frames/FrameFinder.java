package org.framelens.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;

/**
 * Tells which frames each sentence uses, from the cue lists of {@code org/framelens/frames/}: a frame is
 * assigned when its cues in the sentence weigh at least {@link #THRESHOLD}, that is one strong cue or two
 * different weak ones; the cues are kept as evidence.
 */
public final class FrameFinder {

    /** The weight a frame's cues must reach in one sentence: one strong cue (2) or two weak ones (1 + 1). */
    public static final int THRESHOLD = 2;

    private final FrameLexicon lexicon;

    /** A finder with the cue lists shipped with framelens. */
    public FrameFinder() {
        this.lexicon = FrameLexicon.load();
    }

    /** The frames of one sentence, with the cues behind each. */
    public SentenceFrames frames(Sentence sentence) {
        List<SentenceWord> words = SentenceWord.of(sentence);
        Map<Frame, Integer> scores = new EnumMap<>(Frame.class);
        List<FrameCue> cues = new ArrayList<>();
        for (Frame frame : Frame.values()) {
            List<FrameCue> found = new ArrayList<>();
            Map<String, Integer> byGroup = new HashMap<>();
            int i = 0;
            while (i < words.size()) {
                int next = i + 1;
                for (CueEntry entry : lexicon.startingWith(frame, words.get(i))) {
                    int last = entry.matchAt(words, i);
                    if (last < 0) {
                        continue;
                    }
                    if (entry.weight() > 0) {
                        int start = words.get(i).start();
                        int end = words.get(last).end();
                        found.add(new FrameCue(frame, sentence.text().substring(start, end), start, end, entry.weight()));
                        byGroup.merge(entry.group(), entry.weight(), Math::max);
                    }
                    next = last + 1;
                    break;
                }
                i = next;
            }
            int score = byGroup.values().stream().mapToInt(Integer::intValue).sum();
            if (score >= THRESHOLD) {
                scores.put(frame, score);
                cues.addAll(found);
            }
        }
        cues.sort(Comparator.comparingInt(FrameCue::start).thenComparing(FrameCue::frame));
        return new SentenceFrames(sentence.index(), scores.keySet(), scores, cues);
    }

    /** The frame profile of one outlet's article: shares per frame, example sentences, and every sentence's frames. */
    public FrameProfile profile(AnnotatedArticle article) {
        return FrameProfile.of(article.sentences().stream().map(this::frames).toList());
    }
}
