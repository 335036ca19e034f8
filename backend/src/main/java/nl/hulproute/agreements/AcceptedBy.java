package nl.hulproute.agreements;

/** Who accepted a revision: the student (from 16 alone), or a parent who co-accepts under 16. */
public enum AcceptedBy {
    STUDENT,
    PARENT
}
