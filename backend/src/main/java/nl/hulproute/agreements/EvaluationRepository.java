package nl.hulproute.agreements;

import java.util.List;
import org.springframework.data.repository.Repository;

interface EvaluationRepository extends Repository<Evaluation, Long> {

    Evaluation save(Evaluation evaluation);

    List<Evaluation> findByAgreementIdOrderByHeldOnAscIdAsc(long agreementId);
}
