package nl.voordeur.privacy;

import java.time.LocalDate;
import java.util.UUID;

public record ConsentView(UUID id, UUID personId, UUID organisationId, Purpose purpose, boolean given,
                          ConsentMethod method, String legalBasis, LocalDate date) {
}
