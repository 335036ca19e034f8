package nl.hulproute.agreements;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface EvaluationRepository extends Repository<Evaluation, Long> {

    Evaluation save(Evaluation evaluation);

    List<Evaluation> findByAgreementIdOrderByHeldOnAscIdAsc(long agreementId);

    /** Every evaluation held with the student on or before a day: when, and of which agreement. */
    @Query("""
            select new nl.hulproute.agreements.HeldEvaluation(e.agreementId, e.heldOn, e.nextDueOn)
            from Evaluation e
            where e.studentPresent = true and e.heldOn <= :day
            """)
    List<HeldEvaluation> heldWithStudentOnOrBefore(@Param("day") LocalDate day);
}
