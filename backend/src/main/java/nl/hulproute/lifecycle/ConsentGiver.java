package nl.hulproute.lifecycle;

/** Who gave consent to share with a provider. Under 16 a parent consents as well as the student. */
public enum ConsentGiver {
    STUDENT,
    PARENT
}
