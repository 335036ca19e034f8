package nl.hulproute.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.Fixtures.School;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where many students study and live, read at once for figures: what their summaries say of it, for the ids that exist.
 */
@HulprouteTest
class StudentPlacementsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Students students;

    @Test
    void aPlacementIsTheStudentsNumberLocationTeamAndProgrammeAsTheirSummaryHasThem() {
        School north = fixtures.school();
        School northTechniek = fixtures.otherTeam(north);
        School south = fixtures.school();
        List<Long> ids =
                List.of(fixtures.student(north, 17), fixtures.student(northTechniek, 19), fixtures.student(south, 22));

        Map<Long, StudentPlacement> placements = students.placements(ids);

        assertThat(placements).containsOnlyKeys(ids);
        students.students(ids)
                .values()
                .forEach(summary -> assertThat(placements.get(summary.id()))
                        .isEqualTo(new StudentPlacement(
                                summary.id(),
                                summary.studentNumber(),
                                summary.locationId(),
                                summary.locationName(),
                                summary.teamId(),
                                summary.teamName(),
                                summary.programme())));
        assertThat(placements.get(ids.get(1)).teamId()).isEqualTo(northTechniek.teamId());
        assertThat(placements.get(ids.get(2)).locationId()).isEqualTo(south.locationId());
    }

    @Test
    void unknownIdsAreLeftOutAndEveryStatementOfALongListIsRead() {
        School school = fixtures.school();
        long first = fixtures.student(school, 17);
        long second = fixtures.student(school, 18);
        // ids no student has, sorting before the students: one falls last in the first statement, one first in the next
        List<Long> ids = new ArrayList<>();
        for (long unknown = 1; unknown < Students.IDS_PER_STATEMENT; unknown++) {
            ids.add(-unknown);
        }
        ids.addAll(List.of(second, first, second));

        assertThat(students.placements(ids)).containsOnlyKeys(first, second);
        assertThat(students.placements(List.of())).isEmpty();
    }

    @Test
    void aMunicipalityIsTheOneTheStudentsSummaryHasForEveryStatementOfALongList() {
        School school = fixtures.school();
        List<Long> ids = new ArrayList<>();
        for (long unknown = 1; unknown < Students.IDS_PER_STATEMENT; unknown++) {
            ids.add(-unknown);
        }
        long first = fixtures.student(school, 17);
        long second = fixtures.student(school, 18);
        ids.addAll(List.of(second, first));

        Map<Long, String> municipalities = students.municipalities(ids);

        assertThat(municipalities).containsOnlyKeys(first, second);
        students.students(List.of(first, second))
                .values()
                .forEach(summary -> assertThat(municipalities.get(summary.id())).isEqualTo(summary.municipality()));
        assertThat(students.municipalities(List.of())).isEmpty();
    }
}
