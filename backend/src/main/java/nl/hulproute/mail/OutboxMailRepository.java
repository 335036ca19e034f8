package nl.hulproute.mail;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** What is due now, oldest first (served by ix_mail_outbox_due). */
    @Query("select m.id from OutboxMail m where m.status in :statuses and m.nextAttemptAt <= :now "
            + "order by m.nextAttemptAt, m.id")
    List<Long> findDue(Collection<MailStatus> statuses, Instant now, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMail m where m.id = :id")
    Optional<OutboxMail> findForUpdate(long id);

    Optional<OutboxMail> findByIdempotencyKey(String idempotencyKey);

    Page<OutboxMail> findByStatus(MailStatus status, Pageable pageable);

    long countByStatus(MailStatus status);
}
