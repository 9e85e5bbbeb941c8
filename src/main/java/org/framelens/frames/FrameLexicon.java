package org.framelens.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.framelens.lexicon.WordList;

/** The cue lists of all frames, one resource file per frame, each ordered so that longer entries are tried first. */
final class FrameLexicon {

    private final Map<Frame, List<CueEntry>> entries;
    private final Map<Frame, CueIndex> indexes;

    private FrameLexicon(Map<Frame, List<CueEntry>> entries) {
        this.entries = entries;
        Map<Frame, CueIndex> byFrame = new EnumMap<>(Frame.class);
        entries.forEach((frame, list) -> byFrame.put(frame, new CueIndex(list)));
        this.indexes = byFrame;
    }

    /** Loads {@code conflict.txt}, {@code human_interest.txt}, ... from the classpath. */
    static FrameLexicon load() {
        Map<Frame, List<CueEntry>> entries = new EnumMap<>(Frame.class);
        for (Frame frame : Frame.values()) {
            List<CueEntry> list = new ArrayList<>();
            for (String line : WordList.lines(FrameLexicon.class, frame.listName())) {
                list.add(CueEntry.parse(frame, line));
            }
            list.sort(Comparator.comparingInt((CueEntry e) -> e.words().size()).reversed()
                    .thenComparingInt(CueEntry::weight));
            entries.put(frame, List.copyOf(list));
        }
        return new FrameLexicon(entries);
    }

    /** The entries of one frame, longest first and, among equally long ones, blockers first. */
    List<CueEntry> entries(Frame frame) {
        return entries.get(frame);
    }

    /** The entries of one frame, in the order of {@link #entries}, that can start at the given word. */
    List<CueEntry> startingWith(Frame frame, SentenceWord word) {
        return indexes.get(frame).startingWith(word);
    }
}
