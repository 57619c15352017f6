/**
 * Subject rights (AVG art. 15–17) for the privacy officer: export everything about one person
 * (JSON and PDF), rectify their name and birth year, and erase (anonymise) where the law allows.
 * Every owning module hands over one person's records through a narrow {@code *SubjectData} class.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"household", "support", "referral", "meldcode",
        "privacy", "address", "programme", "access", "audit", "shared"})
package nl.voordeur.rights;
