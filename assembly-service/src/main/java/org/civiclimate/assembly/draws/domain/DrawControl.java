package org.civiclimate.assembly.draws.domain;

/** How a long selection reports progress, and learns that it must stop (cancelled, or out of its time budget). */
public interface DrawControl {

    /** The share of the work done, from 0 to 1, with what is being done. */
    void progress(double done, String stage);

    boolean stopRequested();

    /** Throws {@link DrawStopped} if the selection must stop. */
    default void checkpoint() {
        if (stopRequested()) {
            throw new DrawStopped();
        }
    }

    DrawControl NONE = new DrawControl() {
        @Override
        public void progress(double done, String stage) {}

        @Override
        public boolean stopRequested() {
            return false;
        }
    };

    /** A selection stopped before its end: nothing of it is kept. */
    final class DrawStopped extends RuntimeException {
        public DrawStopped() {
            super("The selection was stopped", null, false, false);
        }
    }
}
