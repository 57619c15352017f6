package nl.voordeur.access;

import java.util.Collection;

/**
 * Words a password may not contain because they belong to this installation, such as the
 * municipalities of the programmes. Other modules provide them as beans; {@link PasswordPolicy}
 * asks every one at each check.
 */
public interface PasswordContextWords {

    Collection<String> words();
}
