package nl.hulproute.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.hulproute.shared.DomainProblem;
import nl.hulproute.testsupport.Fixtures;
import nl.hulproute.testsupport.HulprouteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The school records when a student left; retention counts from that day. */
@HulprouteTest
class StudentLeavingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleAdministration administration;

    @Autowired
    StudentRecords records;

    @Test
    void leavingSchoolIsRecordedWithItsDay() {
        long studentId = fixtures.student(fixtures.school(), 19);
        assertThat(records.leftOn(studentId)).isEmpty();

        administration.recordLeaving(studentId, LocalDate.of(2025, 7, 31));

        assertThat(records.leftOn(studentId)).contains(LocalDate.of(2025, 7, 31));
        assertThatThrownBy(() -> administration.recordLeaving(999_999_999L, LocalDate.of(2025, 7, 31)))
                .isInstanceOf(DomainProblem.NotFound.class);
    }
}
