package org.cunzhi.examples.cli;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The output of {@code batch}, written past the page cache ({@code O_DIRECT}) where the file system
 * allows it, and through an ordinary buffered stream where it does not ({@link #open}).
 *
 * <p>A national year's report is about 13 GB, written once and not read back by the batch. Through
 * the page cache every gigabyte costs seconds of system time on a virtual machine, more than the
 * batch's own reading of the whole input (benchmarks/README.md, "A national year"); written
 * directly in mebibytes, it costs a tenth of that and leaves the cache to the input.
 *
 * <p>Direct writes must be whole blocks at block offsets, and the reports are lines of any length.
 * So the lines are gathered in an aligned buffer; when it holds a chunk, it is written from the
 * block where the file ends, the last block padded with zeros, and the file is then cut back to the
 * end of the last line ({@link FileChannel#truncate}). Between writes the file therefore ends with
 * a whole line, as a buffered batch's does. On Ctrl-C or SIGTERM a shutdown hook waits for the line
 * being written, writes the whole lines gathered and closes the file, and later lines are dropped:
 * the process is going. A process killed outright (SIGKILL, the machine going down) between a write
 * and its cut leaves at most a block of zero bytes after the last line, and during a line longer
 * than a chunk, which is written in pieces, part of it: in both cases a partial last line with no
 * newline, which {@code --resume} cuts off ({@link Resume}).
 *
 * <p>Every {@link #write(byte[], int, int)} is taken to end at the end of a line ({@code
 * BatchCommand.WholeLines} writes each line in one call). One thread writes; the hook is the only
 * other. A full chunk is written on a thread of its own while the next is gathered, so the batch's
 * workers go on while the disk takes it.
 */
final class DirectLines extends OutputStream {
  /**
   * Bytes gathered before a write: sixteen mebibytes, about 800 report lines. With two such buffers
   * the workers gather one while the disk takes the other, and a slow moment of the disk (tens of
   * milliseconds) passes within one write instead of stopping them. Measured over 300,000 lines on
   * a slow disk (benchmarks/README.md, "The last afternoon's work"): 4 MiB chunks took 34.6 to 37.6
   * s, these 33.5 to 34.8 s, in alternating runs, for 20 to 30 MB more resident memory.
   */
  static final int CHUNK = 16 << 20;

  /** The largest block size taken for direct writes; a file system with larger blocks is not. */
  private static final long MAX_BLOCK = 1 << 16;

  private final FileChannel channel;
  private final int block;
  private final int chunk;

  /** Aligned to {@link #block}; byte 0 belongs at file offset {@link #base}. */
  private ByteBuffer buffer;

  /**
   * The other buffer, aligned as {@link #buffer} is: a full buffer is written on {@link #writer}
   * while the lines after it are gathered in this one, and they change places at each chunk.
   */
  private ByteBuffer spare;

  /** Writes full chunks while the batch goes on: one thread, one write at a time, in order. */
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread t = new Thread(work, "cunzhi-batch-writer");
            t.setDaemon(true);
            return t;
          });

  /** The chunk being written on {@link #writer}, if any; waited for before the next. */
  private @Nullable Future<?> inFlight;

  /** Where the buffer's first byte goes in the file: always a multiple of {@link #block}. */
  private long base;

  /** Whether the buffer holds bytes that are not yet in the file. */
  private boolean pending;

  private boolean closed;

  /** Whether the process is going down ({@link #stop}): lines written after it are dropped. */
  private boolean stopped;

  /** Runs {@link #stop} when the process is asked to end; removed when the output is closed. */
  private final Thread onExit = new Thread(this::stop, "cunzhi-batch-output");

  /**
   * Writes to {@code channel} (opened for writing, with or without {@code DIRECT}) in whole blocks
   * of {@code block} bytes, a write every {@code chunk} bytes; {@code tail} are the bytes of the
   * file after its last whole block, which are written again with the first chunk.
   */
  DirectLines(FileChannel channel, int block, int chunk, long base, byte[] tail) {
    if (block <= 0 || (block & (block - 1)) != 0 || chunk <= 0 || chunk % block != 0) {
      throw new IllegalArgumentException("block " + block + ", chunk " + chunk);
    }
    if (base % block != 0 || tail.length >= block) {
      throw new IllegalArgumentException("base " + base + ", tail of " + tail.length + " bytes");
    }
    this.channel = channel;
    this.block = block;
    this.chunk = chunk;
    // room for a chunk after the tail that a write leaves behind, which is less than a block
    this.buffer = ByteBuffer.allocateDirect(chunk + 2 * block).alignedSlice(block);
    buffer.limit(chunk + block);
    this.spare = ByteBuffer.allocateDirect(chunk + 2 * block).alignedSlice(block);
    this.base = base;
    buffer.put(tail);
  }

  /**
   * Opens {@code out} for a batch's lines, from its start or, when {@code append}, after its last
   * byte: written directly when it is (or will be) a regular file on a file system that takes
   * direct writes, else through a buffered stream of {@code bufferBytes} (a device such as {@code
   * /dev/null}, a pipe, a file system that refuses them).
   */
  static OutputStream open(Path out, boolean append, int bufferBytes) throws IOException {
    @Nullable OutputStream direct = null;
    if (Files.isRegularFile(out) || (!append && Files.notExists(out))) {
      direct = tryDirect(out, append, CHUNK);
    }
    if (direct != null) {
      return direct;
    }
    return new BufferedOutputStream(
        append ? Files.newOutputStream(out, StandardOpenOption.APPEND) : Files.newOutputStream(out),
        bufferBytes);
  }

  /**
   * {@code out} opened for direct writes in chunks of {@code chunk} bytes, or null when its file
   * system does not take them; a first write, of the block where the file ends, tells.
   */
  static @Nullable DirectLines tryDirect(Path out, boolean append, int chunk) throws IOException {
    Path where = Files.exists(out) ? out : out.toAbsolutePath().getParent();
    long blockSize;
    try {
      blockSize = where == null ? 0 : Files.getFileStore(where).getBlockSize();
    } catch (UnsupportedOperationException e) {
      return null; // a file store that cannot tell its block size: written through a stream
    }
    if (blockSize <= 0 || blockSize > MAX_BLOCK || (blockSize & (blockSize - 1)) != 0) {
      return null;
    }
    int block = (int) blockSize;
    long base = 0;
    byte[] tail = new byte[0];
    if (append) {
      long size = Files.size(out);
      base = size / block * block;
      tail = new byte[(int) (size - base)];
      try (FileChannel read = FileChannel.open(out, StandardOpenOption.READ)) {
        ByteBuffer into = ByteBuffer.wrap(tail);
        while (into.hasRemaining() && read.read(into, base + into.position()) > 0) {
          // reads until the tail is full
        }
        if (into.hasRemaining()) {
          throw new IOException(out + " changed while it was opened for appending");
        }
      }
    }
    OpenOption[] options =
        append
            ? new OpenOption[] {StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT}
            : new OpenOption[] {
              StandardOpenOption.WRITE,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              ExtendedOpenOption.DIRECT
            };
    FileChannel channel;
    try {
      channel = FileChannel.open(out, options);
    } catch (UnsupportedOperationException | IOException e) {
      return null; // the buffered stream opens it again, and reports what stands in the way
    }
    DirectLines lines = new DirectLines(channel, block, chunk, base, tail);
    try {
      lines.probe(tail.length);
    } catch (IOException e) {
      lines.writer.shutdown();
      channel.close();
      // whatever the probe's write left after the file's length goes before the stream opens it
      try (FileChannel cut = FileChannel.open(out, StandardOpenOption.WRITE)) {
        cut.truncate(base + tail.length);
      }
      return null;
    }
    Runtime.getRuntime().addShutdownHook(lines.onExit);
    return lines;
  }

  /**
   * Writes the block where the file ends, its last {@code tailLength} bytes again and zeros after
   * them, and cuts the file back to its length: a file system that takes the open but not the
   * writes says so here, before any line is lost.
   */
  private void probe(int tailLength) throws IOException {
    for (int i = tailLength; i < block; i++) {
      buffer.put(i, (byte) 0);
    }
    writeAt(buffer, base, block);
    channel.truncate(base + tailLength);
  }

  @Override
  public synchronized void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    if (stopped) {
      return;
    }
    if (closed) {
      throw new IOException("the output is closed");
    }
    if (length <= buffer.remaining()) {
      buffer.put(bytes, offset, length);
      pending = true;
      if (buffer.position() >= chunk) {
        handOff();
      }
      return;
    }
    // longer than the room left: the lines before it first, then it in pieces of whole blocks
    writeLines();
    int from = offset;
    int left = length;
    while (left > 0) {
      int n = Math.min(left, buffer.remaining());
      buffer.put(bytes, from, n);
      pending = true;
      from += n;
      left -= n;
      if (!buffer.hasRemaining()) {
        writeBlocks(buffer.position()); // the buffer's limit is a multiple of the block
      }
    }
    writeLines();
  }

  /**
   * Hands the buffer to {@link #writer}, once the chunk before it is written, and goes on in the
   * other, which starts with the bytes after the handed one's last whole block. The writer writes
   * the handed bytes from {@link #base}, the last block padded with zeros, then cuts the file back
   * to the end of the last line.
   */
  private void handOff() throws IOException {
    awaitWrite();
    ByteBuffer full = buffer;
    long at = base;
    int end = full.position();
    int padded = pad(full, end);
    int whole = end / block * block;
    spare.clear().limit(chunk + block);
    spare.put(full.duplicate().position(whole).limit(end));
    buffer = spare;
    spare = full;
    base += whole;
    pending = false; // all the full buffer holds is being written
    inFlight =
        writer.submit(
            () -> {
              writeAt(full, at, padded);
              channel.truncate(at + end);
              return null;
            });
  }

  /** Waits for the chunk being written, if any; what stopped its write is thrown here. */
  private void awaitWrite() throws IOException {
    @Nullable Future<?> write = inFlight;
    if (write == null) {
      return;
    }
    inFlight = null;
    try {
      write.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the output was written");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io
          ? io
          : new IOException("the output could not be written", e.getCause());
    }
  }

  /** Zeros after {@code end} to the end of its block; where that block ends. */
  private int pad(ByteBuffer into, int end) {
    int padded = (end + block - 1) / block * block;
    for (int i = end; i < padded; i++) {
      into.put(i, (byte) 0);
    }
    return padded;
  }

  /**
   * Writes what the buffer holds, here and now, after the chunk being written: handed off as a full
   * chunk is ({@link #handOff}), then waited for.
   */
  private void writeLines() throws IOException {
    if (pending) {
      handOff();
    }
    awaitWrite();
  }

  /** Writes the buffer's first {@code end} bytes, whole blocks, and empties it. */
  private void writeBlocks(int end) throws IOException {
    awaitWrite();
    writeAt(buffer, base, end);
    base += end;
    buffer.clear().limit(chunk + block);
  }

  /** Writes the first {@code end} bytes of {@code from} at the file offset {@code at}. */
  private void writeAt(ByteBuffer from, long at, int end) throws IOException {
    ByteBuffer out = from.duplicate().position(0).limit(end);
    while (out.hasRemaining()) {
      channel.write(out, at + out.position());
    }
  }

  /** Waits for the chunk being written, if any: the file then ends with a whole line. */
  synchronized void awaitWrites() throws IOException {
    awaitWrite();
  }

  @Override
  public synchronized void flush() throws IOException {
    if (!closed) {
      writeLines();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (FileChannel toClose = channel) {
      writeLines();
    } finally {
      writer.shutdown();
      try {
        Runtime.getRuntime().removeShutdownHook(onExit);
      } catch (IllegalStateException e) {
        // the process is already going down: the hook finds the output closed
      }
    }
  }

  /**
   * The process is going down (the shutdown hook): writes the whole lines gathered, after the line
   * being written, which it waits for, and closes the file; what is written after it is dropped.
   */
  synchronized void stop() {
    if (closed) {
      return;
    }
    stopped = true;
    closed = true;
    try (FileChannel toClose = channel) {
      writeLines();
    } catch (IOException e) {
      // nothing is left to tell at exit: the file ends with the lines written before
    } finally {
      writer.shutdown();
    }
  }
}
