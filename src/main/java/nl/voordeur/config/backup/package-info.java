/**
 * Backup and restore of the database and the files beside it ({@link nl.voordeur.config.backup.BackupCommand},
 * the scheduled backup). The command is started from the application's main method, so it is
 * exposed as a named interface.
 */
@org.springframework.modulith.NamedInterface("backup")
package nl.voordeur.config.backup;
