package nl.hulproute.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Written so that Hibernate keeps the SQL: no parameter that may take a list, a few shapes per query. */
class InListTest {

    @Test
    void oneValueIsOneEquality() {
        JpqlWhere in = InList.of("c.locationId", "locations", List.of(7L));

        assertThat(in.jpql()).isEqualTo("(c.locationId = :locations0)");
        assertThat(in.parameters()).containsExactly(java.util.Map.entry("locations0", 7L));
    }

    @Test
    void aListIsPaddedToAPowerOfTwoWithItsLastValue() {
        JpqlWhere in = InList.of("c.state", "states", List.of("WAITING", "HANDOVER", "EXTERNAL_CARE"));

        assertThat(in.jpql())
                .isEqualTo("(c.state = :states0 or c.state = :states1 or c.state = :states2 or c.state = :states3)");
        assertThat(in.parameters())
                .containsEntry("states0", "WAITING")
                .containsEntry("states2", "EXTERNAL_CARE")
                .containsEntry("states3", "EXTERNAL_CARE")
                .hasSize(4);
    }

    @Test
    void listsOfOneSizeClassShareTheirText() {
        List<Long> five = LongStream.rangeClosed(1, 5).boxed().toList();
        List<Long> eight = LongStream.rangeClosed(11, 18).boxed().toList();

        assertThat(InList.of("s.id", "ids", five).jpql())
                .isEqualTo(InList.of("s.id", "ids", eight).jpql())
                .isNotEqualTo(InList.of("s.id", "ids", List.of(1L, 2L, 3L, 4L)).jpql());
    }

    @Test
    void aLongListOfIdsIsOneJsonArrayInOneParameter() {
        List<Long> many =
                LongStream.rangeClosed(1, InList.LARGEST_EXPANDED + 1).boxed().toList();

        JpqlWhere in = InList.of("s.id", "ids", many);

        assertThat(in.jpql()).isEqualTo("in_id_list(:ids, s.id)");
        assertThat(in.parameters())
                .containsExactly(
                        entry("ids", many.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"))));
        assertThat(InList.of("s.id", "ids", many.subList(0, InList.LARGEST_EXPANDED))
                        .parameters())
                .hasSize(InList.LARGEST_EXPANDED);
    }

    @Test
    void aLongListOfAnythingButIdsIsAMistakeOfTheCaller() {
        List<String> many = LongStream.rangeClosed(1, InList.LARGEST_EXPANDED + 1)
                .mapToObj(i -> "x" + i)
                .toList();

        assertThatThrownBy(() -> InList.of("s.name", "names", many)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartOfALargerConditionAddsItsValuesToThatConditionsParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("action", "VIEW"));

        String part = InList.of("e.userId", "users", List.of(4L, 5L)).into(parameters);

        assertThat(part).isEqualTo("(e.userId = :users0 or e.userId = :users1)");
        assertThat(parameters).containsOnly(entry("action", "VIEW"), entry("users0", 4L), entry("users1", 5L));
    }

    @Test
    void anEmptyListIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> InList.of("s.id", "ids", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
