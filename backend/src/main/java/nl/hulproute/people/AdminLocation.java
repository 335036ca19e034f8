package nl.hulproute.people;

import io.swagger.v3.oas.annotations.media.Schema;

/** A location as the functioneel beheerder manages it; the code is what the identity provider sends. */
@Schema(name = "AdminLocation")
public record AdminLocation(long id, String code, String name, String municipality, long version) {}
