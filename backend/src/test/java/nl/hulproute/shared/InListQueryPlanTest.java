package nl.hulproute.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.stream.LongStream;
import nl.hulproute.testsupport.HulprouteTest;
import org.hibernate.query.sqm.internal.QuerySqmImpl;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hibernate keeps the SQL of a query only when it can key its plan: no parameter of the query may take a list
 * ({@code SqmInterpretationsKey}). {@link InList}'s long lists of ids pass that on Hibernate itself, and run.
 */
@HulprouteTest
class InListQueryPlanTest {

    private static final List<Long> MANY_IDS =
            LongStream.rangeClosed(1, InList.LARGEST_EXPANDED + 1).boxed().toList();

    @Autowired
    EntityManager entityManager;

    @Test
    void aLongListOfIdsKeepsItsPlanAndFindsWhatAnInListFinds() {
        JpqlWhere in = InList.of("c.studentId", "ids", MANY_IDS);
        TypedQuery<Long> query =
                in.bind(entityManager.createQuery("select c.id from LifecycleCase c where " + in.jpql(), Long.class));

        assertThat(planKeyOf(query)).isNotNull();
        assertThat(query.getResultList())
                .containsExactlyInAnyOrderElementsOf(entityManager
                        .createQuery("select c.id from LifecycleCase c where c.studentId in :ids", Long.class)
                        .setParameter("ids", MANY_IDS)
                        .getResultList());
    }

    @Test
    void aListParameterOrAParameterInAFunctionsLastArgumentHasNoPlanKept() {
        TypedQuery<Long> inList = entityManager
                .createQuery("select c.id from LifecycleCase c where c.studentId in :ids", Long.class)
                .setParameter("ids", MANY_IDS);
        TypedQuery<Long> lastArgument = entityManager
                .createQuery(
                        "select c.id from LifecycleCase c where " + InListFunction.NAME + "(c.studentId, :ids)",
                        Long.class)
                .setParameter("ids", "[1,2]");

        assertThat(planKeyOf(inList)).isNull();
        assertThat(planKeyOf(lastArgument)).isNull();
    }

    private static Object planKeyOf(TypedQuery<Long> query) {
        return SqmInterpretationsKey.createInterpretationsKey(query.unwrap(QuerySqmImpl.class));
    }
}
