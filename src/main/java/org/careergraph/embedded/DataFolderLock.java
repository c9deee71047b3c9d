package org.careergraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One owner per data folder: taken before Neo4j opens the store and held until it is shut
 * down, so a second process (a command-line import next to the running app) is refused at
 * once instead of touching the store.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "career-graph.lock";

    /**
     * Locking a byte far past the end leaves the owner's process id readable on every
     * operating system.
     */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final FileChannel channel;

    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder or fails immediately with {@link DataFolderInUseException}; never
     * waits.
     */
    static DataFolderLock acquire(Path home) {
        Path file = home.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(home);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new DataFolderInUseException(home, owner);
            }
            channel.truncate(0);
            channel
                .write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new DataFolderLock(channel, lock);
        }
        catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock the data folder " + home, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCK_POSITION, 1, false);
        }
        catch (OverlappingFileLockException e) {
            return null; // held by this very process, e.g. a second server started on the
                         // same folder
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        }
        catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            }
            catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

}
