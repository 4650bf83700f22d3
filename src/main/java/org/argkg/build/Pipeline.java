package org.argkg.build;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a producer of items on its own thread and hands the items, in order, to a consumer on the
 * calling thread, through a small bounded queue: reading, checking and mapping the next documents
 * overlaps with writing the current one into the store (whose write transaction belongs to the
 * calling thread), and memory stays bounded by the queue's capacity.
 *
 * <p>An exception on either side stops both and is rethrown on the calling thread; the producer's
 * own result is returned when both finish normally.
 */
final class Pipeline {

    /** Items in flight between the two threads: enough to absorb uneven documents, few enough to stay small. */
    static final int CAPACITY = 16;

    private static final Object END = new Object();

    private Pipeline() {
    }

    /** Thrown into the producer when the consumer has failed, to stop it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    static <T, R> R run(Function<Consumer<T>, R> producer, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
        AtomicBoolean stop = new AtomicBoolean();
        Object[] outcome = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                outcome[0] = producer.apply(item -> offer(queue, item, stop));
            } catch (Stopped e) {
                // the consumer failed; its exception is the one reported
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                try {
                    offer(queue, END, stop);
                } catch (Stopped e) {
                    // nobody is taking any more
                }
            }
        }, "argkg-build-producer");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    break;
                }
                @SuppressWarnings("unchecked")
                T t = (T) item;
                consumer.accept(t);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            throw new IllegalStateException("interrupted while building", e);
        } catch (RuntimeException | Error e) {
            stop.set(true);
            queue.clear();
            throw e;
        } finally {
            if (stop.get()) {
                queue.clear();
            }
            joinQuietly(thread);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        R r = (R) outcome[0];
        return r;
    }

    /** Puts an item on the queue, waiting for room, unless the consumer has stopped. */
    private static void offer(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            do {
                if (stop.get()) {
                    throw new Stopped();
                }
            } while (!queue.offer(item, 100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
