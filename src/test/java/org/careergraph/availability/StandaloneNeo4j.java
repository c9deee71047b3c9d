package org.careergraph.availability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j server of its own, on a fixed store and a fixed Bolt port, that a test can stop
 * and start again while the application keeps running against it, as a database server
 * restart would look to the app.
 */
final class StandaloneNeo4j implements AutoCloseable {

    private final Path home;

    private final int boltPort;

    private DatabaseManagementService dbms;

    StandaloneNeo4j(Path home) {
        this.home = home.toAbsolutePath();
        this.boltPort = freePort();
    }

    int boltPort() {
        return boltPort;
    }

    StandaloneNeo4j start() {
        var address = new SocketAddress("127.0.0.1", boltPort);
        dbms = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, address)
            .setConfig(BoltConnector.advertised_address, address)
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
            .build();
        return this;
    }

    void stop() {
        if (dbms != null) {
            dbms.shutdown();
            dbms = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
