package dev.fmlint.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The cache on disk. It may be stale, truncated by a crash, written by another fmlint, or planted by a pull
 * request, so reading it is bounded (size, nesting, strict JSON) and any problem means "no cache", with one
 * warning. Writing replaces it atomically (a temporary file renamed over it), so a concurrent run reads
 * either the old cache or the new one, never a mix; runs that write at once take turns through a lock file
 * beside it ({@code .fmlintcache.lock}), so each merges what the one before wrote.
 *
 * @param path the cache file
 */
public record CacheFile(Path path) {
    /** About 4 KiB per file with many links: room for well over ten thousand files. */
    public static final long MAX_BYTES = 64L << 20;

    /** Longer than any merge takes (reading, merging and writing 10,000 entries is well under a second). */
    private static final long LOCK_WAIT_MS = 30_000;

    /** The entries for this fingerprint, or none (another fingerprint, no file, or a file that is not usable). */
    public Map<String, CacheEntry> load(String fingerprint, Consumer<String> warn) {
        return startLoading().entries(fingerprint, warn);
    }

    /**
     * Starts reading the cache on another thread: parsing a large one takes a good part of a second, which
     * can overlap the run's set-up (configuration, schemas, finding the files).
     */
    public Loading startLoading() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        return new Loading(CompletableFuture.supplyAsync(() -> read(warnings::add)), warnings);
    }

    /** A cache being read; see {@link #startLoading}. */
    public record Loading(CompletableFuture<Optional<CacheCodec.Contents>> contents, List<String> warnings) {
        /** The entries for this fingerprint, once read; the reading's warnings go to {@code warn}, here. */
        public Map<String, CacheEntry> entries(String fingerprint, Consumer<String> warn) {
            Optional<CacheCodec.Contents> read = contents.join();
            warnings.forEach(warn);
            return read.isPresent() && read.get().fingerprint().equals(fingerprint) ? read.get().entries() : Map.of();
        }
    }

    /**
     * Writes this run's cache: the entries on disk now (a concurrent run may have added some) if they belong
     * to the same fingerprint, without the {@code removed} ones and those whose file is gone, with the
     * {@code updated} ones on top. Failing to write is a warning: the run's result stands without a cache.
     */
    public void save(String fingerprint, Map<String, CacheEntry> loaded, Map<String, CacheEntry> updated,
                     Set<String> removed, Consumer<String> warn) {
        if (updated.isEmpty() && removed.isEmpty() && !loaded.isEmpty()
                && loaded.keySet().parallelStream().allMatch(CacheFile::exists)) {
            return; // nothing new, nothing gone: a run that changed nothing costs no second read and no write
        }
        try (FileChannel channel = openLock(); FileLock held = channel == null ? null : acquire(channel)) {
            merge(fingerprint, updated, removed, warn);
        } catch (IOException e) {
            // releasing the lock failed: the cache is written, and closing the channel drops the lock anyway
        }
    }

    /** The lock file beside the cache, or null where none can be made: the write will then say why. */
    private FileChannel openLock() {
        try {
            return FileChannel.open(path.resolveSibling(path.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Waits for other runs' merges to finish: without the lock, two runs that read the old cache at once
     * would each write their own entries over the other's. Threads of one Java process see each other's
     * lock as an {@link OverlappingFileLockException}, other processes as a lock not granted. A run that
     * waited {@link #LOCK_WAIT_MS} goes on without the lock: losing entries costs a recheck, not a finding.
     */
    private static FileLock acquire(FileChannel channel) {
        long deadline = System.nanoTime() + LOCK_WAIT_MS * 1_000_000L;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // another thread of this process holds it
            } catch (IOException e) {
                return null; // a file system without locks
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private void merge(String fingerprint, Map<String, CacheEntry> updated, Set<String> removed,
                       Consumer<String> warn) {
        Map<String, CacheEntry> all = new HashMap<>();
        read(w -> { }).filter(c -> c.fingerprint().equals(fingerprint)).ifPresent(c -> all.putAll(c.entries()));
        int before = all.size();
        removed.forEach(all::remove);
        all.keySet().removeIf(file -> !updated.containsKey(file) && !exists(file));
        if (updated.isEmpty() && all.size() == before && Files.exists(path)) {
            return; // nothing new: leave the file alone, a pre-commit run need not rewrite it
        }
        all.putAll(updated);
        StringBuilder json = new StringBuilder(all.size() * 512);
        PlainJson.write(CacheCodec.toData(new CacheCodec.Contents(fingerprint, all)), json);
        try {
            write(json.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            warn.accept("the cache " + path + " was not written (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); check that its folder exists and is writable, or pick another with "
                    + "--cache-location");
        }
    }

    private Optional<CacheCodec.Contents> read(Consumer<String> warn) {
        byte[] bytes;
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return unusable(warn, "it is not a regular file");
            }
            if (a.size() > MAX_BYTES) {
                return unusable(warn, "it is larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // it may have grown since it was measured
            }
            if (bytes.length > MAX_BYTES) {
                return unusable(warn, "it is larger than " + (MAX_BYTES >> 20) + " MiB");
            }
        } catch (NoSuchFileException e) {
            return Optional.empty(); // the first run: nothing to say
        } catch (IOException | SecurityException e) {
            return unusable(warn, "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(CacheCodec.fromData(PlainJson.readObject(text)));
        } catch (CharacterCodingException e) {
            return unusable(warn, "it is not UTF-8 text");
        } catch (IllegalArgumentException e) {
            return unusable(warn, e.getMessage());
        }
    }

    private Optional<CacheCodec.Contents> unusable(Consumer<String> warn, String why) {
        warn.accept("ignoring the cache " + path + ": " + why + "; every file is checked, and the cache is "
                + "written anew");
        return Optional.empty();
    }

    private static boolean exists(String file) {
        try {
            return Files.exists(Path.of(file), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private void write(byte[] content) throws IOException {
        Path target = path.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
