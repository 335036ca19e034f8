package nl.hulproute.shared;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The JPQL function {@link InList} writes a long list of ids with: {@code in_id_list(:ids, path)}, the ids one JSON
 * array in one string parameter, read back by MariaDB's {@code JSON_TABLE}. One parameter that is not a list keeps
 * the query's SQL with Hibernate, and MariaDB looks each id up as it does for {@code in (…)}: the table function is
 * materialised and the ids are read on the column's index (docs/performance.md). The parameter comes first: HQL lets
 * a parameter in a function's last argument take a list (varargs), and then translates the query again on every
 * call, as for {@code in :ids}. Registered with Hibernate through {@code META-INF/services}.
 */
public final class InListFunction implements FunctionContributor {

    static final String NAME = "in_id_list";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions
                .getFunctionRegistry()
                .patternDescriptorBuilder(
                        NAME, "?2 in (select ids.id from json_table(?1, '$[*]' columns (id bigint path '$')) ids)")
                .setExactArgumentCount(2)
                .setInvariantType(
                        functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
