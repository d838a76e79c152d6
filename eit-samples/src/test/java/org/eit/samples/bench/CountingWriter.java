package org.eit.samples.bench;

import java.io.Writer;

/** A writer that keeps nothing and counts the characters written: output costs what formatting it costs. */
final class CountingWriter extends Writer {
    private long count;

    @Override
    public void write(char[] buffer, int offset, int length) {
        count += length;
    }

    @Override
    public void write(int c) {
        count++;
    }

    @Override
    public void write(String text, int offset, int length) {
        count += length;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    long count() {
        return count;
    }
}
