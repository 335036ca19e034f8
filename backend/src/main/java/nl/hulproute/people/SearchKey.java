package nl.hulproute.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One folded word of a student's name or number, with the student's location, so that a search among some locations'
 * students reads only their keys ({@link StudentSearch}).
 */
@Embeddable
record SearchKey(@Column(name = "search_key") String word, long locationId) {}
