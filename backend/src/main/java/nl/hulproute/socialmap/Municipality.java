package nl.hulproute.socialmap;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A Dutch municipality (gemeente) on the reference list: its CBS code ({@code GM} and four digits) and name. The
 * functioneel beheerder keeps the list (CBS's yearly file, additions, renames); a fictional one (codes
 * {@code GM9000}–{@code GM9999}, which CBS does not use) exists only in demo and test data.
 */
@Schema(name = "Municipality", description = "A gemeente from the reference list (CBS gemeentecode and name)")
public record Municipality(
        @Schema(example = "GM0344") String code,
        @Schema(example = "Utrecht") String name,

        @Schema(description = "true for a gemeente that exists only in demo or test data")
        boolean fictional,

        @Schema(description = "false: no longer chosen (merged away); what refers to it keeps it")
        boolean active) {}
