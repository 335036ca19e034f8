package nl.hulproute.mapstruct;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import org.mapstruct.ap.spi.DefaultAccessorNamingStrategy;

/**
 * MapStruct sees JavaBeans getters ({@code getId()}) and record accessors by itself; our entities read their fields
 * through fluent accessors ({@code id()}). A method is one when it takes nothing, returns something and bears the name
 * of a field of its own class: so every column an entity reads is a source property (and {@code
 * unmappedSourcePolicy = ERROR} notices one left out), while derived methods such as {@code currentBridgingPlan()}
 * are not.
 */
public class FluentAccessorNamingStrategy extends DefaultAccessorNamingStrategy {

    @Override
    public boolean isGetterMethod(ExecutableElement method) {
        return super.isGetterMethod(method) || isFluentGetter(method);
    }

    @Override
    public String getPropertyName(ExecutableElement getterOrSetterMethod) {
        // a field named like a bean getter ("isoCode") keeps its whole name
        return isFluentGetter(getterOrSetterMethod)
                ? getterOrSetterMethod.getSimpleName().toString()
                : super.getPropertyName(getterOrSetterMethod);
    }

    private static boolean isFluentGetter(ExecutableElement method) {
        if (!method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID
                || method.getModifiers().contains(Modifier.STATIC)
                || !(method.getEnclosingElement() instanceof TypeElement type)) {
            return false;
        }
        String name = method.getSimpleName().toString();
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .anyMatch(field -> !field.getModifiers().contains(Modifier.STATIC)
                        && field.getSimpleName().contentEquals(name));
    }
}
