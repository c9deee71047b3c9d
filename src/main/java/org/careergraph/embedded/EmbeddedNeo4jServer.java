package org.careergraph.embedded;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Neo4j inside the application's JVM, reachable only from this machine, so the app
 * works without an external database; with a password, Bolt and the HTTP API refuse
 * anyone who does not sign in. Spring calls {@link #close()} when the context closes.
 */
final class EmbeddedNeo4jServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService dbms;

    private final DataFolderLock lock;

    private final EmbeddedPassword password;

    private final URI boltUri;

    private final URI browserUri;

    private final AtomicLong commits = new AtomicLong();

    private EmbeddedNeo4jServer(DatabaseManagementService dbms, DataFolderLock lock, EmbeddedPassword password,
            URI boltUri, URI browserUri) {
        this.dbms = dbms;
        this.lock = lock;
        this.password = password;
        this.boltUri = boltUri;
        this.browserUri = browserUri;
        // every write of every client passes through here: counting commits tells when
        // answers go stale
        dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
                new TransactionEventListenerAdapter<Object>() {
                    @Override
                    public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
                        commits.incrementAndGet();
                    }
                });
    }

    /**
     * Starts Neo4j without authentication (development) and returns once Bolt and HTTP
     * accept connections.
     */
    static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
        return start(properties, false, null);
    }

    /**
     * Starts Neo4j and returns once Bolt (and HTTP, if enabled) accept connections;
     * refuses at once when another process owns the data folder.
     * @param auth whether Bolt and the HTTP API require the {@code neo4j} user's password
     * @param configuredPassword that password; when {@code null}, the one kept in the
     * data folder (generated at first start)
     */
    static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties, boolean auth, String configuredPassword) {
        long startedAt = System.nanoTime();
        Path home = properties.dataDirectory().toAbsolutePath().normalize();
        DataFolderLock lock = DataFolderLock.acquire(home);
        DatabaseManagementService dbms;
        EmbeddedPassword password;
        try {
            password = auth ? EmbeddedPassword.resolve(configuredPassword, home) : null;
            // build() starts the DBMS and, if that fails, shuts it down again itself
            dbms = new DatabaseManagementServiceBuilder(home).setConfig(settings(properties, home, password != null))
                .build();
        }
        catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            if (password != null) {
                password.applyTo(dbms);
            }
            var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            var ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var bolt = URI.create("bolt://" + LOOPBACK + ":" + ports.getLocalAddress(ConnectorType.BOLT).getPort());
            awaitBolt(bolt, password == null ? AuthTokens.none() : password.authToken());
            var browser = !properties.httpEnabled() ? null
                    : URI.create("http://" + LOOPBACK + ":" + ports.getLocalAddress(ConnectorType.HTTP).getPort()
                            + "/browser/" + (password == null ? "?preselectAuthMethod=NO_AUTH" : ""));
            log.info("Embedded Neo4j ready: {}{} (data in {}){}", bolt,
                    browser == null ? "" : ", Neo4j Browser " + browser, home,
                    password == null ? "" : ", sign in as user '" + EmbeddedPassword.USER + "' with the password from "
                            + password.origin());
            log.info("Embedded Neo4j started in {} ms ({} ms after JVM start)",
                    Duration.ofNanos(System.nanoTime() - startedAt).toMillis(),
                    ManagementFactory.getRuntimeMXBean().getUptime());
            return new EmbeddedNeo4jServer(dbms, lock, password, bolt, browser);
        }
        catch (RuntimeException e) {
            dbms.shutdown();
            lock.close();
            throw e;
        }
    }

    @Override
    public void close() {
        long startedAt = System.nanoTime();
        try {
            dbms.shutdown();
        }
        finally {
            lock.close();
        }
        log.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
    }

    /**
     * How many write transactions have committed to the default database since the start.
     */
    long commits() {
        return commits.get();
    }

    /**
     * What the app's own driver signs in with: nothing in development, else the
     * {@code neo4j} user.
     */
    AuthToken authToken() {
        return password == null ? AuthTokens.none() : password.authToken();
    }

    /**
     * Makes the first Bolt connection here, with time to spare: it loads much of the
     * server (and signs in for the first time), which on a busy machine can outlast the
     * short connection timeout the app's own driver has.
     */
    private static void awaitBolt(URI bolt, AuthToken token) {
        var patient = Config.builder().withConnectionTimeout(2, TimeUnit.MINUTES).withLogging(Logging.none()).build();
        try (var driver = GraphDatabase.driver(bolt, token, patient)) {
            driver.verifyConnectivity();
        }
    }

    /** The Bolt URI clients use, with the port actually bound. */
    URI boltUri() {
        return boltUri;
    }

    /**
     * Neo4j Browser's address (preset to connect without a password when there is none);
     * {@code null} without HTTP.
     */
    URI browserUri() {
        return browserUri;
    }

    private static Map<Setting<?>, Object> settings(EmbeddedNeo4jProperties properties, Path home, boolean auth) {
        Map<Setting<?>, Object> settings = new HashMap<>();
        settings.put(GraphDatabaseSettings.data_directory, home); // databases/ and
                                                                  // transactions/ right
                                                                  // in home
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()));
        settings.put(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, properties.boltPort()));
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        settings.put(HttpConnector.enabled, properties.httpEnabled());
        settings.put(HttpConnector.listen_address, new SocketAddress(LOOPBACK, properties.httpPort()));
        settings.put(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, properties.httpPort()));
        settings.put(HttpsConnector.enabled, false);
        settings.put(GraphDatabaseSettings.auth_enabled, auth);
        settings.put(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()));
        settings.put(GraphDatabaseSettings.memory_transaction_global_max_size, properties.transactionMemoryBytes());
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1));
        settings.put(ServerSettings.allow_telemetry, false);
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        settings.put(ServerSettings.browser_remote_content_hostname_whitelist, properties.remoteContentHosts());
        if (properties.browserPostConnectCommand() != null && !properties.browserPostConnectCommand().isBlank()) {
            settings.put(ServerSettings.browser_post_connect_cmd, properties.browserPostConnectCommand());
        }
        return settings;
    }

}
