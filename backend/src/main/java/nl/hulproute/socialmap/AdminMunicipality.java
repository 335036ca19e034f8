package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;

/** A gemeente on the reference list as the functioneel beheerder keeps it, with the version to change it against. */
@Schema(name = "AdminMunicipality")
public record AdminMunicipality(String code, String name, boolean fictional, boolean active, long version) {}
