package nl.hulproute.platform;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Says in the OpenAPI document what the code already says: a member of a request or response record is always
 * present and never null unless it is declared {@code @Nullable}, and then it may be null. The web app's generated
 * types then need no guessing, and {@code ApiContract} checks every response of the tests against this.
 */
@Component
class RecordNullabilityConverter implements ModelConverter {

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema.get$ref() == null
                ? schema
                : context.getDefinedModels()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            boolean present = model.getProperties().containsKey(component.getName());
            List<String> required = model.getRequired();
            if (!present) {
                continue;
            }
            if (isNullable(component)) {
                model.getProperties().computeIfPresent(component.getName(), (name, property) -> nullable(property));
            } else if (required == null || !required.contains(component.getName())) {
                model.addRequiredItem(component.getName());
            }
        }
        return schema;
    }

    /**
     * The property, allowing {@code null} as well: a null type beside a plain type ({@code ["string", "null"]}); a
     * reference or an enumeration (whose values would not include null) as one of two alternatives.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (allowsNull(property)) {
            return property;
        }
        boolean plain = property.get$ref() == null
                && (property.getEnum() == null || property.getEnum().isEmpty())
                && property.getTypes() != null
                && !property.getTypes().isEmpty();
        if (plain) {
            property.addType("null");
            return property;
        }
        Schema either = new JsonSchema();
        either.setDescription(property.getDescription());
        property.setDescription(null);
        either.setAnyOf(
                new ArrayList<>(List.of(property, new JsonSchema().types(new LinkedHashSet<>(Set.of("null"))))));
        return either;
    }

    @SuppressWarnings("rawtypes")
    private static boolean allowsNull(Schema property) {
        return (property.getTypes() != null && property.getTypes().contains("null"))
                || (property.getAnyOf() != null
                        && ((List<?>) property.getAnyOf())
                                .stream()
                                        .anyMatch(option -> option instanceof Schema alternative
                                                && alternative.getTypes() != null
                                                && alternative.getTypes().contains("null")));
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.isAnnotationPresent(Nullable.class);
    }
}
