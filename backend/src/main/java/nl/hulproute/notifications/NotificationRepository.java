package nl.hulproute.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, Long> {

    Notification save(Notification notification);

    Optional<Notification> findById(long id);

    Page<Notification> findByRecipientUserId(long recipientUserId, Pageable pageable);

    long countByRecipientUserIdAndReadAtIsNull(long recipientUserId);

    List<Notification> findByRecipientUserIdAndReadAtIsNull(long recipientUserId);

    List<Notification> findByKindAndSubjectAndDoneAtIsNull(String kind, String subject);

    /** Served by ix_notifications_created. */
    @Modifying
    @Query("delete from Notification n where n.createdAt < :cutoff")
    int deleteCreatedBefore(Instant cutoff);
}
