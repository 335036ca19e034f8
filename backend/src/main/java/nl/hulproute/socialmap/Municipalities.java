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

    /** Every active municipality on the list, by name: what pickers offer. */
    public List<Municipality> all() {
        return municipalities.findAll(Sort.by("name", "code")).stream()
                .filter(MunicipalityEntry::active)
                .map(MunicipalityEntry::toMunicipality)
                .toList();
    }

    /** Every municipality on the list, deactivated ones too, for the functioneel beheerder. */
    public List<AdminMunicipality> administered() {
        return municipalities.findAll(Sort.by("name", "code")).stream()
                .map(MunicipalityEntry::toAdmin)
                .toList();
    }

    /** Adds a real gemeente by its CBS code; 409 when the code or the name is on the list already. */
    @Transactional
    public AdminMunicipality add(String code, String name) {
        requireReal(code);
        if (municipalities.findByCode(code).isPresent()) {
            throw new DomainProblem.Conflict(
                    "admin.municipality.code-taken", "That code is on the list already.", Map.of("municipality", code));
        }
        requireNameFree(name.strip(), code);
        return municipalities
                .saveAndFlush(new MunicipalityEntry(code, name.strip(), false))
                .toAdmin();
    }

    /** Renames or (de)activates a gemeente against the version the administrator saw. */
    @Transactional
    public AdminMunicipality change(String code, String name, boolean active, long version) {
        MunicipalityEntry entry = municipalities
                .findByCode(code)
                .orElseThrow(() -> new DomainProblem.NotFound(
                        "admin.municipality.not-found", "There is no such gemeente on the list."));
        if (entry.version() != version) {
            throw DomainProblem.Conflict.staleVersion(
                    "admin.municipality", Map.of("municipality", code), entry.version());
        }
        requireNameFree(name.strip(), code);
        entry.change(name.strip(), active);
        return municipalities.saveAndFlush(entry).toAdmin();
    }

    /**
     * Loads CBS's file "Gemeentelijke indeling op 1 januari YYYY" saved as CSV: a header row naming a code column
     * ({@code GemeentecodeGM}, or {@code Gemeentecode} with the number) and a name column ({@code Gemeentenaam}),
     * separated by semicolons, commas or tabs. New codes are added, changed names renamed, deactivated ones in the
     * file made active again; gemeenten missing from the file are reported, not removed.
     */
    @Transactional
    public MunicipalityImport importCbs(String file) {
        Map<String, String> rows = CbsMunicipalityFile.read(file);
        rows.keySet().forEach(Municipalities::requireReal);
        int added = 0;
        int renamed = 0;
        int reactivated = 0;
        int unchanged = 0;
        for (Map.Entry<String, String> row : rows.entrySet()) {
            Optional<MunicipalityEntry> existing = municipalities.findByCode(row.getKey());
            if (existing.isEmpty()) {
                requireNameFree(row.getValue(), row.getKey());
                municipalities.saveAndFlush(new MunicipalityEntry(row.getKey(), row.getValue(), false));
                added++;
                continue;
            }
            MunicipalityEntry entry = existing.get();
            boolean rename = !entry.name().equals(row.getValue());
            if (rename) {
                requireNameFree(row.getValue(), row.getKey());
            }
            if (rename || !entry.active()) {
                renamed += rename ? 1 : 0;
                reactivated += entry.active() ? 0 : 1;
                entry.change(row.getValue(), true);
                municipalities.saveAndFlush(entry);
            } else {
                unchanged++;
            }
        }
        List<String> notInFile = municipalities.findAll(Sort.by("code")).stream()
                .map(MunicipalityEntry::toMunicipality)
                .filter(municipality -> municipality.active() && !municipality.fictional())
                .map(Municipality::code)
                .filter(code -> !rows.containsKey(code))
                .toList();
        return new MunicipalityImport(added, renamed, reactivated, unchanged, notInFile);
    }

    private void requireNameFree(String name, String code) {
        municipalities
                .findByName(name)
                .filter(other -> !other.code().equals(code))
                .ifPresent(other -> {
                    throw new DomainProblem.Conflict(
                            "admin.municipality.name-taken",
                            "Another gemeente on the list has that name.",
                            Map.of("municipality", other.code()));
                });
    }

    private static void requireReal(String code) {
        if (!CODE.matcher(code).matches() || Integer.parseInt(code.substring(2)) >= FIRST_FICTIONAL) {
            throw new DomainProblem.Unprocessable(
                    "admin.municipality.code-invalid",
                    "A CBS gemeentecode is GM and four digits below GM9000 (those are kept for fictional data).",
                    Map.of("municipality", code));
        }
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
        return byCode(code)
                .filter(Municipality::active)
                .orElseThrow(() -> unknown("municipality.unknown", Set.of(code)));
    }

    /** All of these, active, or a 422 with {@code code} naming the ones not (or no longer) on the list. */
    List<Municipality> requireAll(String problemCode, Collection<String> codes) {
        Map<String, Municipality> found = byCodes(codes).values().stream()
                .filter(Municipality::active)
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw unknown(problemCode, missing);
        }
        return found.values().stream()
                .sorted(java.util.Comparator.comparing(Municipality::name))
                .toList();
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
        int next = municipalities
                .highestFictionalCode()
                .map(code -> Integer.parseInt(code.substring(2)) + 1)
                .orElse(FIRST_FICTIONAL);
        if (next > 9999) {
            throw new IllegalStateException("no fictional municipality codes left");
        }
        return municipalities
                .saveAndFlush(new MunicipalityEntry("GM" + next, name, true))
                .toMunicipality();
    }

    private static DomainProblem unknown(String problemCode, Set<String> codes) {
        return new DomainProblem.Unprocessable(
                problemCode,
                "Not a municipality on the reference list: " + String.join(", ", codes) + ".",
                Map.of("municipalities", List.copyOf(codes)));
    }
}
