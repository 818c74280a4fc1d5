package org.escrowbootstrap.system;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.io.IOException;

/** Writes a line to a terminal's file descriptor through native memory that is zeroed afterwards. */
final class TerminalWrite {

    /** The C library's {@code write(2)}. */
    private interface LibC extends Library {
        NativeLong write(int fd, Pointer buffer, NativeLong count);
    }

    private static final class Holder {
        static final LibC LIBC = Native.load("c", LibC.class);
    }

    private TerminalWrite() {}

    /** Writes {@code bytes} and a carriage return (the Return key) to {@code fd}, whole. */
    static void line(int fd, byte[] bytes) throws IOException {
        if (fd < 0) {
            throw new IOException("the terminal is closed");
        }
        int length = bytes.length + 1;
        Memory buffer = new Memory(length);
        try {
            buffer.write(0, bytes, 0, bytes.length);
            buffer.setByte(bytes.length, (byte) '\r');
            long written = 0;
            while (written < length) {
                long n = Holder.LIBC
                        .write(fd, buffer.share(written), new NativeLong(length - written))
                        .longValue();
                if (n < 0) {
                    throw new IOException("cannot write to the terminal (errno " + Native.getLastError() + ")");
                }
                written += n;
            }
        } finally {
            buffer.clear();
            buffer.close();
        }
    }
}
