package nl.hulproute.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.hulproute.shared.DomainProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Every problem code the backend can send has Dutch text in the one file of Dutch words ({@code
 * frontend/src/i18n/nl.json}, group {@code problem}), which the web app shows and the backend ships.
 *
 * <p>The codes are found in the compiled classes, not listed by hand: every problem body gets its code through {@code
 * ProblemDetail.setProperty("code", …)}, and from there each code is followed back to the string constants it is made
 * of — through method parameters to every call ({@code new DomainProblem.Forbidden("…", …)}), through fields to what
 * is stored in them ({@code Permission}'s codes, the lifecycle's guards), through accessors and string concatenation
 * ({@code staleVersion("case", …)} is {@code case.version-stale}). A code that cannot be followed to constants fails
 * the test unless it is one of the families below.
 */
class ProblemCodesTest {

    /** Where a value becomes part of a code; the rest of the code is around it. */
    private static final String HOLE = "\u0001";

    /** Codes made at run time from something that is not a constant, and why they need no text of their own. */
    private static final Map<String, String> FAMILIES = Map.of(
            "http." + HOLE,
            "Spring MVC's own refusals (405, 406, 415 …) are named after their status; the web app explains them by"
                    + " status (problems.ts), and it never sends such requests itself");

    /** Texts the web app needs for problems of its own, which the backend never sends. */
    private static final Set<String> WEB_APP_ONLY = Set.of("network");

    private static Map<String, Set<String>> codes = Map.of();
    private static Set<String> unresolved = Set.of();

    @BeforeAll
    static void scanTheCompiledClasses() throws Exception {
        CodeScan scan = new CodeScan(classes());
        scan.run();
        codes = scan.codes;
        unresolved = scan.unresolved;
    }

    @Test
    void theScanFollowsEveryWayACodeIsMade() {
        assertThat(codes)
                .as("a literal, a guard of the lifecycle, a permission, a stale version, the platform's own")
                .containsKeys(
                        "case.not-found",
                        "lifecycle.guard.consent-required",
                        "people.students-forbidden",
                        "case.version-stale",
                        "admin.user.version-stale",
                        "auth.unauthenticated",
                        "auth.sign-in-throttled",
                        "request.rejected",
                        "concurrent-modification");
    }

    @Test
    void everyCodeIsMadeOfConstants() {
        assertThat(unresolved)
                .as("codes that are not followed back to constants; make them constants, or teach this test")
                .allSatisfy(found -> assertThat(FAMILIES).containsKey(found.substring(0, found.indexOf(" at "))));
    }

