// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock of a run folder ({@value #FILE}): an operating-system lock held while a run writes the
 * folder, so a second run in the same folder is refused. The lock goes with the process (also on
 * kill -9); the file may stay behind and means nothing by itself.
 */
public final class RunLock implements AutoCloseable {

	/** The lock file's name. */
	public static final String FILE = "run.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param runDir the run folder (exists)
	 * @return the held lock, or null when another run holds it
	 * @throws IOException when the lock file cannot be written
	 */
	public static RunLock tryAcquire(Path runDir) throws IOException {
		Path f = runDir.resolve(FILE);
		FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		FileLock l;
		try {
			l = ch.tryLock();
		} catch (OverlappingFileLockException e) {
			l = null; // held by this JVM
		}
		if (l == null) {
			ch.close();
			return null;
		}
		ch.truncate(0);
		ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
		ch.force(true);
		return new RunLock(ch, l);
	}

	/** @return what the lock file says about its holder (e.g. "pid 1234"), or "" */
	public static String holder(Path runDir) {
		try {
			return Files.readString(runDir.resolve(FILE), StandardCharsets.UTF_8).trim();
		} catch (IOException e) {
			return "";
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		} catch (IOException e) {
			// released with the channel
		}
	}
}
