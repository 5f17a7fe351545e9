package io.connectstreams.demo.tests;

import java.util.List;

/**
 * The live threads of this JVM, by name.
 */
final class Threads {

    private Threads() {
    }

    /**
     * @param prefixes name prefixes
     * @return the names of live threads that start with one of them, sorted
     */
    static List<String> named(String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> List.of(prefixes).stream().anyMatch(name::startsWith)).sorted().toList();
    }
}
