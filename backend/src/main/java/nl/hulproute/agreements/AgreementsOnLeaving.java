package nl.hulproute.agreements;

import nl.hulproute.people.StudentLeft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A student who left school has no agreement running any more: it ends on the day they left. */
@Component
class AgreementsOnLeaving {

    private final Agreements agreements;

    AgreementsOnLeaving(Agreements agreements) {
        this.agreements = agreements;
    }

    @ApplicationModuleListener
    void on(StudentLeft left) {
        agreements.endOnLeaving(left.studentId(), left.leftOn());
    }
}
