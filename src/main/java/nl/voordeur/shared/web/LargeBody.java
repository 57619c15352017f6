package nl.voordeur.shared.web;

/**
 * A request body allowed to be larger than the general limit ({@code voordeur.web.max-body-size}):
 * a module that takes an upload declares one as a bean, naming the path (a Spring path pattern such
 * as {@code /api/v1/programmes/*}{@code /addresses/import}) and its own limit in bytes.
 */
public record LargeBody(String pathPattern, long maxBytes) {
}