    @Test
    void everyProblemCodeTheBackendCanSendHasDutchText() throws IOException {
        Map<String, String> texts = dutchProblemTexts();
        Map<String, Set<String>> missing = new TreeMap<>(codes);
        missing.keySet().removeAll(texts.keySet());
        assertThat(missing)
                .as("problem codes without Dutch text in frontend/src/i18n/nl.json (group \"problem\"), with where"
                        + " they are made")
                .isEmpty();
        assertThat(texts.values()).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void everyProblemTextIsForACodeTheBackendCanSend() throws IOException {
        Set<String> unused = new TreeSet<>(dutchProblemTexts().keySet());
        unused.removeAll(codes.keySet());
        unused.removeAll(WEB_APP_ONLY);
        assertThat(unused)
                .as("Dutch texts for problem codes nothing sends any more")
                .isEmpty();
    }

    private static Map<String, String> dutchProblemTexts() throws IOException {
        try (InputStream in = ProblemCodesTest.class.getResourceAsStream("/i18n/nl.json")) {
            assertThat(in)
                    .as("the build puts frontend/src/i18n/nl.json on the classpath")
                    .isNotNull();
            Map<String, Map<String, String>> groups =
                    new ObjectMapper().readValue(in, new TypeReference<Map<String, Map<String, String>>>() {});
            return Objects.requireNonNull(groups.get("problem"), "nl.json has a group \"problem\"");
        }
    }

    private static Map<String, ClassNode> classes() throws IOException, URISyntaxException {
        Path root = Path.of(DomainProblem.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Map<String, ClassNode> classes = new HashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("nl/hulproute"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassNode node = new ClassNode();
                new ClassReader(Files.readAllBytes(file)).accept(node, ClassReader.SKIP_FRAMES);
                classes.put(node.name, node);
            }
        }
        return classes;
    }

    /** A backwards walk from each problem body's code to the constants it is made of. */
    private static final class CodeScan {

        private final Map<String, ClassNode> classes;
        private final Map<MethodNode, Frame<SourceValue>[]> frames = new HashMap<>();
        private final Map<MethodNode, ClassNode> ownerOf = new HashMap<>();
        private final Deque<Slot> work = new ArrayDeque<>();
        private final Set<Slot> seen = new HashSet<>();
        private final Set<List<Object>> followed = new HashSet<>();
        private final List<Site> sites;
        final Map<String, Set<String>> codes = new TreeMap<>();
        final Set<String> unresolved = new TreeSet<>();

        /** A place a code passes through: a method's parameter, a field, or what a method returns. */
        private record Slot(String kind, String owner, String name, String desc, int index, String template) {}

        /** An instruction of a method, for following values back from it. */
        private record Site(ClassNode owner, MethodNode method, AbstractInsnNode insn) {
            String where() {
                return owner.name.replace('/', '.') + "." + method.name;
            }
        }

        CodeScan(Map<String, ClassNode> classes) {
            this.classes = classes;
            classes.values().forEach(c -> c.methods.forEach(m -> ownerOf.put(m, c)));
            this.sites = allSites();
        }

        void run() {
            for (Site site : sites()) {
                if (site.insn() instanceof MethodInsnNode call
                        && call.owner.equals("org/springframework/http/ProblemDetail")
                        && call.name.equals("setProperty")
                        && isConstant(argument(site, call.desc, 0), "code")) {
                    follow(argument(site, call.desc, 1), site, HOLE);
                }
            }
            while (!work.isEmpty()) {
                resolve(work.pop());
            }
        }

        private void resolve(Slot slot) {
            switch (slot.kind()) {
                case "parameter" -> {
                    for (Site site : sites()) {
                        if (site.insn() instanceof MethodInsnNode call
                                && call.name.equals(slot.name())
                                && call.desc.equals(slot.desc())
                                && (call.name.equals("<init>")
                                        ? call.owner.equals(slot.owner())
                                        : isSubtype(call.owner, slot.owner()))) {
                            follow(argument(site, call.desc, slot.index()), site, slot.template());
                        } else if (site.insn() instanceof InvokeDynamicInsnNode lambda && refersTo(lambda, slot)) {
                            // a lambda's leading parameters are the values it captures: the indy's arguments
                            int captured = Type.getArgumentTypes(lambda.desc).length;
                            if (slot.index() < captured) {
                                follow(argument(site, lambda.desc, slot.index()), site, slot.template());
                            } else {
                                unresolved.add(slot.template() + " at " + site.where() + " (a method reference)");
                            }
                        }
                    }
                }
                case "field" -> {
                    for (Site site : sites()) {
                        if (site.insn() instanceof FieldInsnNode put
                                && (put.getOpcode() == Opcodes.PUTFIELD || put.getOpcode() == Opcodes.PUTSTATIC)
                                && put.owner.equals(slot.owner())
                                && put.name.equals(slot.name())) {
                            follow(top(site), site, slot.template());
                        }
                    }
                }
                case "returned" -> {
                    for (ClassNode c : classes.values()) {
                        if (!isSubtype(c.name, slot.owner())) {
                            continue;
                        }
                        for (MethodNode m : c.methods) {
                            if (m.name.equals(slot.name()) && m.desc.equals(slot.desc()) && m.instructions != null) {
                                for (AbstractInsnNode insn : m.instructions) {
                                    if (insn.getOpcode() == Opcodes.ARETURN) {
                                        Site site = new Site(c, m, insn);
                                        follow(top(site), site, slot.template());
                                    }
                                }
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException(slot.kind());
            }
        }

        /** Follows a value back from the instruction that uses it, to constants or to a slot for later. */
        private void follow(SourceValue value, Site at, String template) {
            if (value.insns.isEmpty()) {
                unresolved.add(template + " at " + at.where() + " (a value of unknown origin)");
            }
            for (AbstractInsnNode source : value.insns) {
                if (!followed.add(List.of(source, template))) {
                    continue;
                }
                Site site = new Site(at.owner(), at.method(), source);
                if (source instanceof LdcInsnNode ldc && ldc.cst instanceof String constant) {
                    codes.computeIfAbsent(template.replace(HOLE, constant), code -> new TreeSet<>())
                            .add(site.where());
                } else if (source instanceof VarInsnNode load && source.getOpcode() == Opcodes.ALOAD) {
                    SourceValue local = frame(site).getLocal(load.var);
                    int parameter = parameterAt(at.method(), load.var);
                    if (local.insns.isEmpty() && parameter >= 0) {
                        enqueue(new Slot(
                                "parameter", at.owner().name, at.method().name, at.method().desc, parameter, template));
                    } else {
                        follow(local, site, template);
                    }
                } else if (source.getOpcode() == Opcodes.ASTORE
                        || source.getOpcode() == Opcodes.DUP
                        || source.getOpcode() == Opcodes.CHECKCAST) {
                    follow(top(site), site, template);
                } else if (source instanceof FieldInsnNode get
                        && (get.getOpcode() == Opcodes.GETFIELD || get.getOpcode() == Opcodes.GETSTATIC)
                        && classes.containsKey(get.owner)) {
                    enqueue(new Slot("field", get.owner, get.name, get.desc, -1, template));
                } else if (source instanceof MethodInsnNode call
                        && classes.containsKey(call.owner)
                        && !call.name.equals("<init>")) {
                    enqueue(new Slot("returned", call.owner, call.name, call.desc, -1, template));
                } else if (source instanceof InvokeDynamicInsnNode concat
                        && concat.bsm.getName().equals("makeConcatWithConstants")) {
                    followConcatenation(concat, site, template);
                } else {
                    unresolved.add(template + " at " + site.where() + " (" + describe(source) + ")");
                }
            }
        }

        /** {@code "http." + x}: the code is the recipe around whatever x is made of. */
        private void followConcatenation(InvokeDynamicInsnNode concat, Site site, String template) {
            String recipe = (String) concat.bsmArgs[0];
            for (int i = 1; i < concat.bsmArgs.length; i++) {
                recipe = recipe.replaceFirst("\u0002", String.valueOf(concat.bsmArgs[i]));
            }
            int holes = recipe.length() - recipe.replace(HOLE, "").length();
            String inner = template.replace(HOLE, recipe);
            if (holes == 1) {
                follow(argument(site, concat.desc, 0), site, inner);
            } else {
                unresolved.add(inner + " at " + site.where() + " (" + holes + " values concatenated)");
            }
        }

        private void enqueue(Slot slot) {
            if (seen.add(slot)) {
                work.push(slot);
            }
        }

        private boolean refersTo(InvokeDynamicInsnNode indy, Slot slot) {
            for (Object arg : indy.bsmArgs) {
                if (arg instanceof Handle handle
                        && handle.getOwner().equals(slot.owner())
                        && handle.getName().equals(slot.name())
                        && handle.getDesc().equals(slot.desc())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a class is the type or one of its subtypes, as far as our own classes tell. */
        private boolean isSubtype(String name, String type) {
            if (name.equals(type)) {
                return true;
            }
            ClassNode c = classes.get(name);
            if (c == null) {
                return false;
            }
            if (c.superName != null && isSubtype(c.superName, type)) {
                return true;
            }
            return c.interfaces.stream().anyMatch(i -> isSubtype(i, type));
        }

        /** The index among the declared parameters of a local variable slot, or -1 if it is not a parameter. */
        private static int parameterAt(MethodNode method, int var) {
            int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            Type[] parameters = Type.getArgumentTypes(method.desc);
            for (int i = 0; i < parameters.length; i++) {
                if (slot == var) {
                    return i;
                }
                slot += parameters[i].getSize();
            }
            return -1;
        }

        private List<Site> sites() {
            return sites;
        }

        private List<Site> allSites() {
            List<Site> sites = new ArrayList<>();
            for (ClassNode c : classes.values()) {
                for (MethodNode m : c.methods) {
                    if (m.instructions != null) {
                        for (AbstractInsnNode insn : m.instructions) {
                            sites.add(new Site(c, m, insn));
                        }
                    }
                }
            }
            return sites;
        }

        private boolean isConstant(SourceValue value, String constant) {
            return value.insns.size() == 1
                    && value.insns.iterator().next() instanceof LdcInsnNode ldc
                    && constant.equals(ldc.cst);
        }

        /** The value a call receives as its {@code index}th declared argument. */
        private SourceValue argument(Site site, String desc, int index) {
            Frame<SourceValue> frame = frame(site);
            Type[] arguments = Type.getArgumentTypes(desc);
            return frame.getStack(frame.getStackSize() - arguments.length + index);
        }

        private SourceValue top(Site site) {
            Frame<SourceValue> frame = frame(site);
            return frame.getStack(frame.getStackSize() - 1);
        }

        private Frame<SourceValue> frame(Site site) {
            Frame<SourceValue>[] all = frames.computeIfAbsent(site.method(), method -> {
                try {
                    return new Analyzer<>(new SourceInterpreter()).analyze(ownerOf.get(method).name, method);
                } catch (AnalyzerException e) {
                    throw new IllegalStateException(e);
                }
            });
            return Objects.requireNonNull(
                    all[site.method().instructions.indexOf(site.insn())], "only reachable code makes problems");
        }

        private static String describe(AbstractInsnNode insn) {
            if (insn instanceof MethodInsnNode call) {
                return "the result of " + call.owner.replace('/', '.') + "." + call.name;
            }
            return "instruction " + insn.getOpcode();
        }
    }
}
