package nl.hulproute.demo;

import static nl.hulproute.demo.Weighted.option;

import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Plausible but fictional names of people in the Netherlands: common first names and surnames drawn at random and
 * combined, so no name is taken from a real person. The mix follows the population of a Dutch MBO, including names
 * common among Dutch people of Moroccan, Turkish, Surinamese and Antillean origin.
 */
final class DutchNames {

    record Name(String firstName, @Nullable String prefix, String lastName) {

        /** As Dutch people write a name: "Sanne van der Meer". */
        String displayName() {
            return prefix == null ? firstName + " " + lastName : firstName + " " + prefix + " " + lastName;
        }
    }

    /** A surname and its tussenvoegsel ("van der" in "Van der Meer"), stored apart as the Dutch registers do. */
    private record Surname(@Nullable String prefix, String name) {}

    private record Origin(List<String> firstNames, List<Surname> surnames) {}

    private static final Origin DUTCH = new Origin(
            List.of(
                    "Daan", "Sem", "Lucas", "Milan", "Levi", "Luuk", "Thijs", "Jesse", "Bram", "Finn", "Tim", "Ruben",
                    "Stijn", "Lars", "Thomas", "Jens", "Niels", "Mees", "Gijs", "Joris", "Emma", "Julia", "Sophie",
                    "Lotte", "Anna", "Sanne", "Lisa", "Fleur", "Eva", "Isa", "Noa", "Roos", "Femke", "Tess", "Iris",
                    "Anouk", "Lieke", "Esmee", "Britt", "Demi", "Kim", "Romy", "Joy", "Mila", "Sven", "Robin"),
            List.of(
                    surname(null, "Jansen"),
                    surname("de", "Vries"),
                    surname("van den", "Berg"),
                    surname("van", "Dijk"),
                    surname(null, "Bakker"),
                    surname(null, "Janssen"),
                    surname(null, "Visser"),
                    surname(null, "Smit"),
                    surname(null, "Meijer"),
                    surname("de", "Boer"),
                    surname(null, "Mulder"),
                    surname("de", "Groot"),
                    surname(null, "Bos"),
                    surname(null, "Vos"),
                    surname(null, "Peters"),
                    surname(null, "Hendriks"),
                    surname("van", "Leeuwen"),
                    surname(null, "Dekker"),
                    surname(null, "Brouwer"),
                    surname("de", "Wit"),
                    surname(null, "Dijkstra"),
                    surname(null, "Smits"),
                    surname("de", "Graaf"),
                    surname("van der", "Meer"),
                    surname("van der", "Linden"),
                    surname(null, "Kok"),
                    surname(null, "Jacobs"),
                    surname("de", "Haan"),
                    surname(null, "Vermeulen"),
                    surname("van den", "Heuvel"),
                    surname("van der", "Veen"),
                    surname("van den", "Broek"),
                    surname("de", "Bruijn"),
                    surname(null, "Schouten"),
                    surname("van", "Beek"),
                    surname(null, "Willems"),
                    surname("van", "Vliet"),
                    surname(null, "Hoekstra"),
                    surname(null, "Maas"),
                    surname(null, "Verhoeven"),
                    surname(null, "Koster"),
                    surname("van", "Wijk"),
                    surname(null, "Prins"),
                    surname(null, "Post"),
                    surname("ter", "Horst"),
                    surname("van 't", "Hof"),
                    surname(null, "Kuipers")));

    private static final Origin MOROCCAN = new Origin(
            List.of(
                    "Mohamed",
                    "Yassine",
                    "Bilal",
                    "Ayoub",
                    "Anas",
                    "Ilias",
                    "Soufiane",
                    "Zakaria",
                    "Adam",
                    "Amine",
                    "Imane",
                    "Salma",
                    "Yasmina",
                    "Nour",
                    "Hiba",
                    "Sara",
                    "Khadija",
                    "Meryem",
                    "Ikram",
                    "Douae"),
            List.of(
                    surname(null, "El Amrani"),
                    surname(null, "Bouzid"),
                    surname(null, "Benali"),
                    surname(null, "Ouali"),
                    surname(null, "El Idrissi"),
                    surname(null, "Amrani"),
                    surname(null, "Tahiri"),
                    surname(null, "Haddou"),
                    surname(null, "Azzouzi"),
                    surname(null, "El Khatib"),
                    surname(null, "Boukhari"),
                    surname(null, "Ziani")));

