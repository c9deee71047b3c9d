package org.careergraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded server's {@code neo4j} user: the configured one, or one
 * generated at first start and kept in the data folder where only the owner can read it.
 * Its {@link #toString()} never shows it.
 */
final class EmbeddedPassword {

    static final String USER = "neo4j";
    static final String FILE_NAME = "neo4j-password";
    static final int MINIMUM_LENGTH = 8; // Neo4j's
                                         // dbms.security.auth_minimum_password_length

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPassword.class);

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private final String value;

    private final String origin;

    private EmbeddedPassword(String value, String origin) {
        this.value = value;
        this.origin = origin;
    }

    /**
     * The configured password if there is one, else the one kept in {@code home},
     * generated there if missing.
     */
    static EmbeddedPassword resolve(String configured, Path home) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException(EmbeddedNeo4jProperties.PREFIX + ".password is shorter than "
                        + MINIMUM_LENGTH + " characters, the least Neo4j accepts.");
            }
            return new EmbeddedPassword(configured, EmbeddedNeo4jProperties.PREFIX + ".password");
        }
        Path file = home.resolve(FILE_NAME);
        try {
            Files.createDirectories(home);
            if (!Files.exists(file)) {
                write(file, generate());
                log.info("Generated a password for the embedded Neo4j's user '{}', readable by its owner only: {}",
                        USER, file);
            }
            ownerOnly(file);
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (stored.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException(file + " holds no password of at least " + MINIMUM_LENGTH
                        + " characters; delete it to have one generated.");
            }
            return new EmbeddedPassword(stored, file.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded Neo4j's password in " + file, e);
        }
    }

    /** Where the password comes from (a setting's name or a file), safe to show. */
    String origin() {
        return origin;
    }

    AuthToken authToken() {
        return AuthTokens.basic(USER, value);
    }

    /**
     * Makes this the {@code neo4j} user's password on a started server, also when someone
     * changed it since.
     */
    void applyTo(DatabaseManagementService dbms) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", value));
        }
        catch (QueryExecutionException e) {
            if (!e.getMessage().contains("cannot be the same")) { // already this
                                                                  // password: nothing to
                                                                  // change
                throw e;
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPassword[user=" + USER + ", from " + origin + ", value=(hidden)]";
    }

    private static String generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * Writes beside the target with owner-only rights from the start, then moves it in
     * place.
     */
    private static void write(Path file, String password) throws IOException {
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temporary);
        if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        else {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, password + System.lineSeparator(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Takes read and write rights from group and others if someone gave them. */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by others than its owner; made it owner-only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        }
        else {
            var plain = file.toFile();
            plain.setReadable(false, false);
            plain.setWritable(false, false);
            plain.setReadable(true, true);
            plain.setWritable(true, true);
        }
    }

}
