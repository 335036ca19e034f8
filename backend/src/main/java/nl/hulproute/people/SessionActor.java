package nl.hulproute.people;

import java.io.Serializable;
import nl.hulproute.shared.Actor;

/** The signed-in actor as a session keeps it: valid while their account still has this version. */
record SessionActor(Actor actor, long version) implements Serializable {}