    private static final Origin TURKISH = new Origin(
            List.of(
                    "Emre", "Mehmet", "Yusuf", "Burak", "Kerem", "Mert", "Enes", "Furkan", "Elif", "Zeynep", "Ayşe",
                    "Esra", "Büşra", "Merve", "Hatice", "Ecrin", "Defne", "Selin"),
            List.of(
                    surname(null, "Yılmaz"),
                    surname(null, "Kaya"),
                    surname(null, "Demir"),
                    surname(null, "Şahin"),
                    surname(null, "Çelik"),
                    surname(null, "Öztürk"),
                    surname(null, "Aydın"),
                    surname(null, "Arslan"),
                    surname(null, "Doğan"),
                    surname(null, "Koç"),
                    surname(null, "Polat"),
                    surname(null, "Yıldız")));

    private static final Origin SURINAMESE_ANTILLEAN = new Origin(
            List.of(
                    "Jayden",
                    "Jermaine",
                    "Dwayne",
                    "Xavier",
                    "Ravi",
                    "Rishi",
                    "Vishal",
                    "Quincy",
                    "Shanice",
                    "Kimberley",
                    "Naomi",
                    "Priya",
                    "Anjali",
                    "Sharon",
                    "Chelsey",
                    "Shakira",
                    "Giovanni",
                    "Jurgen"),
            List.of(
                    surname(null, "Ramdin"),
                    surname(null, "Sewdien"),
                    surname(null, "Bhagwandin"),
                    surname(null, "Mahabier"),
                    surname(null, "Kromodimedjo"),
                    surname(null, "Pinas"),
                    surname(null, "Sno"),
                    surname(null, "Linger"),
                    surname(null, "Martina"),
                    surname(null, "Doelwijt"),
                    surname(null, "Wijngaarde"),
                    surname(null, "Rosalia")));

    private static final Origin OTHER = new Origin(
            List.of(
                    "Ali", "Omar", "Amir", "Daniel", "Jan", "Tomasz", "Luca", "Mila", "Amira", "Hanna", "Maria", "Aya",
                    "Natalia", "Julia", "Sofia", "Ahmad"),
            List.of(
                    surname(null, "Nowak"),
                    surname(null, "Kowalski"),
                    surname(null, "Haddad"),
                    surname(null, "Rahimi"),
                    surname(null, "Hussein"),
                    surname(null, "Popescu"),
                    surname(null, "Nguyen"),
                    surname(null, "Ibrahim")));

    private static final Weighted<Origin> ORIGINS = Weighted.of(
            option(DUTCH, 72),
            option(MOROCCAN, 8),
            option(TURKISH, 7),
            option(SURINAMESE_ANTILLEAN, 7),
            option(OTHER, 6));

    private static final List<Origin> ALL = List.of(DUTCH, MOROCCAN, TURKISH, SURINAMESE_ANTILLEAN, OTHER);

    private final Random random;

    DutchNames(Random random) {
        this.random = random;
    }

    Name next() {
        Origin origin = ORIGINS.draw(random);
        // mostly a surname of the same background, sometimes not: families mix
        Origin surnameOrigin = random.nextDouble() < 0.85 ? origin : Weighted.any(ALL, random);
        Surname surname = Weighted.any(surnameOrigin.surnames(), random);
        return new Name(Weighted.any(origin.firstNames(), random), surname.prefix(), surname.name());
    }

    private static Surname surname(@Nullable String prefix, String name) {
        return new Surname(prefix, name);
    }
}
