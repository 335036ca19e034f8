package nl.hulproute.lifecycle;

/** The three lines of student support. */
public enum Line {
    /** The SLB'er and teaching team: basic support, advised by the zorgcoördinator. */
    FIRST,
    /** The school's studentsupport: zorgcoördinator, school social work, psychologist. */
    SECOND,
    /** External care: GGZ, wijkteam, jeugdhulp, Wmo support, addiction care, debt counselling. */
    THIRD
}
