package nl.voordeur.shared.web;

import java.util.UUID;

import org.jspecify.annotations.NonNull;

/** What the API answers when a request made something: the new thing's id (schema {@code Created}). */
public record Created(@NonNull UUID id) {
}
