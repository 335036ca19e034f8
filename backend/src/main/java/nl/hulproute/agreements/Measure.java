package nl.hulproute.agreements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One measure of a revision: what the school does, who is responsible, and whether it holds during the bpv. */
@Entity
@Table(name = "agreements_measure")
class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MeasureKind kind;

    private String description;
    private String responsible;
    private boolean appliesDuringInternship;

    protected Measure() {}

    Measure(int position, MeasureKind kind, String description, String responsible, boolean appliesDuringInternship) {
        this.position = position;
        this.kind = kind;
        this.description = description;
        this.responsible = responsible;
        this.appliesDuringInternship = appliesDuringInternship;
    }

    Measure copyAt(int newPosition) {
        return new Measure(newPosition, kind, description, responsible, appliesDuringInternship);
    }

    public Long id() {
        return id;
    }

    public MeasureKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String responsible() {
        return responsible;
    }

    public boolean appliesDuringInternship() {
        return appliesDuringInternship;
    }
}
