package org.framelens.compare.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameClustersTest {

    private static final NameClusters CLUSTERS = new NameClusters(CoverageLexicon.load());

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "Volodymyr Zelensky, Zelenskyy, true",
        "Volodymyr Zelensky, Volodymyr Zelenskyy, true",
        "Steve Witkoff, Witkov, true",
        "Yuri Ushakov, Yury Ushakov, true",
        "Sergey Lavrov, Sergei Lavrov, true",
        "Vladimir Putin, Putin, true",
        "Dan Driscoll, D. Driscoll, true",
        "Jared Kushner, Kuchma, false",
        "Jared Kushner, Leonid Kuchma, false",
        "Kushner, Kuchma, false",
        "Donald Trump, Eric Trump, false",
        "Oleksiy Melnyk, Vladimir Milov, false",
        "Vladimir Putin, Vladimir Milov, false",
    })
    void mergesSpellingsOfOnePersonButNotDifferentPeople(String fuller, String other, boolean merged) {
        assertThat(CLUSTERS.compatible(fuller, other)).isEqualTo(merged);
    }
}
