package nl.hulproute.socialmap;

/** The kinds of external care a school refers students to. */
public enum ProviderKind {
    /** Geestelijke gezondheidszorg: mental health care (youth or adult). */
    GGZ,
    /** The municipality's neighbourhood team: the front door to youth care and Wmo support. */
    WIJKTEAM,
    /** Youth care under the Jeugdwet (up to 18, sometimes extended to 23). */
    JEUGDHULP,
    /** Support for adults under the Wmo 2015. */
    WMO,
    /** Addiction care. */
    VERSLAVINGSZORG,
    /** Debt counselling. */
    SCHULDHULP,
    /** School social work provided by an external organisation. */
    SCHOOLMAATSCHAPPELIJK_WERK,
    /** Youth work. */
    JONGERENWERK,
    /** A doorstroompunt: support for young people who left school early, to work or education (up to 23). */
    DOORSTROOMPUNT
}
