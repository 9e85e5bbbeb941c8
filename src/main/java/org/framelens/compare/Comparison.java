package org.framelens.compare;

import java.time.LocalDate;
import java.util.List;
import org.framelens.measure.OutletProfile;

/**
 * All outlets measured in one run, in the order they are reported, and what could not be used.
 *
 * @param toolVersion framelens's version
 * @param reportDate the date printed on the report
 * @param subjectTerms the words that name what the coverage is about (empty until it is known)
 * @param outlets one profile per usable article, ordered by outlet name
 * @param problems one line per file that was skipped or only partly read
 * @param crossOutlet ranks, likeness of wording and coverage across the outlets
 */
public record Comparison(String toolVersion, LocalDate reportDate, List<String> subjectTerms,
                         List<OutletProfile> outlets, List<String> problems, CrossOutlet crossOutlet) {

    public Comparison {
        subjectTerms = List.copyOf(subjectTerms);
        outlets = List.copyOf(outlets);
        problems = List.copyOf(problems);
    }

    /** A comparison without cross-outlet figures (for reports built from figures alone). */
    public Comparison(String toolVersion, LocalDate reportDate, List<String> subjectTerms,
                      List<OutletProfile> outlets, List<String> problems) {
        this(toolVersion, reportDate, subjectTerms, outlets, problems, CrossOutlet.NONE);
    }
}
