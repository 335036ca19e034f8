package nl.hulproute.socialmap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.hulproute.shared.DomainProblem;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference list of Dutch municipalities (gemeenten) that woongemeenten and the gemeenten a provider serves are
 * chosen from: never free text. See {@code db/migration} for where the list comes from.
 */
@Service
@Transactional(readOnly = true)
public class Municipalities {

    /** A CBS gemeentecode: GM and four digits. */
    public static final Pattern CODE = Pattern.compile("GM\\d{4}");

    /** Fictional municipalities, for demo and test data only, take codes from here on; CBS does not use them. */
    static final int FIRST_FICTIONAL = 9000;

    private final MunicipalityRepository municipalities;

    Municipalities(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    /** Every municipality on the list, by name. */
    public List<Municipality> all() {
        return municipalities.findAll(Sort.by("name", "code")).stream().map(MunicipalityEntry::toMunicipality).toList();
    }

    public Optional<Municipality> byCode(String code) {
        return municipalities.findByCode(code).map(MunicipalityEntry::toMunicipality);
    }

    /** These municipalities by code; codes not on the list are left out. */
    public Map<String, Municipality> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return municipalities.findByCodeIn(codes).stream()
                .map(MunicipalityEntry::toMunicipality)
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
    }

    /**
     * The municipality with this code, or a 422 {@code municipality.unknown} naming the code: what every input that
     * names a woongemeente or a served gemeente is checked against.
     */
    public Municipality require(String code) {
        return byCode(code).orElseThrow(() -> unknown("municipality.unknown", Set.of(code)));
    }

    /** All of these, or a 422 with {@code code} naming the ones not on the list. */
    List<Municipality> requireAll(String problemCode, Collection<String> codes) {
        Map<String, Municipality> found = byCodes(codes);
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw unknown(problemCode, missing);
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(Municipality::name)).toList();
    }

    /**
     * Adds a fictional municipality with the next free code from {@code GM9000}: only for synthetic data (the demo
     * school's surroundings, tests), never for a real one, which comes from the reference list.
     */
    @Transactional
    public synchronized Municipality addFictional(String name) {
        Optional<MunicipalityEntry> existing = municipalities.findByName(name);
        if (existing.isPresent()) {
            return existing.get().toMunicipality();
        }
        int next = municipalities.highestFictionalCode()
                .map(code -> Integer.parseInt(code.substring(2)) + 1)
                .orElse(FIRST_FICTIONAL);
        if (next > 9999) {
            throw new IllegalStateException("no fictional municipality codes left");
        }
        return municipalities.saveAndFlush(new MunicipalityEntry("GM" + next, name, true)).toMunicipality();
    }

    private static DomainProblem unknown(String problemCode, Set<String> codes) {
        return new DomainProblem.Unprocessable(problemCode,
                "Not a municipality on the reference list: " + String.join(", ", codes) + ".",
                Map.of("municipalities", List.copyOf(codes)));
    }
}
