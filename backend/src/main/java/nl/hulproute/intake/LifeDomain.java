package nl.hulproute.intake;

/** The areas of a student's life a signal can be about (NJi, Inspectie). */
public enum LifeDomain {
    MENTAL_HEALTH,
    PHYSICAL_HEALTH,
    WELLBEING_SOCIAL,
    HOME_FAMILY,
    HOUSING,
    FINANCES_DEBT,
    WORK_INTERNSHIP,
    JUSTICE_SAFETY,
    SUBSTANCE_USE,
    LEARNING_SCHOOL
}
