package org.careergraph.embedded;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Runs Neo4j inside the application's JVM, reachable only from this machine, so the app works without
 * an external database. It is a (no-op) {@link BeanFactoryPostProcessor} only so that Spring creates it
 * first: Neo4j then starts on its own thread while Spring builds the rest, and {@link #boltUri()} waits
 * for it, so the Driver is never created before the database is up.
 */
class EmbeddedNeo4jServer implements BeanFactoryPostProcessor, InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private record Running(DatabaseManagementService dbms, int boltPort, int httpPort) {
    }

    private final EmbeddedNeo4jProperties properties;
    private final Path home;
    private CompletableFuture<Running> running;

    EmbeddedNeo4jServer(EmbeddedNeo4jProperties properties) {
        this.properties = properties;
        this.home = properties.dataDirectory().toAbsolutePath().normalize();
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing to do: implemented only to be instantiated early
    }

    @Override
    public void afterPropertiesSet() {
        running = new CompletableFuture<>();
        var starter = new Thread(() -> {
            Running server;
            try {
                server = start();
            } catch (Throwable e) {
                running.completeExceptionally(e);
                return;
            }
            running.complete(server);
            if (Boolean.getBoolean("cg.warm")) warmUp(server.dbms());
        }, "embedded-neo4j-start");
        starter.start();
    }

    @Override
    public void destroy() {
        Running server;
        try {
            server = running();
        } catch (RuntimeException failedToStart) {
            return; // start() already shut it down again
        }
        long startedAt = System.nanoTime();
        server.dbms().shutdown();
        log.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
    }

    /** The Bolt URI clients use, with the port actually bound; waits until Neo4j is up. */
    URI boltUri() {
        return URI.create("bolt://" + LOOPBACK + ":" + running().boltPort());
    }

    /** Neo4j Browser's address, preset to connect without a password; {@code null} without HTTP. */
    URI browserUri() {
        int port = running().httpPort();
        return port < 0 ? null : URI.create("http://" + LOOPBACK + ":" + port + "/browser/?preselectAuthMethod=NO_AUTH");
    }

    private Running running() {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Embedded Neo4j failed to start in " + home, e.getCause());
        }
    }

    private Running start() {
        long startedAt = System.nanoTime();
        var dbms = new DatabaseManagementServiceBuilder(home).setConfig(settings()).build();
        try {
            var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            var ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            int boltPort = ports.getLocalAddress(ConnectorType.BOLT).getPort();
            int httpPort = properties.httpEnabled() ? ports.getLocalAddress(ConnectorType.HTTP).getPort() : -1;
            var server = new Running(dbms, boltPort, httpPort);
            long tookMs = Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
            log.info("Embedded Neo4j ready: bolt://{}:{}{} (data in {})", LOOPBACK, boltPort,
                    httpPort < 0 ? "" : ", Neo4j Browser http://" + LOOPBACK + ":" + httpPort
                            + "/browser/?preselectAuthMethod=NO_AUTH", home);
            log.info("Embedded Neo4j started in {} ms ({} ms after JVM start)", tookMs,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            return server;
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /** Compiles a first query while Spring is still busy, so the app's first real query is not the slow one. */
    private static void warmUp(DatabaseManagementService dbms) {
        try {
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
            log.info("warm at {}", ManagementFactory.getRuntimeMXBean().getUptime());
        } catch (RuntimeException e) {
            log.debug("Warm-up query failed (harmless)", e);
        }
    }

    private Map<Setting<?>, Object> settings() {
        Map<Setting<?>, Object> settings = new HashMap<>();
        settings.put(GraphDatabaseSettings.data_directory, home); // databases/ and transactions/ right in home
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()));
        settings.put(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, properties.boltPort()));
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        settings.put(HttpConnector.enabled, properties.httpEnabled());
        settings.put(HttpConnector.listen_address, new SocketAddress(LOOPBACK, properties.httpPort()));
        settings.put(HttpConnector.advertised_address, new SocketAddress(LOOPBACK, properties.httpPort()));
        settings.put(HttpsConnector.enabled, false);
        settings.put(GraphDatabaseSettings.auth_enabled, false);
        settings.put(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()));
        settings.put(GraphDatabaseSettings.memory_transaction_global_max_size,
                ByteUnit.parse(properties.transactionMemory()));
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
