package nl.hulproute.lifecycle;

/** How consent was given. */
public enum ConsentMethod {
    /** In a conversation at school, recorded by the zorgcoördinator. */
    IN_PERSON,
    /** Through a signed digital form. */
    DIGITAL
}
